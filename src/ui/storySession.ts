// One play of a story, in the page alone: the engine's player decides, the DOM story screen shows it,
// and every step is saved and reported. It needs no graphics engine, so a story link is playable as
// soon as the page and the story's data arrive; the Phaser Story scene joins it when Phaser has loaded
// (see src/game/scenes/Story.ts), drawing the stage from the same views. The player's actor is the one
// source of truth, so nothing is replayed or lost when the scene takes over.
import { discussionPrompts, type RoomVote } from '../app/workshop.ts';
import { CHARS_PER_SECOND } from '../app/settings/settingsStore.ts';
import { principleEvidence } from '../engine/mastery.ts';
import { replaySteps } from '../engine/playLog.ts';
import { customerNameOf } from '../engine/storyOpening.ts';
import type { BeatView, Catalogue, PlayStep, ReportCard, Scenario, StoryPlayer, Track } from '../engine/index.ts';
import { reportPlay, type PlayReport } from '../lms/reportPlay.ts';
import type { GameServices, StoryData } from '../game/services.ts';
import { beatLabel } from './levels.ts';
import { spokenBeat } from './spokenBeat.ts';
import { StoryScreen, type StageBox, type StoryScreenHandlers } from './storyScreen.ts';
import { StoryPatience } from './storyPatience.ts';

export type StorySessionServices = Pick<GameServices, 'announcer' | 'progress' | 'reporter' | 'now' | 'settings' | 'sound' | 'openSettings'>;

export interface StoryContent {
  scenario: Scenario;
  catalogue: Catalogue;
  /** The track the story is assessed in, when data.trackId names one. */
  track: Track | null;
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

/** Where the player goes when the story is left. */
export type StoryExit =
  | { to: 'debrief'; data: { scenarioId: string; seed: string; report: ReportCard; trackId?: string | undefined; votes?: RoomVote[] | undefined } }
  | { to: 'track'; trackId: string }
  | { to: 'title' };

export class StorySession {
  readonly scenario: Scenario;
  private readonly screen: StoryScreen;
  private player!: StoryPlayer;
  private playReport!: PlayReport;
  private unsubscribe: () => void = () => undefined;
  private readonly registration: string;
  private readonly votes: RoomVote[] = [];
  private readonly viewListeners = new Set<(view: BeatView) => void>();
  private exitHandler: ((exit: StoryExit) => void) | null = null;
  private pendingExit: StoryExit | null = null;
  private frame = 0;
  private stopped = false;
  private recorded = false;
  private decisionsSeen = 0;
  private opening: AdoptedOpening | null;
  private openingMatched = false;
  private readonly patience: StoryPatience;
  /** A resumed or rewound play whose last step was a timeout: its beat keeps the "You hesitated" note. */
  private arrivedByTimeout = false;

