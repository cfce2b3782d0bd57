// Sheet and range protections (Apps Script Protection) and the User objects they hand out.
import type { Rect } from './a1';
import type { LocalRange } from './range';
import type { LocalSheet } from './sheet';
import { restrictToProduct } from './usedApi';

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export type ProtectionTypeName = keyof typeof ProtectionType;

/** Apps Script User (Session.getActiveUser(), Protection.getEditors()). */
export class LocalUser {
  constructor(readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** Reads an e-mail from a string or any object with getEmail() (a User from either realm). */
export function emailOf(userOrEmail: unknown): string {
  if (typeof userOrEmail === 'string') return userOrEmail;
  if (userOrEmail instanceof LocalUser) return userOrEmail.email;
  if (userOrEmail && typeof (userOrEmail as { getEmail?: unknown }).getEmail === 'function') {
    return String((userOrEmail as { getEmail(): unknown }).getEmail());
  }
  return String(userOrEmail);
}

/** A plain snapshot of a protection, for tests, the CLI and the xlsx runtime sheet. */
export interface ProtectionRecord {
  type: ProtectionTypeName;
  /** A1 of the protected range; null for a sheet protection. */
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotectedRanges: string[];
  rangeName: string | null;
}

/** One protection. Its range is kept as a rectangle so row insertion/deletion moves it. */
export class LocalProtection {
  description = '';
  warningOnly = false;
  domainEdit = false;
  rangeName: string | null = null;
  readonly editors: string[] = [];
  unprotected: Rect[] = [];
  removed = false;

  constructor(
    readonly sheet: LocalSheet,
    readonly type: ProtectionTypeName,
    public rect: Rect | null,
  ) {}

  private t(method: string): void {
    this.sheet.track('Protection', method);
  }

  private get owner(): string {
    return this.sheet.getParentInternal().ownerEmail;
  }

  addEditorInternal(email: string): void {
    if (email && !this.editors.includes(email)) this.editors.push(email);
  }

  /** A warning-only protection ignores editor changes (see setWarningOnly). */
  private editable(): boolean {
    return !this.warningOnly;
  }

  setDescription(description: string): this {
    this.t('setDescription');
    this.description = String(description);
    return this;
  }
  getDescription(): string {
    this.t('getDescription');
    return this.description;
  }
  /**
   * Google, Sheets API, ProtectedRange.warningOnly: «When writing: if this field is true, then editors are ignored.
   * Additionally, if this field is changed from true to false and the editors field is not set …, then the editors will
   * be set to all the editors in the document.» So a script that sets editors before turning warning-only off has
   * given the range to everyone.
   */
  setWarningOnly(warningOnly: boolean): this {
    this.t('setWarningOnly');
    const was = this.warningOnly;
    this.warningOnly = Boolean(warningOnly);
    if (was && !this.warningOnly) {
      const ss = this.sheet.getParentInternal();
      this.editors.length = 0;
      for (const e of [ss.ownerEmail, ...ss.editors, ss.env.effectiveUserEmail]) this.addEditorInternal(e);
    }
    return this;
  }
  isWarningOnly(): boolean {
    this.t('isWarningOnly');
    return this.warningOnly;
  }
  addEditor(emailOrUser: unknown): this {
    this.t('addEditor');
    if (this.editable()) this.addEditorInternal(emailOf(emailOrUser));
    return this;
  }
  addEditors(emails: unknown[]): this {
    this.t('addEditors');
    if (!this.editable()) return this;
    for (const e of Array.isArray(emails) ? emails : []) this.addEditorInternal(emailOf(e));
    return this;
  }
  removeEditors(emails: unknown[]): this {
    this.t('removeEditors');
    if (!this.editable()) return this;
    for (const e of Array.isArray(emails) ? emails : []) this.removeEditorInternal(emailOf(e));
    return this;
  }
  private removeEditorInternal(email: string): void {
    // Google, reference/spreadsheet/protection, removeEditor(s): «Neither the owner of the spreadsheet nor the current
    // user can be removed» — the sample there removes getEditors() and the script's user stays an editor.
    if (email === this.owner || email === this.sheet.getParentInternal().env.effectiveUserEmail) return;
    const i = this.editors.indexOf(email);
    if (i >= 0) this.editors.splice(i, 1);
  }
  getEditors(): LocalUser[] {
    this.t('getEditors');
    return this.editors.map((e) => new LocalUser(e));
  }
  setDomainEdit(editable: boolean): this {
    this.t('setDomainEdit');
    this.domainEdit = Boolean(editable);
    return this;
  }
  canDomainEdit(): boolean {
    this.t('canDomainEdit');
    return this.domainEdit;
  }
  canEdit(): boolean {
    this.t('canEdit');
    const me = this.sheet.getParentInternal().env.activeUserEmail;
    return this.warningOnly || me === this.owner || this.editors.includes(me);
  }
  getProtectionType(): ProtectionTypeName {
    this.t('getProtectionType');
    return this.type;
  }
  getRange(): LocalRange {
    this.t('getRange');
    return this.rect ? this.sheet.rangeAt(this.rect) : this.sheet.rangeAt(this.sheet.fullRect());
  }
  getUnprotectedRanges(): LocalRange[] {
    this.t('getUnprotectedRanges');
    if (this.type !== 'SHEET') return [];
    return this.unprotected.map((r) => this.sheet.rangeAt(r));
  }
  setUnprotectedRanges(ranges: LocalRange[]): this {
    this.t('setUnprotectedRanges');
    const env = this.sheet.getParentInternal().env;
    if (this.type !== 'SHEET') env.fail('Unprotected ranges can only be set on a sheet protection.');
    const rects: Rect[] = [];
    for (const r of Array.isArray(ranges) ? ranges : []) {
      const sr = r.sheetRect();
      if (sr.sheet !== this.sheet) env.fail('The unprotected ranges must be on the protected sheet.');
      rects.push({ ...sr.rect });
    }
    this.unprotected = rects;
    return this;
  }
  remove(): void {
    this.t('remove');
    this.sheet.removeProtectionInternal(this);
  }

  /** Untracked snapshot for tests and the CLI. */
  toRecord(): ProtectionRecord {
    return {
      type: this.type,
      range: this.rect ? this.sheet.rangeAt(this.rect).a1() : null,
      description: this.description,
      warningOnly: this.warningOnly,
      editors: [...this.editors],
      domainEdit: this.domainEdit,
      unprotectedRanges: this.unprotected.map((r) => this.sheet.rangeAt(r).a1()),
      rangeName: this.rangeName,
    };
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalProtection.prototype, 'Protection');
restrictToProduct(LocalUser.prototype, 'User');
