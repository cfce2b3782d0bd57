// createRuntime: wires a LocalSpreadsheet to SpreadsheetApp and the other Apps Script services and exposes what was recorded.
import type { CallCounts, CallEvent, CallKind } from './calls';
import { clockDate, CUSTOM_FUNCTION_LIMIT_MS, RUN_LIMIT_MS } from './clock';
import { COST_CASES, COST_CONSTANTS, type CostCase } from './costModel';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartPosition, ChartType } from './charts';
import { BooleanCriteria, LocalConditionalFormatRuleBuilder } from './conditional';
import type {
  AlertRecord,
  AuthModeName,
  ButtonName,
  HtmlShownRecord,
  LogRecord,
  MenuRecord,
  PromptAnswer,
  PromptRecord,
  ToastRecord,
} from './env';
import { RuntimeEnv, serviceFailureMessage } from './env';
import type { FaultPlan } from './env';
import { ProtectionType } from './protection';
import type { ChartRecord } from './charts';
import type { ProtectionRecord } from './protection';
import {
  AuthMode,
  LockController,
  createLockService,
  createPropertiesService,
  createSession,
  createUtilities,
  unusedService,
} from './services';
import { LocalRange } from './range';
import { LocalSpreadsheet } from './spreadsheet';
import { LocalUi, createHtmlService } from './ui';
import { enterExecution, leaveExecution, restrictToProduct } from './usedApi';
import type { ScriptRunLog } from './scriptRun';
import { DataValidationCriteria, LocalDataValidationBuilder } from './validation';

/** The console methods the runtime forwards (a subset of Console, so a silent stub is easy to pass). */
interface ConsoleLike {
  log(...args: unknown[]): void;
  info?(...args: unknown[]): void;
  warn?(...args: unknown[]): void;
  error?(...args: unknown[]): void;
  debug?(...args: unknown[]): void;
}

export interface RuntimeOptions {
  /** Session.getActiveUser(); new protections list this user as editor. Default user@example.com. */
  activeUserEmail?: string;
  /** Session.getEffectiveUser(); defaults to the active user. */
  effectiveUserEmail?: string;
  /** Auth mode of the execution; in NONE, SpreadsheetApp.getActive*() and PropertiesService fail as in Apps Script. */
  authMode?: AuthModeName;
  /** Where the bundle's console output goes; default the Node console. Pass a stub to silence it. */
  console?: ConsoleLike;
  /** Keep the ordered event log (default true); counters are kept either way. */
  recordEvents?: boolean;
  /** Epoch milliseconds the simulated clock starts at; default the real time when the runtime is made. */
  clockStartMs?: number;
  /**
   * Default true: each service call costs the benchmark's modelled time on a simulated clock, the bundle's `Date`
   * reads that clock, and a run past 6 minutes (a custom function past 30 s) is stopped with Apps Script's error.
   * False: the bundle sees real time and no run is stopped.
   */
  simulatedClock?: boolean;
  /** Called on every Spreadsheet.toast (message, title); they are also kept in `toasts`. */
  onToast?: (message: string, title: string | null) => void;
  /**
   * Set process.env.TZ to the script time zone (Asia/Tomsk), so `new Date(2023, 0, 1)` in the bundle means midnight
   * there as it does in Apps Script. Changes the whole Node process; off by default.
   */
  setProcessTimeZone?: boolean;
}

/** Everything the bundle sees as globals. */
export type RuntimeGlobals = Record<string, unknown>;

export class LocalRuntime {
  readonly env: RuntimeEnv;
  readonly globals: RuntimeGlobals;
  readonly lock = new LockController();
  readonly ui: LocalUi;
  /** google.script.run as the bundle's sidebars see it (set by loadBundle): public top-level functions only. */
  scriptRun: Record<string, unknown> | null = null;
  /** Calls made through scriptRun, in order. */
  readonly scriptRunLog: ScriptRunLog[] = [];
  private ss: LocalSpreadsheet;

  constructor(spreadsheet: LocalSpreadsheet | undefined, options: RuntimeOptions = {}) {
    this.env = new RuntimeEnv({
      activeUserEmail: options.activeUserEmail,
      effectiveUserEmail: options.effectiveUserEmail,
      authMode: options.authMode,
      clockStartMs: options.clockStartMs,
      simulatedClock: options.simulatedClock,
    });
    this.env.recorder.recordEvents = options.recordEvents ?? true;
    this.env.onToast = options.onToast ?? null;
    this.ss = spreadsheet ?? new LocalSpreadsheet({ ownerEmail: this.env.activeUserEmail });
    this.ss.env = this.env;
    this.ui = new LocalUi(this.env);
    this.globals = this.buildGlobals(options);
    if (options.setProcessTimeZone) process.env.TZ = 'Asia/Tomsk';
  }

