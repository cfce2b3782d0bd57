// LockService, Session, PropertiesService, CacheService, Utilities, ScriptApp and Logger for the local runtime.
import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import type { RuntimeEnv } from './env';
import { LocalUser } from './protection';
import type { LocalSpreadsheet } from './spreadsheet';
import { formatDateJava, isDate } from './values';

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
export class LocalLock {
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

export function createLockService(env: RuntimeEnv, locks: LockController): Record<string, unknown> {
  return {
    getDocumentLock: () => new LocalLock(locks.states.document, env),
    getScriptLock: () => new LocalLock(locks.states.script, env),
    getUserLock: () => new LocalLock(locks.states.user, env),
  };
}

// ---- Session --------------------------------------------------------------------------------------------------

export interface SessionOptions {
  scriptTimeZone: string;
  userLocale: string;
}

export function createSession(env: RuntimeEnv, opts: SessionOptions): Record<string, unknown> {
  return {
    // Google, guides/services/authorization, «Permissions and types of scripts»: a custom function runs as an
    // anonymous user, so it gets no e-mail (nor does a run without authorisation).
    getActiveUser: () => new LocalUser(env.authMode === 'NONE' || env.authMode === 'CUSTOM_FUNCTION' ? '' : env.activeUserEmail),
    getEffectiveUser: () => new LocalUser(env.effectiveUserEmail),
    getScriptTimeZone: () => opts.scriptTimeZone,
    getActiveUserLocale: () => opts.userLocale,
    getTemporaryActiveUserKey: () => 'local-' + Buffer.from(env.activeUserEmail).toString('base64url'),
    getTimeZone: () => opts.scriptTimeZone,
  };
}

// ---- PropertiesService --------------------------------------------------------------------------------------

const PROPERTY_VALUE_LIMIT = 9 * 1024;

/** Apps Script Properties over a Map (document properties live on the spreadsheet, so xlsx keeps them). */
export class LocalProperties {
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
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const entries = Object.entries(properties ?? {}).map(([k, v]) => [k, String(v)] as const);
    for (const [, v] of entries) {
      if (Buffer.byteLength(v, 'utf8') > PROPERTY_VALUE_LIMIT) this.env.fail('Argument too large: value');
    }
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of entries) this.store.set(k, v);
    return this;
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

export function createPropertiesService(
  env: RuntimeEnv, ss: () => LocalSpreadsheet, script: Map<string, string>, user: Map<string, string>,
): Record<string, unknown> {
  return {
    getDocumentProperties: () => {
      env.requireAuth('PropertiesService.getDocumentProperties', 'https://www.googleapis.com/auth/script.storage');
      return new LocalProperties(ss().documentProperties, env);
    },
    getScriptProperties: () => {
      env.requireAuth('PropertiesService.getScriptProperties', 'https://www.googleapis.com/auth/script.storage');
      return new LocalProperties(script, env);
    },
    getUserProperties: () => {
      env.requireAuth('PropertiesService.getUserProperties', 'https://www.googleapis.com/auth/script.storage');
      return new LocalProperties(user, env);
    },
  };
}

// ---- CacheService ---------------------------------------------------------------------------------------------

interface CacheEntry {
  value: string;
  expires: number;
}

const CACHE_VALUE_LIMIT = 100 * 1024;
const CACHE_KEY_LIMIT = 250;
const CACHE_MAX_SECONDS = 21600;

/** Apps Script Cache with expiry (default 600 s, at most 6 h). */
export class LocalCache {
  constructor(
    private readonly store: Map<string, CacheEntry>,
    private readonly env: RuntimeEnv,
    private readonly now: () => number,
  ) {}
  private check(key: string, value?: string): void {
    if (key.length > CACHE_KEY_LIMIT) this.env.fail('Argument too large: key');
    if (value !== undefined && Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) this.env.fail('Argument too large: value');
  }
  get(key: string): string | null {
    const e = this.store.get(String(key));
    if (!e) return null;
    if (e.expires <= this.now()) {
      this.store.delete(String(key));
      return null;
    }
    return e.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: unknown, expirationInSeconds = 600): void {
    const k = String(key);
    const v = String(value);
    this.check(k, v);
    const secs = Math.max(1, Math.min(CACHE_MAX_SECONDS, expirationInSeconds));
    this.store.set(k, { value: v, expires: this.now() + secs * 1000 });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values ?? {})) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(String(k));
  }
}

