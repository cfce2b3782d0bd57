// What split and collect share: the workbook's settings, its campaign id and key, the hidden sheet of a unit file's mark.
import { createHmac, randomBytes } from 'node:crypto';
import type { Settings } from '../domain/model';
import { outOfBundle, type Session } from './session';

export { IDENTITY_SHEET } from '../domain/returnIdentity';

/**
 * Document properties of the workbook: its stable id (named in every unit file) and the key of the marks' checksum (never
 * written into a unit file, so a mark naming another unit cannot be made by hand). Apps Script keeps per-document data
 * in the same store (PropertiesService.getDocumentProperties()); the local runtime saves it in the .xlsx.
 */
export const WORKBOOK_ID_PROPERTY = 'mentorMonitor.workbookId';
const RETURN_KEY_PROPERTY = 'mentorMonitor.returnKey';

export interface CampaignKeys {
  /** '' when no unit file was ever made from this workbook. */
  workbook: string;
  sign: (text: string) => string;
}

/** The keyed checksum of a mark's text: HMAC-SHA-256 with the workbook's key. */
function signer(key: string): (text: string) => string {
  return (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** The workbook's campaign id and key as stored; an empty id when `split` never ran on it. */
export function campaignKeys(session: Session): CampaignKeys {
  const props = session.runtime.spreadsheet.documentProperties;
  return { workbook: props.get(WORKBOOK_ID_PROPERTY) ?? '', sign: signer(props.get(RETURN_KEY_PROPERTY) ?? '') };
}

/**
 * The campaign id and key, made and stored on the first split: the id is the spreadsheet's own (what getId() returns in
 * Sheets), kept from then on even if the file is re-created; `created` says the workbook must be saved.
 */
export function ensureCampaignKeys(session: Session): CampaignKeys & { created: boolean } {
  const ss = session.runtime.spreadsheet;
  const known = campaignKeys(session);
  if (known.workbook && ss.documentProperties.get(RETURN_KEY_PROPERTY)) return { ...known, created: false };
  ss.documentProperties.set(WORKBOOK_ID_PROPERTY, known.workbook || ss.id);
  ss.documentProperties.set(RETURN_KEY_PROPERTY, randomBytes(32).toString('hex'));
  return { ...campaignKeys(session), created: true };
}

/** The settings as the bundle reads them from «Настройки» (a Russian error when they cannot be read), as plain data. */
export function settingsOf(session: Session): Settings {
  return outOfBundle(session.globals.reportSettings_());
}
