// The player's display and sound settings, kept in the browser. Like progress,
// a settings record that cannot be read is kept aside and the player told;
// the game then starts with the defaults.
// The settings are a handful of fields, each one of a few allowed values, so one table below is their
// schema: the type and the reader both come from it. It is read without zod on purpose: the page's first
// module (src/app/opening.ts) applies the settings before anything shows, and zod would triple its size.
import type { StorageLike } from '../../engine/storageLike.ts';
import { LANGUAGE_CODES } from '../../i18n/languages.ts';

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export const REVEAL_SPEEDS = ['slow', 'standard', 'fast', 'instant'] as const;
/** 'system' follows the operating system's reduced-motion preference. */
export const MOTION = ['system', 'reduced', 'full'] as const;
export const CONTRAST = ['standard', 'high'] as const;
/**
 * The customer's patience on timed beats (WCAG 2.2.1 Timing Adjustable): switched off (the choice waits for ever,
 * which alone meets the criterion), as the story sets it, or twice as long. The pause key works in any of them.
 */
export const TIME_LIMITS = ['off', 'normal', 'double'] as const;
export type TimeLimits = (typeof TIME_LIMITS)[number];

/** The interface's language: 'auto' follows the browser's. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGE_CODES] as const;

/** Each setting's allowed values. */
const ALLOWED = {
  textSize: TEXT_SIZES,
  revealSpeed: REVEAL_SPEEDS,
  motion: MOTION,
  contrast: CONTRAST,
  sound: [true, false],
  readAloud: [false, true],
  timeLimits: TIME_LIMITS,
  language: LANGUAGE_SETTINGS,
} as const;
type Allowed = typeof ALLOWED;
const SETTINGS_VERSION = 2;
export type Settings = { version: typeof SETTINGS_VERSION } & { -readonly [K in keyof Allowed]: Allowed[K][number] };

/** Sound is off until the player turns it on: a training room of laptops should not chime unasked. */
export const DEFAULT_SETTINGS: Readonly<Settings> = {
  version: SETTINGS_VERSION,
  textSize: 'standard',
  revealSpeed: 'standard',
  motion: 'system',
  contrast: 'standard',
  sound: false,
  readAloud: false,
  timeLimits: 'normal',
  language: 'auto',
};

/**
 * Version 1 records (before time limits, when sound was on unless turned off) keep meaning what they meant: a
 * version 1 record that never stored `sound` was a player hearing sound, and still is.
 */
function migrate(record: Record<string, unknown>): Record<string, unknown> | null {
  if (record['version'] === SETTINGS_VERSION) return record;
  if (record['version'] === 1) return { sound: true, ...record, version: SETTINGS_VERSION };
  return null;
}

/**
 * A stored record as settings: an older version is migrated, a missing field takes its default, and anything else
 * not allowed (an unknown field, a value not on the list, an unknown version) makes the whole record unreadable,
 * which is null.
 */
export function readSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = migrate(value as Record<string, unknown>);
  if (!record) return null;
  if (Object.keys(record).some((key) => key !== 'version' && !Object.hasOwn(ALLOWED, key))) return null;
  const settings: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, allowed] of Object.entries(ALLOWED) as [keyof Allowed, readonly unknown[]][]) {
    const given = Object.hasOwn(record, key) ? record[key] : undefined;
    if (given !== undefined && !allowed.includes(given)) return null;
    settings[key] = given ?? DEFAULT_SETTINGS[key];
  }
  return settings as Settings;
}
export const SETTINGS_KEY = 'service-hero.settings';

/** How many times the story's own patience a timed beat gives; null: no time limit at all. */
export const PATIENCE_FACTOR: Record<TimeLimits, number | null> = { off: null, normal: 1, double: 2 };

/** Characters per second of the typewriter; instant shows the whole beat at once. */
export const CHARS_PER_SECOND: Record<Settings['revealSpeed'], number> = {
  slow: 30,
  standard: 60,
  fast: 120,
  instant: Number.POSITIVE_INFINITY,
};

export interface SettingsStore {
  settings(): Settings;
  update(change: Partial<Omit<Settings, 'version'>>): void;
  subscribe(listener: (settings: Settings) => void): () => void;
  notices(): string[];
}

export function openSettingsStore(storage: StorageLike | null, now: () => Date = () => new Date()): SettingsStore {
  const notices: string[] = [];
  let settings = DEFAULT_SETTINGS;
  try {
    const raw = storage?.getItem(SETTINGS_KEY) ?? null;
    if (raw !== null) {
      const parsed = safeJson(raw);
      const read = readSettings(parsed);
      if (read) settings = read;
      else {
        const aside = `${SETTINGS_KEY}.unreadable.${now().toISOString()}`;
        storage?.setItem(aside, raw);
        notices.push(
          `Your settings could not be read, so the game uses its defaults. The old settings were kept aside as "${aside}".`,
        );
      }
    }
  } catch {
    // Storage that throws on read is reported by the progress store; settings just use their defaults.
  }
  const listeners = new Set<(settings: Settings) => void>();
  return {
    settings: () => settings,
    update(change) {
      const next = readSettings({ ...settings, ...change });
      if (!next) throw new Error(`settings: ${JSON.stringify(change)} is not a setting the game has`);
      settings = next;
      try {
        storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      } catch {
        /* the change still applies for this visit */
      }
      listeners.forEach((listener) => listener(settings));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notices: () => [...notices],
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether to calm animations: the player's choice, or else the operating system's. */
export function wantsReducedMotion(settings: Settings, systemPrefersReduced: boolean): boolean {
  return settings.motion === 'reduced' || (settings.motion === 'system' && systemPrefersReduced);
}