  /** The spreadsheet the runtime serves as the active one. */
  get spreadsheet(): LocalSpreadsheet {
    return this.ss;
  }
  /** Switches the active spreadsheet (e.g. after loading another file). */
  setSpreadsheet(ss: LocalSpreadsheet): void {
    this.ss = ss;
    ss.env = this.env;
  }

  get authMode(): AuthModeName {
    return this.env.authMode;
  }
  set authMode(mode: AuthModeName) {
    this.env.authMode = mode;
  }
  setActiveUser(email: string): void {
    this.env.activeUserEmail = email;
  }

  /**
   * Fault injection: the `at`-th call of `kind` from now (1-based; 'any' counts every call) fails with Apps Script's own
   * service error, before it changes anything. One fault at a time; it is spent when it fires. Returns the message.
   */
  failCall(kind: CallKind | 'any', at: number): string {
    if (!Number.isInteger(at) || at < 1) throw new RangeError(`failCall: at must be a positive integer, got ${at}`);
    const message = serviceFailureMessage(this.ss.id);
    this.env.planFault({ kind, at, message });
    return message;
  }
  /** Calls the planned fault is still waiting for: null once it has fired or when none is planned. */
  get pendingFault(): FaultPlan | null {
    return this.env.fault;
  }
  clearFault(): void {
    this.env.planFault(null);
  }

  /** Whether runs are stopped at Apps Script's limits (the clock runs either way); a test can lift them for setup. */
  timeLimits = true;
  private running = false;

  /**
   * Runs one execution of the bundle (a menu click, a sidebar callback, one custom-function cell): the clock starts a
   * new run, the run is stopped at its limit with Apps Script's error — even when the bundle caught it — and the
   * locks the script still holds are released at the end.
   */
  execute<T>(run: () => T): T {
    if (this.running) return run();
    const env = this.env;
    const custom = env.authMode === 'CUSTOM_FUNCTION';
    env.clock.beginRun(this.timeLimits ? (custom ? CUSTOM_FUNCTION_LIMIT_MS : RUN_LIMIT_MS) : null);
    this.running = true;
    enterExecution();
    try {
      const result = run();
      if (env.clock.stopped) env.failExceeded();
      return result;
    } catch (e) {
      if (env.clock.stopped) env.failExceeded();
      throw e;
    } finally {
      env.clock.endRun();
      this.lock.releaseAllByScript();
      this.running = false;
      leaveExecution();
    }
  }

  /**
   * What a custom function receives for its arguments (Google, guides/sheets/functions, «Arguments»): a range
   * reference arrives as a two-dimensional array of the cells' values, a single cell as its value — never a Range.
   */
  customFunctionArgs(args: unknown[]): unknown[] {
    return args.map((a) => {
      if (!(a instanceof LocalRange)) return a;
      const values = a.valuesInternal();
      return values.length === 1 && values[0].length === 1 ? values[0][0] : values;
    });
  }

  /** Whether the bundle's clock is the simulated one (see RuntimeOptions.simulatedClock); may be switched between runs. */
  get simulatedClock(): boolean {
    return this.env.clock.simulated;
  }
  set simulatedClock(on: boolean) {
    this.env.clock.simulated = on;
  }

  /** Which constants the simulated clock charges (costModel.ts); a test picks 'high' to meet the 6-minute limit sooner. */
  get costCase(): CostCase {
    return COST_CASES.find((c) => COST_CONSTANTS[c] === this.env.clock.costs) ?? 'base';
  }
  set costCase(c: CostCase) {
    this.env.clock.costs = COST_CONSTANTS[c];
  }

  /** Milliseconds of simulated time the clock has counted so far. */
  get simulatedElapsedMs(): number {
    return this.env.clock.elapsedMs;
  }

  /** Counters by kind and by method; the object stays the same across resetCalls(). */
  get calls(): CallCounts {
    return this.env.recorder.counts;
  }
  /** Ordered log of calls: { seq, kind, method, target, sheet }. */
  get events(): CallEvent[] {
    return this.env.recorder.events;
  }
  /** Zeroes the counters and empties the event log (bound, so it can be passed around). */
  readonly resetCalls = (): void => {
    this.env.recorder.reset();
  };
  /** Events of `kind` after the first event of `after`, e.g. eventsAfterFirst('write', 'read'). */
  readonly eventsAfterFirst = (after: CallKind, kind: CallKind): CallEvent[] => this.env.recorder.eventsAfterFirst(after, kind);

