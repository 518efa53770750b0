// The content side of SCORM: find the LMS's API object in the windows above
// this one (ADL's standard search), and speak to it through one small typed
// connection that hides the differences between SCORM 1.2 and 2004.

export type ScormVersion = '1.2' | '2004';

/** The LMS API as SCORM 1.2 defines it (window.API). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(name: string): string;
  LMSSetValue(name: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The LMS API as SCORM 2004 defines it (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(name: string): string;
  SetValue(name: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** The little of a window the search reads, so it can be tested without a page. */
export type WindowLike = {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  API?: unknown;
  API_1484_11?: unknown;
};

const MAX_PARENTS = 7; // ADL's search gives up after this many parents: a runaway frame chain is not an LMS

/** ADL's search: up the chain of parent frames, then the same from the window that opened this one. */
export function findScormApi(start: WindowLike, version: ScormVersion): Scorm12Api | Scorm2004Api | null {
  const name = version === '2004' ? 'API_1484_11' : 'API';
  const search = (from: WindowLike | null | undefined): unknown => {
    let win = from;
    for (let tries = 0; win && tries <= MAX_PARENTS; tries += 1) {
      try {
        const api = win[name];
        if (api) return api;
      } catch {
        return null; // a frame from another origin: the search cannot go further up
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  };
  const found =
    search(start) ??
    (() => {
      try {
        return search(start.opener);
      } catch {
        return null;
      }
    })();
  if (!found || typeof found !== 'object') return null;
  const method = version === '2004' ? 'Initialize' : 'LMSInitialize';
  return method in found ? (found as Scorm12Api | Scorm2004Api) : null;
}

/** Which SCORM API is around this window, if any: 2004's is looked for first, as an LMS offering both prefers it. */
export function scormVersionAround(start: WindowLike): ScormVersion | null {
  if (findScormApi(start, '2004')) return '2004';
  return findScormApi(start, '1.2') ? '1.2' : null;
}

/** The names each version gives the same piece of the data model. */
export const CMI = {
  '1.2': {
    entry: 'cmi.core.entry',
    learnerName: 'cmi.core.student_name',
    suspendData: 'cmi.suspend_data',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    mastery: 'cmi.student_data.mastery_score',
    interactionCount: 'cmi.interactions._count',
  },
  '2004': {
    entry: 'cmi.entry',
    learnerName: 'cmi.learner_name',
    suspendData: 'cmi.suspend_data',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    mastery: 'cmi.scaled_passing_score',
    interactionCount: 'cmi.interactions._count',
  },
} as const;

/** suspend_data's size limit: 4,096 characters in 1.2, 64,000 in 2004 4th edition. */
export const SUSPEND_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

export interface ScormConnection {
  version: ScormVersion;
  /** Until finish(): the session is over then, and a later connectScorm starts another. */
  readonly open: boolean;
  get(name: string): string;
  /** False (and logged) when the LMS refuses the value. */
  set(name: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

/**
 * The LMS session each API object has given this page, refused (null) or open: a page starts its session once.
 * The page's first program may start it to see whether a launch opens a new play (src/app/opening.ts); the
 * reporter then speaks through the same connection rather than asking the LMS to initialize twice.
 */
const sessions = new WeakMap<object, ScormConnection | null>();

export function connectScorm(
  api: Scorm12Api | Scorm2004Api,
  version: ScormVersion,
  log: (message: string) => void,
): ScormConnection | null {
  const known = sessions.get(api);
  if (known === null || (known && known.version === version && known.open)) return known;
  const connection = startSession(api, version, log);
  sessions.set(api, connection);
  return connection;
}

/**
 * Whether the LMS holds none of this learner's progress in this SCO: a first entry, or nothing suspended. Only
 * then does the reporter's bridge (scormReporter.ts, loadKept) read no progress at all, so a launch that names a
 * story surely opens it at its start.
 */
export function holdsNoProgress(scorm: ScormConnection): boolean {
  const names = CMI[scorm.version];
  return scorm.get(names.entry).trim() === 'ab-initio' || scorm.get(names.suspendData).trim() === '';
}

function startSession(
  api: Scorm12Api | Scorm2004Api,
  version: ScormVersion,
  log: (message: string) => void,
): ScormConnection | null {
  const call =
    version === '2004'
      ? (() => {
          const a = api as Scorm2004Api;
          return {
            init: () => a.Initialize(''),
            end: () => a.Terminate(''),
            get: (n: string) => a.GetValue(n),
            set: (n: string, v: string) => a.SetValue(n, v),
            commit: () => a.Commit(''),
            error: () => String(a.GetLastError()),
            say: (c: string) => a.GetErrorString(c),
          };
        })()
      : (() => {
          const a = api as Scorm12Api;
          return {
            init: () => a.LMSInitialize(''),
            end: () => a.LMSFinish(''),
            get: (n: string) => a.LMSGetValue(n),
            set: (n: string, v: string) => a.LMSSetValue(n, v),
            commit: () => a.LMSCommit(''),
            error: () => String(a.LMSGetLastError()),
            say: (c: string) => a.LMSGetErrorString(c),
          };
        })();
  const ok = (result: string, what: string) => {
    if (String(result) === 'true') return true;
    const code = call.error();
    log(`The LMS refused ${what} (SCORM ${version} error ${code}: ${call.say(code)})`);
    return false;
  };
  if (!ok(call.init(), 'to start the session')) return null;
  let open = true;
  return {
    version,
    get open() {
      return open;
    },
    get: (name) => (open ? String(call.get(name) ?? '') : ''),
    set: (name, value) => open && ok(call.set(name, value), `${name} = "${value.slice(0, 60)}"`),
    commit: () => open && ok(call.commit(), 'to save (commit)'),
    finish() {
      if (!open) return false;
      open = false;
      return ok(call.end(), 'to end the session');
    },
  };
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function scorm12Time(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004's timeinterval (ISO 8601 duration), to hundredths of a second. */
export function scorm2004Time(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total % 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}