  constructor(
    private readonly services: StorySessionServices,
    private readonly content: StoryContent,
    private readonly data: StoryData,
    /** The story's opening, already on screen (src/app/opening.ts): its screen is taken over rather than made anew. */
    opening?: AdoptedOpening,
  ) {
    const { scenario, catalogue } = content;
    this.scenario = scenario;
    this.registration = data.registration ?? services.reporter.registrationFor({ workshop: !!data.workshop });
    const workshopHooks = data.workshop
      ? {
          prompts: (view: BeatView) => discussionPrompts(scenario, view.beat, view.choices.map((c) => c.id), catalogue),
          decided: (beat: string, counts: Record<string, number>, chosen: string, tieBroken: boolean) => void this.votes.push({ beat, counts, chosen, tieBroken }),
          startPatience: () => this.patience.startNow(),
        }
      : undefined;
    const handlers: StoryScreenHandlers = {
      choose: (id) => this.player.choose(id),
      continueStory: () => this.player.continueStory(),
      finish: () =>
        this.exit({ to: 'debrief', data: { scenarioId: scenario.id, seed: data.seed, report: this.player.report(), trackId: data.trackId, votes: data.workshop ? this.votes : undefined } }),
      quit: () => this.exit(data.trackId ? { to: 'track', trackId: data.trackId } : { to: 'title' }),
      rewind: (steps) => this.play(this.player.steps().slice(0, steps)),
      revealed: (kind) => {
        if (kind !== 'choices') return;
        services.sound.choices();
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
    this.screen =
      opening?.screen ??
      new StoryScreen(
        {
          title: scenario.title,
          role: scenario.role,
          place: scenario.setting.place,
          customerName: this.customerName,
          charsPerSecond: () => CHARS_PER_SECOND[services.settings.settings().revealSpeed],
          openSettings: () => services.openSettings(),
          firstBeatAtOnce: data.firstOnPage === true,
        },
        handlers,
        workshopHooks,
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
      ranUnder: data.steps?.length ? this.savedTimeLimits() : undefined,
    });
    document.addEventListener('keydown', this.onKey);
    const tick = () => {
      this.screen.tick();
      this.patience.tick();
      this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
    const passOn = opening?.adopt(handlers);
    this.play(data.steps ?? []);
    // After the first view is rendered, so what the player did on the opening meets a running player; had the
    // opening shown another beat than the engine's (it never should), what was done there would not apply here.
    passOn?.(this.openingMatched);
  }

  get root(): HTMLElement {
    return this.screen.root;
  }

  get workshop(): boolean {
    return !!this.data.workshop;
  }

  /** The exit the player took before anyone was listening (the scene had not joined yet). */
  get exited(): StoryExit | null {
    return this.pendingExit;
  }

  view(): BeatView {
    return this.player.view();
  }

  /** Calls back with the current view now and with every later one (a rewind included), until unsubscribed. */
  onView(listener: (view: BeatView) => void): () => void {
    this.viewListeners.add(listener);
    listener(this.player.view());
    return () => this.viewListeners.delete(listener);
  }

  /** Who moves on when the story is left; an exit taken before this was set is handed over at once. */
  onExit(handler: (exit: StoryExit) => void): void {
    this.exitHandler = handler;
    if (this.pendingExit) handler(this.pendingExit);
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

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    cancelAnimationFrame(this.frame);
    document.removeEventListener('keydown', this.onKey);
    this.patience.stop();
    this.screen.stop();
    this.unsubscribe();
    this.player.stop();
    this.viewListeners.clear();
  }

  private get customerName(): string {
    return customerNameOf(this.scenario);
  }

  private readonly onKey = (event: KeyboardEvent) => {
    if (!this.patience.handleKey(event)) this.screen.handleKey(event);
  };

  /** The time limits a resumed play ran under before the reload, kept with the saved play. */
  private savedTimeLimits() {
    const current = this.services.progress.progress().current;
    return current && current.scenarioId === this.scenario.id && current.registration === this.registration ? current.timeLimits : undefined;
  }

  private exit(exit: StoryExit): void {
    if (this.pendingExit) return;
    this.pendingExit = exit;
    this.exitHandler?.(exit);
  }

  /** (Re)starts the play from these steps: the start, a saved play being resumed, or a rewind. */
  private play(steps: PlayStep[]): void {
    this.unsubscribe();
    this.player?.stop();
    const { scenario, catalogue, track } = this.content;
    const { progress, reporter, now } = this.services;
    // The engine's own patience clock stays off: StoryPatience keeps the time (pause, time limits) and tells the
    // player when it ran out.
    const replayed = replaySteps(scenario, catalogue, this.data.seed, steps, { timers: false });
    this.player = replayed.player;
    this.arrivedByTimeout = replayed.applied === steps.length && steps[steps.length - 1]?.kind === 'timeout';
    this.recorded = false;
    this.decisionsSeen = this.player.context().decisions.length;
    this.playReport = reportPlay({
      reporter,
      scenario,
      player: this.player,
      registration: this.registration,
      track,
      resumed: steps.length > 0,
      label: (beat) => beatLabel(scenario, beat),
      attempts: () => progress.progress().attempts,
      now,
      timeLimits: () => this.patience.playedUnder,
    });
    this.unsubscribe = this.player.subscribe((view) => this.render(view));
    this.render(this.player.view());
  }

  private render(view: BeatView): void {
    const decisions = this.player.context().decisions;
    const timedOut = this.arrivedByTimeout || (decisions.length > this.decisionsSeen && decisions[decisions.length - 1]?.choice === null);
    this.arrivedByTimeout = false;
    this.decisionsSeen = decisions.length;
    const note = timedOut ? `You hesitated, and ${this.customerName}'s patience ran out.` : null;
    const player = this.player;
    this.patience.beat(view.kind === 'choices' ? view.patienceSeconds : null, () => {
      if (!this.stopped && player === this.player && player.view().beat === view.beat) player.timeOut();
    });
    this.save(view);
    this.playReport.shown(view);
    if (view.breakdown) this.services.sound.breakdown();
    // The opening already shows (and has announced) this very beat; showing it again would restart its typing.
    const shown = this.opening !== null && note === null && JSON.stringify(this.opening.view) === JSON.stringify(view);
    this.openingMatched ||= shown;
    this.opening = null;
    if (!shown) {
      this.screen.setMood(view.mood, view.customerExpression);
      this.screen.showBeat(view, note);
      this.services.announcer.say(spokenBeat(view, note));
    }
    for (const listener of this.viewListeners) listener(view);
  }

  /** Saved after every step, so a reload or a crash resumes at this beat; a finished play becomes an attempt. */
  private save(view: BeatView): void {
    if (this.data.workshop) return; // a room's play is not one trainee's progress
    const { scenario, data, player } = this;
    const { progress, now } = this.services;
    const savedAt = now().toISOString();
    // Said only when it eased the play, so a normal play's record is as before.
    const timeLimits = this.patience.playedUnder;
    const eased = timeLimits === 'normal' ? {} : { timeLimits };
    if (view.kind !== 'ending') {
      progress.saveCurrent({ scenarioId: scenario.id, seed: data.seed, steps: player.steps(), savedAt, registration: this.registration, ...(data.trackId ? { trackId: data.trackId } : {}), ...eased });
      // Going back is for practice; a track's stories are assessed.
      const moments = data.trackId ? [] : player.context().moodTrail.slice(0, -1).map((m, steps) => ({ label: beatLabel(scenario, m.beat), steps }));
      this.screen.setMoments(moments);
      return;
    }
    if (this.recorded) return;
    this.recorded = true;
    const report = player.report();
    progress.recordAttempt({
      scenarioId: scenario.id,
      title: scenario.title,
      seed: data.seed,
      steps: player.steps(),
      grade: report.grade,
      percent: report.percent,
      endedAt: savedAt,
      evidence: principleEvidence(scenario, player.context()),
      ...(data.trackId ? { trackId: data.trackId } : {}),
      ...eased,
    });
    this.screen.setMoments([]);
  }
}
