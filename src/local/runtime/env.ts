// Shared state of one runtime: the call recorder, the active user, the auth mode and everything the UI recorded.
import type { CallKind } from './calls';
import { CallRecorder } from './calls';
import { EXCEEDED_MESSAGE, SimulatedClock } from './clock';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName | null;
  answer: ButtonName;
}

export interface PromptRecord {
  title: string | null;
  prompt: string;
  buttons: ButtonSetName | null;
  answer: ButtonName;
  responseText: string;
}

export type MenuItemRecord =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  /** null for an add-on menu (Sheets titles it with the add-on's name). */
  title: string | null;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface HtmlShownRecord {
  kind: 'sidebar' | 'modal';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface LogRecord {
  source: 'Logger' | 'console';
  message: string;
}

/** A scripted answer for the next `Ui.prompt`. */
export interface PromptAnswer {
  button?: ButtonName;
  text?: string;
}

export interface EnvOptions {
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  authMode?: AuthModeName;
  /** Epoch milliseconds the simulated clock starts at; default now. */
  clockStartMs?: number;
  /** False: the bundle sees real time and no run is stopped. Default true. */
  simulatedClock?: boolean;
}

/** Kinds of call that change the spreadsheet or the screen: refused inside a custom function. */
const CHANGING_KINDS: ReadonlySet<CallKind> = new Set<CallKind>(['write', 'format', 'structure', 'ui']);

export const DEFAULT_USER_EMAIL = 'user@example.com';

/**
 * The error Apps Script throws when the Spreadsheet service fails a call (a passing outage, a document too busy). Its
 * text as users report it (github.com/alexwforsythe/code-blocks/issues/168 for the Documents service:
 * «Service Documents failed while accessing document with id …»); Sheets names its own service the same way.
 */
export function serviceFailureMessage(documentId: string): string {
  return `Service Spreadsheets failed while accessing document with id ${documentId}.`;
}

/** A planned fault: the `at`-th call (1-based, counted from when it is planned) of `kind` ('any': of every kind) fails. */
export interface FaultPlan {
  kind: CallKind | 'any';
  at: number;
  message: string;
}

/**
 * One runtime's mutable state. Service objects hold a reference to it; a LocalSpreadsheet that was created
 * without a runtime gets its own env until `createRuntime` attaches one.
 */
export class RuntimeEnv {
  readonly recorder = new CallRecorder();
  activeUserEmail: string;
  effectiveUserEmail: string;
  authMode: AuthModeName;
  /** The constructor errors are thrown with; `loadBundle` switches it to the bundle realm's Error. */
  errorCtor: ErrorConstructor = Error;
  /** Folder of the loaded project (dist/): where HtmlService finds the project's HTML files; null before a bundle is loaded. */
  projectDir: string | null = null;
  /**
   * The scopes the loaded project's manifest sets (`oauthScopes` of appsscript.json); null when it sets none, and then
   * Apps Script grants whatever the code needs. Google, concepts/scopes, «Setting explicit scopes»: once a manifest
   * lists scopes, the script gets only those.
   */
  manifestScopes: string[] | null = null;
  readonly toasts: ToastRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly menus: MenuRecord[] = [];
  readonly shown: HtmlShownRecord[] = [];
  readonly logs: LogRecord[] = [];
  /** FIFO of answers for `Ui.alert`; when empty the default is YES (YES_NO…) or OK. */
  readonly alertAnswers: ButtonName[] = [];
  /** FIFO of answers for `Ui.prompt`; when empty the answer is OK (or YES) with empty text. */
  readonly promptAnswers: PromptAnswer[] = [];
  /** Called on every toast (the CLI prints progress with it). */
  onToast: ((message: string, title: string | null) => void) | null = null;
  /** Simulated time: what the bundle's `Date` reads and what stops a run at its limit. */
  readonly clock: SimulatedClock;

  constructor(options: EnvOptions = {}) {
    this.activeUserEmail = options.activeUserEmail ?? DEFAULT_USER_EMAIL;
    this.effectiveUserEmail = options.effectiveUserEmail ?? this.activeUserEmail;
    this.authMode = options.authMode ?? 'FULL';
    this.clock = new SimulatedClock(options.clockStartMs ?? Date.now(), options.simulatedClock ?? true);
    this.recorder.afterRecord = (kind, target, method, cells) => this.admit(kind, target, method, cells);
  }

  /**
   * Every service call passes here after it is counted: a custom function may not change anything, and every call
   * costs simulated time, so a run past its limit stops at its next call.
   */
  private admit(kind: CallKind, target: string, method: string, cells: number): void {
    this.injectFault(kind);
    if (this.authMode === 'CUSTOM_FUNCTION') {
      // Google, guides/sheets/functions, «Using Apps Script services»: Spreadsheet is read only in a custom function
      // (get*() works, set*() does not); a service that needs authorisation fails with «You do not have permission to
      // call …». getUi() fails as it does outside a user's session.
      if (target === 'SpreadsheetApp' && method === 'getUi') this.fail('Cannot call SpreadsheetApp.getUi() from this context.');
      if (CHANGING_KINDS.has(kind)) this.fail(`You do not have permission to call ${target}.${method}`);
    }
    if (!this.clock.charge(kind, cells)) this.failExceeded();
  }

  /** The fault switch: set by `LocalRuntime.failCall`, spent by the call it names. */
  fault: FaultPlan | null = null;
  /** Calls of the planned kind seen since the fault was planned. */
  private faultSeen = 0;

  planFault(plan: FaultPlan | null): void {
    this.fault = plan;
    this.faultSeen = 0;
  }

  /** Fails the planned call before it takes effect, once: choosing the item again runs without the fault. */
  private injectFault(kind: CallKind): void {
    const plan = this.fault;
    if (!plan || (plan.kind !== 'any' && plan.kind !== kind)) return;
    if (++this.faultSeen < plan.at) return;
    this.fault = null;
    this.fail(plan.message);
  }

  /** Charges simulated waiting (sleep, a lock held elsewhere) and stops the run past its limit. */
  waitMs(ms: number): void {
    if (!this.clock.wait(ms)) this.failExceeded();
  }

  failExceeded(): never {
    return this.fail(EXCEEDED_MESSAGE);
  }

  /** Throws an Apps Script style exception (name "Exception"). */
  fail(message: string): never {
    const err = new this.errorCtor(message);
    err.name = 'Exception';
    throw err;
  }

  /** Throws the error Apps Script gives when a method is called in an auth mode that does not allow it. */
  requireAuth(method: string, scope: string): void {
    if (this.authMode === 'NONE') {
      this.fail(`You do not have permission to call ${method}. Required permissions: ${scope}`);
    }
  }

  /**
   * For a method whose reference page lists a scope («Authorization»): refused in NONE, and refused when the manifest
   * sets its scopes without that one. Users report the text: «Exception: You do not have permission to call
   * Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email»
   * (github.com/hijonathan/google-scripts/issues/14; for getEffectiveUser, oshliaer/google-apps-script-snippets#23).
   */
  requireScope(method: string, scope: string): void {
    this.requireAuth(method, scope);
    if (this.manifestScopes && !this.manifestScopes.includes(scope)) {
      this.fail(`You do not have permission to call ${method}. Required permissions: ${scope}`);
    }
  }
}
