// The player's display and sound settings, kept in the browser. Like progress,
// a settings record that cannot be read is kept aside and the player told;
// the game then starts with the defaults.
// The settings are a handful of fields, each one of a few allowed values, so one table below is their
// schema: the type and the reader both come from it. It is read without zod on purpose: the page's first
// module (src/app/opening.ts) applies the settings before anything shows, and zod would triple its size.

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export const REVEAL_SPEEDS = ['slow', 'standard', 'fast', 'instant'] as const;
/** 'system' follows the operating system's reduced-motion preference. */
export const MOTION = ['system', 'reduced', 'full'] as const;
export const CONTRAST = ['standard', 'high'] as const;

/** Each setting's allowed values. */
const ALLOWED = { textSize: TEXT_SIZES, revealSpeed: REVEAL_SPEEDS, motion: MOTION, contrast: CONTRAST, sound: [true, false] } as const;
type Allowed = typeof ALLOWED;
export type Settings = { version: 1 } & { -readonly [K in keyof Allowed]: Allowed[K][number] };

export const DEFAULT_SETTINGS: Readonly<Settings> = { version: 1, textSize: 'standard', revealSpeed: 'standard', motion: 'system', contrast: 'standard', sound: true };

/**
 * A stored record as settings: a missing field takes its default, and anything else not allowed (an unknown
 * field, a value not on the list, another version) makes the whole record unreadable, which is null.
 */
export function readSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (record['version'] !== 1) return null;
  if (Object.keys(record).some((key) => key !== 'version' && !Object.hasOwn(ALLOWED, key))) return null;
  const settings: Record<string, unknown> = { version: 1 };
  for (const [key, allowed] of Object.entries(ALLOWED) as [keyof Allowed, readonly unknown[]][]) {
    const given = Object.hasOwn(record, key) ? record[key] : undefined;
    if (given !== undefined && !allowed.includes(given)) return null;
    settings[key] = given ?? DEFAULT_SETTINGS[key];
  }
  return settings as Settings;
}
export const SETTINGS_KEY = 'service-hero.settings';

/** Characters per second of the typewriter; instant shows the whole beat at once. */
export const CHARS_PER_SECOND: Record<Settings['revealSpeed'], number> = { slow: 30, standard: 60, fast: 120, instant: Number.POSITIVE_INFINITY };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

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
        notices.push(`Your settings could not be read, so the game uses its defaults. The old settings were kept aside as "${aside}".`);
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
