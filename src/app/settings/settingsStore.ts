// The player's display and sound settings, kept in the browser. Like progress,
// a settings record that cannot be read is kept aside and the player told;
// the game then starts with the defaults.
import { z } from 'zod';

export const TEXT_SIZES = ['standard', 'large', 'largest'] as const;
export const REVEAL_SPEEDS = ['slow', 'standard', 'fast', 'instant'] as const;
export const MOTION = ['system', 'reduced', 'full'] as const;
export const CONTRAST = ['standard', 'high'] as const;

export const Settings = z.strictObject({
  version: z.literal(1),
  textSize: z.enum(TEXT_SIZES).default('standard'),
  revealSpeed: z.enum(REVEAL_SPEEDS).default('standard'),
  /** 'system' follows the operating system's reduced-motion preference. */
  motion: z.enum(MOTION).default('system'),
  contrast: z.enum(CONTRAST).default('standard'),
  sound: z.boolean().default(true),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({ version: 1 });
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
      const read = Settings.safeParse(parsed);
      if (read.success) settings = read.data;
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
      settings = Settings.parse({ ...settings, ...change });
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
