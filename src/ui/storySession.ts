// One play of a story on the page: the play floor's session (src/play/playSession.ts) runs it (the engine's
// player decides; every step is saved and reported), and this draws it on the DOM story screen, with the
// customer's patience clock and the keys. It needs no graphics engine, so a story link is playable as soon
// as the page and the story's data arrive; the Phaser Story scene joins it when Phaser has loaded (see
// src/game/scenes/Story.ts), drawing the stage from the same views.
import { CHARS_PER_SECOND, type SettingsStore } from '../play/settings/settingsStore.ts';
import {
  PlaySession,
  type Moment,
  type PlaySessionServices,
  type StoryContent,
  type StoryExit,
} from '../play/playSession.ts';
import type { StoryData } from '../play/sceneData.ts';
import { discussionPrompts } from '../play/workshop.ts';
import { customerNameOf } from '../engine/storyOpening.ts';
import type { BeatView, Scenario } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';
import type { Announcer } from './announcer.ts';
import type { SoundCues } from './soundCues.ts';
import { spokenBeat } from './spokenBeat.ts';
import { StoryScreen, type StageBox, type StoryScreenHandlers } from './storyScreen.ts';
import { StoryPatience } from './storyPatience.ts';
import { browserRecordings, browserSpeech, ReadAloud } from './readAloud.ts';
import { onSettingsDialog } from './settingsDialog.ts';

export interface StorySessionServices extends PlaySessionServices {
  announcer: Announcer;
  settings: SettingsStore;
  sound: SoundCues;
  /** Opens the settings dialog over whatever screen is showing. */
  openSettings(): void;
}

/** A story screen already showing the story's first beat, with what the player did on it kept for the session. */
export interface AdoptedOpening {
  view: BeatView;
  screen: StoryScreen;
  /**
   * Hands the screen to the session: what the screen reports from now on goes to these handlers. What the
   * player did on it before is held until the returned function is called, and passed on if `keep` is true.
   */
  adopt(handlers: StoryScreenHandlers): (keep: boolean) => void;
}

