// What every scene is handed at construction: typed, instead of Phaser's
// untyped registry, so a scene's needs are visible in its constructor.
import type { ArtUrls } from '../play/content.ts';
import type { FirstScreen } from '../play/firstScreen.ts';
import type { LaunchOptions, NextStorySeed } from '../play/launchOptions.ts';
import type { Library } from '../engine/authoring.ts';
import type { ProgressStore } from '../play/progress/progressStore.ts';
import type { ResumeViewStore } from '../play/resumeView.ts';
import type { PlayReporter } from '../lms/reporter.ts';
import type { SettingsStore } from '../play/settings/settingsStore.ts';
import type { Announcer } from '../ui/announcer.ts';
import type { SoundCues } from '../ui/soundCues.ts';
import type { StorySession } from '../ui/storySession.ts';
import type { TitleMoves } from '../ui/menuScreens.ts';
import type { TrackActions } from '../ui/trackScreen.ts';

// The screens' data is decided on the play floor; the scenes and start-up read it from here as before.
export type { StoryData, TrackData, ErrorsData } from '../play/sceneData.ts';

export interface GameServices {
  library: Library;
  art: ArtUrls;
  announcer: Announcer;
  launch: LaunchOptions;
  /** A seed in the address with no story named: the next story started from the title screen uses it. */
  nextStorySeed: NextStorySeed;
  progress: ProgressStore;
  /** Where plays are reported: an LMS the launch named, or nowhere. */
  reporter: PlayReporter;
  /** Where the beat on show is kept for a fast resume (src/play/resumeView.ts); null under an LMS. */
  resumeView: ResumeViewStore | null;
  now(): Date;
  newSeed(): string;
  /** The player's setting, or else the operating system's preference. */
  reducedMotion(): boolean;
  settings: SettingsStore;
  sound: SoundCues;
  /** Opens the settings dialog over whatever screen is showing. */
  openSettings(): void;
  /** A story that began in the page before Phaser had loaded (a story link or a resume), with the element showing it; the Story scene joins it. */
  earlyStory: { session: StorySession; host: HTMLElement } | null;
  /** The title or a track's screen the page showed before Phaser had loaded (src/app/earlyScreens.ts); its scene adopts it. */
  earlyScreen: EarlyScreen | null;
  /** The first screen the player chose when a link would have replaced a story in progress; null when not asked. */
  firstScreen: FirstScreen | null;
  /**
   * The LRSs Insights may read from: the deployment's trusted origins (null: any), and the one an xAPI launch
   * named, whose address and credentials the form starts with.
   */
  lrs: { trusted: readonly string[] | null; launched: { endpoint: string; auth: string } | null };
}

/**
 * A screen on the page before the stage: `adopt` hands its buttons to the scene, with a press held meanwhile;
 * `redraw` builds it again from the same data (another language), `root` then being the new one.
 */
export type EarlyScreen = { root: HTMLElement; host: HTMLElement; redraw(): void } & (
  | { kind: 'title'; adopt(moves: TitleMoves): void }
  | { kind: 'track'; trackId: string; adopt(moves: TrackActions): void }
);

export const SceneKeys = {
  Boot: 'Boot',
  Preloader: 'Preloader',
  Title: 'Title',
  Story: 'Story',
  Debrief: 'Debrief',
  ScenarioErrors: 'ScenarioErrors',
  Profile: 'Profile',
  Track: 'Track',
  Brainstorm: 'Brainstorm',
  Studio: 'Studio',
  Insights: 'Insights',
} as const;

export const textureKeys = {
  backdrop: (id: string) => `backdrop:${id}`,
  character: (look: string, expression: string) => `character:${look}:${expression}`,
  voice: (kind: string) => `voice:${kind}`,
  /** Canvas cannot tint, so confetti comes in ready-coloured pieces. */
  sparks: ['spark:amber', 'spark:rust', 'spark:green', 'spark:cream'] as const,
  fallbackBackdrop: 'backdrop:fallback',
};