  get toasts(): ToastRecord[] {
    return this.env.toasts;
  }
  get alerts(): AlertRecord[] {
    return this.env.alerts;
  }
  get prompts(): PromptRecord[] {
    return this.env.prompts;
  }
  get menus(): MenuRecord[] {
    return this.env.menus;
  }
  /** Sidebars shown, in order. */
  get sidebars(): HtmlShownRecord[] {
    return this.env.shown.filter((s) => s.kind === 'sidebar');
  }
  /** Modal dialogs shown, in order. */
  get dialogs(): HtmlShownRecord[] {
    return this.env.shown.filter((s) => s.kind !== 'sidebar');
  }
  get logs(): LogRecord[] {
    return this.env.logs;
  }
  /** Queue answers for the next Ui.alert calls (default YES for YES_NO…, otherwise OK). */
  queueAlertAnswers(...answers: ButtonName[]): void {
    this.env.alertAnswers.push(...answers);
  }
  /** Queue answers for the next Ui.prompt calls. */
  queuePromptAnswers(...answers: PromptAnswer[]): void {
    this.env.promptAnswers.push(...answers);
  }

  /** Untracked snapshot of every protection, by sheet name. */
  protectionRecords(): Array<ProtectionRecord & { sheet: string }> {
    return this.ss.sheetsInternal().flatMap((s) => s.protections.map((p) => ({ sheet: s.nameInternal(), ...p.toRecord() })));
  }
  /** Untracked snapshot of every chart, by sheet name. */
  chartRecords(): Array<ChartRecord & { sheet: string }> {
    return this.ss.sheetsInternal().flatMap((s) => s.charts.map((c) => ({ sheet: s.nameInternal(), ...c.toRecord() })));
  }

  private buildGlobals(options: RuntimeOptions): RuntimeGlobals {
    const env = this.env;
    const out = options.console ?? console;
    const active = (method: string): LocalSpreadsheet => {
      env.recorder.record('SpreadsheetApp', method, null);
      env.requireAuth(`SpreadsheetApp.${method}`, 'https://www.googleapis.com/auth/spreadsheets.currentonly');
      return this.ss;
    };

    const SpreadsheetApp = {
      DataValidationCriteria,
      BooleanCriteria,
      ProtectionType,
      getActiveSpreadsheet: () => active('getActiveSpreadsheet'),
      // Every write here takes effect at once, so there is nothing to send; the call is recorded (and can be made to fail).
      flush: () => env.recorder.record('SpreadsheetApp', 'flush', null),
      getUi: () => {
        env.recorder.record('SpreadsheetApp', 'getUi', null);
        return this.ui;
      },
      newDataValidation: () => new LocalDataValidationBuilder(env),
      newConditionalFormatRule: () => new LocalConditionalFormatRuleBuilder(env),
    };
    restrictToProduct(SpreadsheetApp, 'SpreadsheetApp');

    const forward =
      (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
      (...args: unknown[]): void => {
        env.logs.push({
          source: 'console',
          message: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
        });
        const fn = out[level] ?? out.log;
        fn.apply(out, args);
      };
    const consoleProxy = {
      log: forward('log'),
      info: forward('info'),
      warn: forward('warn'),
      error: forward('error'),
      debug: forward('debug'),
      time: () => undefined,
      timeEnd: () => undefined,
    };

    return {
      SpreadsheetApp,
      HtmlService: createHtmlService(env),
      LockService: createLockService(env, this.lock),
      PropertiesService: createPropertiesService(env, () => this.ss),
      Session: createSession(env),
      Utilities: createUtilities(),
      // Services the product does not call: each method answers «not implemented in the local runtime».
      CacheService: unusedService('CacheService'),
      ScriptApp: Object.assign(unusedService('ScriptApp'), { AuthMode }),
      Logger: unusedService('Logger'),
      Charts: { ChartType, Position: ChartPosition, ChartHiddenDimensionStrategy, ChartMergeStrategy },
      console: consoleProxy,
      // The host Date reading the simulated clock: Dates handed to and received from the bundle are one kind
      // (instanceof works both ways), and Date.now()/new Date() tell the time a run has used.
      Date: clockDate(env.clock),
    };
  }
}

/** Creates a runtime around a spreadsheet (a new one with one sheet "Лист1" when omitted). */
export function createRuntime(spreadsheet?: LocalSpreadsheet, options: RuntimeOptions = {}): LocalRuntime {
  return new LocalRuntime(spreadsheet, options);
}

/**
 * Puts the runtime's services on a global object (default globalThis) so TypeScript code run directly in jest
 * can call SpreadsheetApp etc.; returns a function that restores what was there before.
 */
export function installGlobals(
  runtime: LocalRuntime,
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): () => void {
  const saved = new Map<string, { had: boolean; value: unknown }>();
  for (const [k, v] of Object.entries(runtime.globals)) {
    if (k === 'Date' || k === 'console') continue;
    saved.set(k, { had: Object.prototype.hasOwnProperty.call(target, k), value: target[k] });
    target[k] = v;
  }
  return () => {
    for (const [k, s] of saved) {
      if (s.had) target[k] = s.value;
      else delete target[k];
    }
  };
}
