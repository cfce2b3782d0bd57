// LockService and PropertiesService for the local runtime; the services the product does not call answer «not implemented».
import type { RuntimeEnv } from './env';
import { LocalUser } from './protection';
import { wallClock } from './values';
import type { LocalSpreadsheet } from './spreadsheet';
import { restrictToProduct } from './usedApi';

// ---- LockService ----------------------------------------------------------------------------------------------

export type LockKind = 'document' | 'script' | 'user';

interface LockState {
  heldByScript: boolean;
  heldByOther: boolean;
}

/** Lets a test play "another execution" holding a lock. */
export class LockController {
  readonly states: Record<LockKind, LockState> = {
    document: { heldByScript: false, heldByOther: false },
    script: { heldByScript: false, heldByOther: false },
    user: { heldByScript: false, heldByOther: false },
  };

  /** Another execution takes the lock (all kinds when none is given). */
  holdByOther(kind?: LockKind): void {
    for (const k of kind ? [kind] : (['document', 'script', 'user'] as LockKind[])) this.states[k].heldByOther = true;
  }
  /** The other execution lets go. */
  releaseByOther(kind?: LockKind): void {
    for (const k of kind ? [kind] : (['document', 'script', 'user'] as LockKind[])) this.states[k].heldByOther = false;
  }
  /** Whether the script (the bundle) holds the lock now. */
  isHeldByScript(kind: LockKind): boolean {
    return this.states[kind].heldByScript;
  }
  /**
   * The execution ended: Google, reference/lock/lock, releaseLock(): «The lock is automatically released when the
   * script terminates».
   */
  releaseAllByScript(): void {
    for (const k of ['document', 'script', 'user'] as LockKind[]) this.states[k].heldByScript = false;
  }
}

/**
 * Waiting for the lock of another execution, per Google's reference (reference/lock/lock): tryLock(timeoutInMillis)
 * «Attempts to acquire the lock, timing out after the provided number of milliseconds … true if the lock was
 * acquired, false otherwise»; waitLock throws when it could not. Another execution is simulated as never letting go
 * within the timeout, so the whole timeout passes on the simulated clock.
 */
class LocalLock {
  constructor(
    private readonly state: LockState,
    private readonly env: RuntimeEnv,
  ) {}
  private acquire(timeoutInMillis: number): boolean {
    if (this.state.heldByScript) return true;
    if (this.state.heldByOther) {
      this.env.waitMs(Number(timeoutInMillis) || 0);
      return false;
    }
    this.state.heldByScript = true;
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this.acquire(timeoutInMillis);
  }
  /** The text is Apps Script's (gas-fakes' FakeLock and users' logs quote «Lock timeout: another process was holding the lock for too long.»). */
  waitLock(timeoutInMillis: number): void {
    if (!this.acquire(timeoutInMillis)) this.env.fail('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.state.heldByScript = false;
  }
  hasLock(): boolean {
    return this.state.heldByScript;
  }
}

restrictToProduct(LocalLock.prototype, 'Lock');

export function createLockService(env: RuntimeEnv, locks: LockController): Record<string, unknown> {
  const service = {
    getDocumentLock: () => new LocalLock(locks.states.document, env),
    getScriptLock: () => new LocalLock(locks.states.script, env),
    getUserLock: () => new LocalLock(locks.states.user, env),
  };
  restrictToProduct(service, 'LockService');
  return service;
}

// ---- PropertiesService --------------------------------------------------------------------------------------

const PROPERTY_VALUE_LIMIT = 9 * 1024;

/** Apps Script Properties over a Map (document properties live on the spreadsheet, so xlsx keeps them). */
class LocalProperties {
  constructor(
    private readonly store: Map<string, string>,
    private readonly env: RuntimeEnv,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    const v = String(value);
    if (Buffer.byteLength(v, 'utf8') > PROPERTY_VALUE_LIMIT) this.env.fail('Argument too large: value');
    this.store.set(String(key), v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

restrictToProduct(LocalProperties.prototype, 'Properties');

export function createPropertiesService(env: RuntimeEnv, ss: () => LocalSpreadsheet): Record<string, unknown> {
  const service = {
    getDocumentProperties: () => {
      env.requireAuth('PropertiesService.getDocumentProperties', 'https://www.googleapis.com/auth/script.storage');
      return new LocalProperties(ss().documentProperties, env);
    },
  };
  restrictToProduct(service, 'PropertiesService');
  return service;
}

// ---- Session -------------------------------------------------------------------------------------------------

/** The scope Session's users need: Google, reference/base/session, getEffectiveUser(), «Authorization». */
const USERINFO_EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/**
 * Session: only the effective user (who runs the script), which Google's protection sample keeps as an editor. Google's
 * reference (base/session, getEffectiveUser) lists one scope for it, userinfo.email: a manifest that sets its scopes
 * without that one gets Apps Script's «You do not have permission to call Session.getEffectiveUser».
 */
export function createSession(env: RuntimeEnv): Record<string, unknown> {
  const service = {
    getEffectiveUser: () => {
      env.requireScope('Session.getEffectiveUser', USERINFO_EMAIL_SCOPE);
      return new LocalUser(env.effectiveUserEmail);
    },
  };
  restrictToProduct(service, 'Session');
  return service;
}

// ---- Utilities ------------------------------------------------------------------------------------------------

/** The pattern letters Utilities.formatDate takes from Java's SimpleDateFormat that the product uses, with their widths. */
const DATE_PATTERN_FIELDS: Record<string, (w: ReturnType<typeof wallClock>) => number> = {
  yyyy: (w) => w.year,
  MM: (w) => w.month,
  dd: (w) => w.day,
  HH: (w) => w.hour,
  mm: (w) => w.minute,
  ss: (w) => w.second,
};

/**
 * Utilities.formatDate(date, timeZone, format): the wall clock of an instant in a zone (Google, Apps Script reference
 * «Class Utilities»: «Formats date according to specification described in Java SE SimpleDateFormat class»). Only the
 * numeric letters yyyy MM dd HH mm ss are imitated; any other letter is refused so a new use shows up in the tests.
 */
export function createUtilities(): Record<string, unknown> {
  const service = {
    formatDate: (date: Date, timeZone: string, format: string): string => {
      const w = wallClock(date, timeZone);
      return format.replace(/[A-Za-z]+/g, (run) => {
        const field = DATE_PATTERN_FIELDS[run];
        if (!field) throw new Error(`Utilities.formatDate: the pattern «${run}» is not imitated by the local runtime`);
        return String(field(w)).padStart(run.length, '0');
      });
    },
  };
  restrictToProduct(service, 'Utilities');
  return service;
}

// ---- Services the product does not call -----------------------------------------------------------------------

/** A service object every method of which answers «not implemented in the local runtime» (the product calls none). */
export function unusedService(className: string): Record<string, unknown> {
  const service: Record<string, unknown> = {};
  restrictToProduct(service, className);
  return service;
}

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
