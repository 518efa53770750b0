// What the page address asks for: ?scenario=ID to open a story straight away,
// ?seed=abc to replay the same variations (a facilitator's "same shift"),
// ?track=ID to open a new-hire track (how an LMS package launches one), ?studio to open the story studio,
// ?insights to open Insights.

export interface LaunchOptions {
  scenario: string | null;
  seed: string | null;
  track: string | null;
  /** ?studio: the story studio, for an author's bookmark. */
  studio: boolean;
  /** ?insights: the Insights screen, for a trainer's bookmark. */
  insights: boolean;
}

export function readLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const clean = (value: string | null) => (value && /^[a-z0-9-]{1,64}$/i.test(value) ? value : null);
  return {
    scenario: clean(params.get('scenario')),
    seed: clean(params.get('seed')),
    track: clean(params.get('track')),
    studio: params.has('studio'),
    insights: params.has('insights'),
  };
}

/**
 * A seed in the address that names no story (`?seed=abc`) is for the next story the player starts from the
 * title screen or opens from a file, as the authoring guide promises; that story uses it up, and the ones
 * after it get fresh seeds. With a story or a track in the address the seed is that link's own.
 */
export interface NextStorySeed {
  /** The seed waiting for the next story, if any. */
  peek(): string | null;
  /** The waiting seed, used up; null when there is none. */
  take(): string | null;
  /** The player chose fresh seeds instead. */
  forget(): void;
}

export function nextStorySeed(launch: LaunchOptions): NextStorySeed {
  let seed = launch.scenario || launch.track ? null : launch.seed;
  return {
    peek: () => seed,
    take() {
      const taken = seed;
      seed = null;
      return taken;
    },
    forget: () => void (seed = null),
  };
}
