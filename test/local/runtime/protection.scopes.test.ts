// What Sheets refuses around protections, as the runtime imitates it: Session.getEffectiveUser() without the
// userinfo.email scope in the manifest, and editors of a protection that only warns.
import { createRuntime, type LocalProtection, LocalSpreadsheet } from '../../../src/local/runtime';
import { manifestScopesOf } from '../../../src/local/runtime/loadBundle';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function setup() {
  const ss = new LocalSpreadsheet({ name: 'Тест', id: 'doc-1', ownerEmail: 'owner@example.org' });
  const rt = createRuntime(ss, { console: { log: () => undefined }, activeUserEmail: 'staff@example.org' });
  return { ss, rt, session: rt.globals.Session as { getEffectiveUser(): { getEmail(): string } } };
}

test('the manifest’s explicit scopes are what the project gets; no manifest or no oauthScopes: no restriction', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-manifest-'));
  expect(manifestScopesOf(dir)).toBeNull();
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Tomsk' }));
  expect(manifestScopesOf(dir)).toBeNull();
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] }),
  );
  expect(manifestScopesOf(dir)).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
});

test('Session.getEffectiveUser() is refused with Apps Script’s text when the manifest lacks userinfo.email', () => {
  // Google, reference/base/session, getEffectiveUser(): «Authorization … https://www.googleapis.com/auth/userinfo.email»;
  // the refusal as users report it for getActiveUser (github.com/hijonathan/google-scripts/issues/14).
  const { rt, session } = setup();
  expect(session.getEffectiveUser().getEmail()).toBe('staff@example.org');
  rt.env.manifestScopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
  expect(() => session.getEffectiveUser()).toThrow(
    'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
  );
  rt.env.manifestScopes = ['https://www.googleapis.com/auth/userinfo.email'];
  expect(session.getEffectiveUser().getEmail()).toBe('staff@example.org');
});

test('a protection that only warns ignores its editors; turning the warning off gives it every editor of the spreadsheet', () => {
  // Google, Sheets API, ProtectedRange.warningOnly: «if this field is true, then editors are ignored. Additionally, if
  // this field is changed from true to false and the editors field is not set …, then the editors will be set to all
  // the editors in the document.»
  const { ss } = setup();
  ss.addEditor('coordinator@example.org');
  const p = ss.insertSheet('Лист').protect() as unknown as LocalProtection;
  p.setWarningOnly(true);
  p.removeEditors(['coordinator@example.org']);
  p.addEditors(['metodist@example.org']);
  p.setWarningOnly(false);
  expect(p.toRecord().editors.sort()).toEqual(['coordinator@example.org', 'owner@example.org', 'staff@example.org']);
  p.removeEditors(['coordinator@example.org']);
  expect(p.toRecord().editors.sort()).toEqual(['owner@example.org', 'staff@example.org']);
});