export class StorySession {
  readonly scenario: Scenario;
  private readonly play: PlaySession;
  private screen: StoryScreen;
  /** What the screen is built from, kept so it can be built again in another language (redraw). */
  private readonly build: () => StoryScreen;
  /** The last view drawn, as drawn: redraw shows it again. */
  private drawn: { view: BeatView; timedOut: boolean; moments: Moment[] | null } | null = null;
  /** A redrawn beat's controls coming back are not news: no sound for them. */
  private quiet = false;
  private frame = 0;
  private stopped = false;
  private opening: AdoptedOpening | null;
  private openingMatched = false;
  private readonly patience: StoryPatience;
  private readonly readAloud: ReadAloud;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly services: StorySessionServices,
    content: StoryContent,
    data: StoryData,
    /** The story's opening, already on screen (src/app/opening.ts): its screen is taken over rather than made anew. */
    opening?: AdoptedOpening,
  ) {
    const { scenario, catalogue } = content;
    this.scenario = scenario;
    const play = new PlaySession(services, content, data);
    this.play = play;
    const workshopHooks = data.workshop
      ? {
          prompts: (view: BeatView) =>
            discussionPrompts(
              scenario,
              view.beat,
              view.choices.map((c) => c.id),
              catalogue,
            ),
          decided: (beat: string, counts: Record<string, number>, chosen: string, tieBroken: boolean) =>
            play.recordVote({ beat, counts, chosen, tieBroken }),
          startPatience: () => this.patience.startNow(),
        }
      : undefined;
    const handlers: StoryScreenHandlers = {
      choose: (id) => play.choose(id),
      continueStory: () => play.continueStory(),
      finish: () => play.finish(),
      quit: () => play.quit(),
      rewind: (steps) => play.rewind(steps),
      revealed: (kind) => {
        if (kind !== 'choices') return;
        if (!this.quiet) services.sound.choices();
        // In a workshop the facilitator starts the customer's patience, if at all (StoryPatience knows).
        this.patience.controlsLive();
      },
      // Once the player has been able to see every choice (a long beat may need scrolling first, seenWatch.ts):
      // the customer's patience waits for this as well as for the controls going live.
      seen: (kind) => {
        if (kind === 'choices') this.controlsSeen();
      },
    };
    this.opening = opening ?? null;
    const info = {
      title: scenario.title,
      role: scenario.role,
      place: scenario.setting.place,
      customerName: this.customerName,
      charsPerSecond: () => CHARS_PER_SECOND[services.settings.settings().revealSpeed],
      openSettings: () => services.openSettings(),
      leavesFor: play.leavesFor(),
    };
    // Built again in a new language, the beat on show comes back whole, its controls at once (redraw).
    this.build = () => new StoryScreen({ ...info, firstBeatAtOnce: true }, handlers, workshopHooks);
    this.screen =
      opening?.screen ??
      new StoryScreen({ ...info, firstBeatAtOnce: data.firstOnPage === true }, handlers, workshopHooks);
    this.readAloud = new ReadAloud(browserSpeech(), () => services.settings.settings().readAloud, browserRecordings());
    this.unsubscribe.push(
      services.settings.subscribe(() => this.readAloud.settingChanged()),
      onSettingsDialog((open) => this.readAloud.pause('settings', open)),
    );
    this.patience = new StoryPatience({
      gauges: this.screen.gauges,
      settings: services.settings,
      announcer: services.announcer,
      customerName: this.customerName,
      openSettings: () => services.openSettings(),
      timed: Object.values(scenario.beats).some((beat) => beat.patience),
      workshop: !!data.workshop,
      awaitSeen: true,
      onPause: (paused) => this.readAloud.pause('patience', paused),
      ranUnder: data.steps?.length ? play.savedTimeLimits() : undefined,
      onRun: () => this.animate(),
    });
    document.addEventListener('keydown', this.onKey);
    this.animate();
    const passOn = opening?.adopt(handlers);
    play.start({
      draw: (view, timedOut, moments) => this.draw(view, timedOut, moments),
      timeLimits: () => this.patience.playedUnder,
    });
    // After the first view is rendered, so what the player did on the opening meets a running player; had the
    // opening shown another beat than the engine's (it never should), what was done there would not apply here.
    passOn?.(this.openingMatched);
  }

  get root(): HTMLElement {
    return this.screen.root;
  }

  get workshop(): boolean {
    return this.play.workshop;
  }

  /** The exit the player took before anyone was listening (the scene had not joined yet). */
  get exited(): StoryExit | null {
    return this.play.exited;
  }

  view(): BeatView {
    return this.play.view();
  }

  /** Calls back with the current view now and with every later one (a rewind included), until unsubscribed. */
  onView(listener: (view: BeatView) => void): () => void {
    return this.play.onView(listener);
  }

  /** Who moves on when the story is left; an exit taken before this was set is handed over at once. */
  onExit(handler: (exit: StoryExit) => void): void {
    this.play.onExit(handler);
  }

  /** The whole beat and every choice have been seen (the story screen says so, where it tracks it). */
  controlsSeen(): void {
    this.patience.controlsSeen();
  }

  skipReveal(): void {
    this.screen.skipReveal();
  }

  stageBox(): StageBox {
    return this.screen.stageBox();
  }

  layoutParts(): HTMLElement[] {
    return this.screen.layoutParts();
  }

  /**
   * Builds the screen again (the interface's language changed), showing the beat on show as it is: the play goes
   * on where it was, nothing is decided, saved or reported anew, and a running patience clock keeps its time.
   * The new screen is `root` from now on; whoever placed the old one places this one instead.
   */
  redraw(): void {
    if (this.stopped) return;
    const old = this.screen;
    old.stop();
    this.screen = this.build();
    this.patience.useGauges(this.screen.gauges);
    this.opening = null;
    const drawn = this.drawn;
    if (!drawn) return;
    if (drawn.moments) this.screen.setMoments(drawn.moments);
    this.quiet = true;
    this.screen.setMood(drawn.view.mood, drawn.view.customerExpression);
    this.screen.showBeat(drawn.view, drawn.timedOut);
    this.screen.skipReveal();
    this.quiet = false;
  }

  /**
   * Types the beat out and draws the patience bar, a frame at a time while either runs. A screen at rest asks
   * for no frames: each one costs a phone's battery even when nothing on it changes (README › Speed).
   */
  private animate(): void {
    if (this.frame !== 0 || this.stopped) return;
    const tick = () => {
      this.screen.tick();
      this.patience.tick();
      this.frame = this.screen.revealing || this.patience.running ? requestAnimationFrame(tick) : 0;
    };
    this.frame = requestAnimationFrame(tick);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    cancelAnimationFrame(this.frame);
    document.removeEventListener('keydown', this.onKey);
    this.patience.stop();
    this.readAloud.stop();
    for (const stop of this.unsubscribe) stop();
    this.screen.stop();
    this.play.stop();
  }

  private get customerName(): string {
    return customerNameOf(this.scenario);
  }

  private timeoutNote(timedOut: boolean): string | null {
    return timedOut ? t('story.timedOut', { name: this.customerName }) : null;
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (!this.patience.handleKey(event)) this.screen.handleKey(event);
  };

  /** Shows a view the session has reached: its patience clock first, then the beat, unless the opening already shows it. */
  private draw(view: BeatView, timedOut: boolean, moments: Moment[] | null): void {
    this.drawn = { view, timedOut, moments: moments ?? this.drawn?.moments ?? null };
    const note = this.timeoutNote(timedOut);
    this.patience.beat(view.kind === 'choices' ? view.patienceSeconds : null, this.play.timeOutOn(view));
    if (moments) this.screen.setMoments(moments);
    if (view.breakdown) this.services.sound.breakdown();
    // The opening already shows (and has announced) this very beat; showing it again would restart its typing.
    const shown = this.opening !== null && note === null && JSON.stringify(this.opening.view) === JSON.stringify(view);
    this.openingMatched ||= shown;
    this.opening = null;
    if (!shown) {
      this.screen.setMood(view.mood, view.customerExpression);
      this.screen.showBeat(view, timedOut);
      this.services.announcer.say(spokenBeat(view, note));
    }
    this.readAloud.show(view);
    this.animate();
  }
}