export function createCacheService(env: RuntimeEnv, now: () => number): Record<string, unknown> {
  const doc = new Map<string, CacheEntry>();
  const script = new Map<string, CacheEntry>();
  const user = new Map<string, CacheEntry>();
  return {
    getDocumentCache: () => new LocalCache(doc, env, now),
    getScriptCache: () => new LocalCache(script, env, now),
    getUserCache: () => new LocalCache(user, env, now),
  };
}

// ---- Utilities ------------------------------------------------------------------------------------------------

export function createUtilities(env: RuntimeEnv): Record<string, unknown> {
  return {
    formatDate(date: unknown, timeZone: string, formatPattern: string): string {
      if (!isDate(date)) {
        env.fail(`The parameters (${typeof date === 'string' ? 'String' : typeof date},String,String) don't match the method signature for Utilities.formatDate.`);
      }
      return formatDateJava(date, String(timeZone), String(formatPattern));
    },
    formatString(template: string, ...args: unknown[]): string {
      return format(template, ...args);
    },
    sleep(milliseconds: number): void {
      const ms = Math.max(0, Number(milliseconds) || 0);
      env.sleptMs += ms;
      env.waitMs(ms);
    },
    getUuid(): string {
      return randomUUID();
    },
    base64Encode(data: string | number[]): string {
      return typeof data === 'string' ? Buffer.from(data, 'utf8').toString('base64') : Buffer.from(data.map((b) => b & 0xff)).toString('base64');
    },
    base64EncodeWebSafe(data: string | number[]): string {
      return typeof data === 'string' ? Buffer.from(data, 'utf8').toString('base64url') : Buffer.from(data.map((b) => b & 0xff)).toString('base64url');
    },
    base64Decode(encoded: string): number[] {
      return [...Buffer.from(String(encoded), 'base64')].map((b) => (b > 127 ? b - 256 : b));
    },
    newBlob(data: string): { getDataAsString(): string; getBytes(): number[] } {
      const text = String(data);
      return {
        getDataAsString: () => text,
        getBytes: () => [...Buffer.from(text, 'utf8')].map((b) => (b > 127 ? b - 256 : b)),
      };
    },
    Charset: { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' },
  };
}

// ---- ScriptApp ------------------------------------------------------------------------------------------------

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

export function createScriptApp(scriptId: string): Record<string, unknown> {
  return {
    AuthMode,
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE' },
    getScriptId: () => scriptId,
    getService: () => ({ getUrl: () => '', isEnabled: () => false }),
    getProjectTriggers: () => [],
    getUserTriggers: () => [],
    getAuthorizationInfo: () => ({
      getAuthorizationStatus: () => 'NOT_REQUIRED',
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [],
    }),
    getOAuthToken: () => 'local-oauth-token',
  };
}

// ---- Logger ---------------------------------------------------------------------------------------------------

export function createLogger(env: RuntimeEnv, echo: ((line: string) => void) | null): Record<string, unknown> {
  const logger: Record<string, unknown> = {};
  Object.assign(logger, {
    log(data: unknown, ...values: unknown[]) {
      const message = typeof data === 'string' && values.length ? format(data, ...values) : typeof data === 'string' ? data : format('%O', data);
      env.logs.push({ source: 'Logger', message });
      if (echo) echo(message);
      return logger;
    },
    getLog() {
      return env.logs.filter((l) => l.source === 'Logger').map((l) => l.message).join('\n');
    },
    clear() {
      for (let i = env.logs.length - 1; i >= 0; i--) if (env.logs[i].source === 'Logger') env.logs.splice(i, 1);
    },
  });
  return logger;
}
