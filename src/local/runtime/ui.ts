// Ui (menus, alerts, prompts, sidebars, dialogs) and HtmlService; everything shown is recorded in the runtime env.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ButtonName, ButtonSetName, HtmlShownRecord, MenuItemRecord, MenuRecord, RuntimeEnv } from './env';
import { restrictToProduct } from './usedApi';

const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

function isButtonSet(v: unknown): v is ButtonSetName {
  return typeof v === 'string' && v in ButtonSet;
}

/** Apps Script HtmlOutput (content is kept as text; nothing is rendered). */
export class LocalHtmlOutput {
  /** What the page shows; read by the runtime directly (its getters are Apps Script methods the product does not call). */
  title = '';
  width: number | null = null;
  height: number | null = null;

  constructor(public content: string) {}

  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
}

/** HtmlService: createHtmlOutput, and createHtmlOutputFromFile from the loaded project's folder (templates are not part of the local runtime). */
export function createHtmlService(env: RuntimeEnv): Record<string, unknown> {
  const service = {
    SandboxMode: { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE', NONE: 'NONE' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput(html?: unknown): LocalHtmlOutput {
      if (html instanceof LocalHtmlOutput) return new LocalHtmlOutput(html.content);
      return new LocalHtmlOutput(html === undefined || html === null ? '' : String(html));
    },
    /** The project file `NAME.html` (the name is given without the extension). A missing file fails with the message Apps
     * Script gives ("No HTML file named Index was found.", as quoted in public Apps Script projects' troubleshooting notes). */
    createHtmlOutputFromFile(filename: unknown): LocalHtmlOutput {
      const file = env.projectDir ? join(env.projectDir, `${String(filename)}.html`) : '';
      if (!file || !existsSync(file)) env.fail(`No HTML file named ${String(filename)} was found.`);
      return new LocalHtmlOutput(readFileSync(file, 'utf8'));
    },
  };
  restrictToProduct(service, 'HtmlService');
  return service;
}

/** Apps Script Menu; addToUi() records a snapshot in the runtime's `menus`. */
export class LocalMenu {
  private readonly items: Array<
    { type: 'item'; caption: string; functionName: string } | { type: 'separator' } | { type: 'submenu'; menu: LocalMenu }
  > = [];

  constructor(
    private readonly env: RuntimeEnv,
    private readonly title: string | null,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: LocalMenu): this {
    if (!(menu instanceof LocalMenu)) this.env.fail("The parameters (String) don't match the method signature for Ui.Menu.addSubMenu.");
    this.items.push({ type: 'submenu', menu });
    return this;
  }
  addToUi(): void {
    this.env.recorder.record('Ui', 'addToUi', null);
    this.env.menus.push(this.snapshot());
  }

  snapshot(): MenuRecord {
    const items: MenuItemRecord[] = this.items.map((i) => (i.type === 'submenu' ? { type: 'submenu', menu: i.menu.snapshot() } : { ...i }));
    return { title: this.title, addon: this.addon, items };
  }
}

/** Apps Script Ui bound to one runtime env. */
export class LocalUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: RuntimeEnv) {}

  createMenu(caption: string): LocalMenu {
    this.env.recorder.record('Ui', 'createMenu', null);
    return new LocalMenu(this.env, String(caption), false);
  }
  createAddonMenu(): LocalMenu {
    this.env.recorder.record('Ui', 'createAddonMenu', null);
    return new LocalMenu(this.env, null, true);
  }

  private parseDialogArgs(a: unknown, b: unknown, c: unknown): { title: string | null; prompt: string; buttons: ButtonSetName | null } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: isButtonSet(c) ? c : null };
    if (b !== undefined) {
      if (isButtonSet(b)) return { title: null, prompt: String(a), buttons: b };
      return { title: String(a), prompt: String(b), buttons: null };
    }
    return { title: null, prompt: String(a), buttons: null };
  }

  private defaultAnswer(buttons: ButtonSetName | null): ButtonName {
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). Answers come from `alertAnswers`. */
  alert(a: unknown, b?: unknown, c?: unknown): ButtonName {
    this.env.recorder.record('Ui', 'alert', null);
    const { title, prompt, buttons } = this.parseDialogArgs(a, b, c);
    const allowed = BUTTONS_OF[buttons ?? 'OK'];
    let answer = this.env.alertAnswers.shift() ?? this.defaultAnswer(buttons);
    if (!allowed.includes(answer)) answer = this.defaultAnswer(buttons);
    this.env.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). Answers come from `promptAnswers`. */
  prompt(a: unknown, b?: unknown, c?: unknown): { getResponseText(): string; getSelectedButton(): ButtonName } {
    this.env.recorder.record('Ui', 'prompt', null);
    const { title, prompt, buttons } = this.parseDialogArgs(a, b, c);
    const scripted = this.env.promptAnswers.shift();
    const allowed = BUTTONS_OF[buttons ?? 'OK'];
    let answer = scripted?.button ?? this.defaultAnswer(buttons);
    if (!allowed.includes(answer)) answer = this.defaultAnswer(buttons);
    const text = scripted?.text ?? '';
    this.env.prompts.push({ title, prompt, buttons, answer, responseText: text });
    return { getResponseText: () => text, getSelectedButton: () => answer };
  }

  private show(kind: HtmlShownRecord['kind'], method: string, output: unknown, title?: unknown): void {
    this.env.recorder.record('Ui', method, null);
    if (!(output instanceof LocalHtmlOutput)) {
      this.env.fail(`The parameters (String) don't match the method signature for Ui.${method}.`);
    }
    this.env.shown.push({
      kind,
      title: title !== undefined ? String(title) : output.title,
      content: output.content,
      width: output.width,
      height: output.height,
    });
  }
  showSidebar(userInterface: LocalHtmlOutput): void {
    this.show('sidebar', 'showSidebar', userInterface);
  }
  showModalDialog(userInterface: LocalHtmlOutput, title: string): void {
    this.show('modal', 'showModalDialog', userInterface, title);
  }
}

// Apps Script methods the product does not call answer «not implemented in the local runtime» (usedApi.ts).
restrictToProduct(LocalHtmlOutput.prototype, 'HtmlOutput');
restrictToProduct(LocalMenu.prototype, 'Menu');
restrictToProduct(LocalUi.prototype, 'Ui');
