// One play of a story, run below the screens: the engine's player decides, every step is saved to the
// progress store and reported to the LMS, and the standing of an assessed play is kept with its attempt.
// It knows no screen: whoever draws the play (src/ui/storySession.ts, and through it the Phaser stage) is
// told each view and calls back with what the player did. The player's actor is the one source of truth,
// so nothing is replayed or lost when another screen joins.
import { beatTitle } from '../engine/beatTitle.ts';
import { principleEvidence } from '../engine/mastery.ts';
import { replaySteps } from '../engine/playLog.ts';
import type {
  BeatView,
  Catalogue,
  PlayStep,
  Rehearsal,
  ReportCard,
  Scenario,
  StoryPlayer,
  Track,
} from '../engine/runtime.ts';
import { studioReturn, type StudioPlace } from './studio/studioReturn.ts';
import { rehearsedScenario } from '../engine/rehearsal.ts';
import { reportPlay, type PlayReport } from '../lms/reportPlay.ts';
import { localOnlyReporter, type PlayReporter } from '../lms/reporter.ts';
import { newUuid } from '../lms/uuid.ts';
import type { ProgressStore } from './progress/progressStore.ts';
import type { ResumeViewStore } from './resumeView.ts';
import { customerNameOf } from '../engine/storyOpening.ts';
import type { StoryData } from './sceneData.ts';
import type { TimeLimits } from './settings/settingsStore.ts';
import type { RoomVote } from './workshop.ts';

export interface PlaySessionServices {
  progress: ProgressStore;
  /** Where plays are reported: an LMS the launch named, or nowhere. */
  reporter: PlayReporter;
  now(): Date;
  /** Where the beat on show is kept for a fast resume (src/play/resumeView.ts); none under an LMS. */
  resumeView?: ResumeViewStore | null;
}

export interface StoryContent {
  scenario: Scenario;
  catalogue: Catalogue;
  /** The track the story is assessed in, when data.trackId names one. */
  track: Track | null;
}

/** Where the player goes when the story is left. */
export type StoryExit =
  | {
      to: 'debrief';
      data: {
        scenarioId: string;
        seed: string;
        report: ReportCard;
        trackId?: string | undefined;
        votes?: RoomVote[] | undefined;
        rehearsal?: Rehearsal | undefined;
      };
    }
  | { to: 'track'; trackId: string }
  /** Back to the story studio's draft a try was started from, where the author was in it. */
  | { to: 'studio'; draftId: string; place: StudioPlace }
  | { to: 'title' };

/** Where leaving a story goes, for the story bar's button to say: the stories (the title or a track), or the studio a try came from. */
export type StoryLeavesFor = 'stories' | 'studio';

/** An earlier moment of the play the player may go back to. */
export interface Moment {
  label: string;
  steps: number;
}

/** What the session needs from whoever draws it. */
export interface PlayDrawing {
  /**
   * Shows a view, before it is saved (the patience clock it starts may ease the time limits being saved).
   * `timedOut` when the customer's patience ran out on the way to it; `moments` are the earlier moments
   * to offer, or null to leave them as they are (a workshop's room does not go back).
   */
  draw(view: BeatView, timedOut: boolean, moments: Moment[] | null): void;
  /** The time limits the play has run under so far (the screen's patience clock keeps them). */
  timeLimits(): TimeLimits;
}

export class PlaySession {
  readonly scenario: Scenario;
  readonly registration: string;
  /** The LMS's reporter; none for a studio's try from a beat (StoryData.rehearsal). */
  private readonly reporter: PlayReporter;
  private player!: StoryPlayer;
  private playReport!: PlayReport;
  private drawing!: PlayDrawing;
  private unsubscribe: () => void = () => undefined;
  private readonly votes: RoomVote[] = [];
  private readonly viewListeners = new Set<(view: BeatView) => void>();
  private exitHandler: ((exit: StoryExit) => void) | null = null;
  private pendingExit: StoryExit | null = null;
  private stopped = false;
  private recorded = false;
  private decisionsSeen = 0;
  /** A resumed or rewound play whose last step was a timeout: its beat keeps the "You hesitated" note. */
  private arrivedByTimeout = false;

  private readonly content: StoryContent;

  constructor(
    private readonly services: PlaySessionServices,
    content: StoryContent,
    private readonly data: StoryData,
  ) {
    // A studio's try plays the story as if it began at the beat its author chose.
    this.content = data.rehearsal
      ? { ...content, scenario: rehearsedScenario(content.scenario, data.rehearsal) }
      : content;
    this.scenario = this.content.scenario;
    this.reporter = data.rehearsal ? localOnlyReporter(newUuid) : services.reporter;
    this.registration = data.registration ?? this.reporter.registrationFor({ workshop: !!data.workshop });
  }

  get workshop(): boolean {
    return !!this.data.workshop;
  }

  /** The exit the player took before anyone was listening (the scene had not joined yet). */
  get exited(): StoryExit | null {
    return this.pendingExit;
  }

  /** Starts the play from the data's steps (the start, or a saved play being resumed), drawn from now on by `drawing`. */
  start(drawing: PlayDrawing): void {
    this.drawing = drawing;
    this.play(this.data.steps ?? []);
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

  choose(id: string): void {
    this.player.choose(id);
  }

  continueStory(): void {
    this.player.continueStory();
  }

  /** Goes back to an earlier moment: the play restarts from its first `steps` steps. */
  rewind(steps: number): void {
    this.play(this.player.steps().slice(0, steps));
  }

  /** Runs out the customer's patience on this view's beat, if the play is still there when it is called. */
  timeOutOn(view: BeatView): () => void {
    const player = this.player;
    return () => {
      if (!this.stopped && player === this.player && player.view().beat === view.beat) player.timeOut();
    };
  }

  /** A workshop room's vote at a decision, kept for the debrief. */
  recordVote(vote: RoomVote): void {
    this.votes.push(vote);
  }

  finish(): void {
    const { scenario, data } = this;
    this.exit({
      to: 'debrief',
      data: {
        scenarioId: scenario.id,
        seed: data.seed,
        report: this.player.report(),
        trackId: data.trackId,
        votes: data.workshop ? this.votes : undefined,
        rehearsal: data.rehearsal,
      },
    });
  }

  quit(): void {
    const studio = this.data.rehearsal ? studioReturn.returnFor(this.scenario.id) : null;
    if (studio) this.exit({ to: 'studio', ...studio });
    else this.exit(this.data.trackId ? { to: 'track', trackId: this.data.trackId } : { to: 'title' });
  }

  /** Where leaving the story goes: a studio's try goes back to the studio. */
  leavesFor(): StoryLeavesFor {
    return this.data.rehearsal && studioReturn.returnFor(this.scenario.id) ? 'studio' : 'stories';
  }

  /** The time limits a resumed play ran under before the reload, kept with the saved play. */
  savedTimeLimits(): TimeLimits | undefined {
    const current = this.services.progress.progress().current;
    return current && current.scenarioId === this.scenario.id && current.registration === this.registration
      ? current.timeLimits
      : undefined;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe();
    this.player.stop();
    this.viewListeners.clear();
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
    const { progress, now } = this.services;
    const { reporter } = this;
    // The engine's own patience clock stays off: the screen's patience clock keeps the time (pause, time limits)
    // and says when it ran out (timeOutOn).
    const replayed = replaySteps(scenario, catalogue, this.data.seed, steps, {
      timers: false,
      flags: this.data.rehearsal?.flags,
    });
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
      label: (beat) => this.label(beat),
      attempts: () => progress.progress().attempts,
      now,
      timeLimits: () => this.drawing.timeLimits(),
    });
    this.unsubscribe = this.player.subscribe((view) => this.step(view));
    this.step(this.player.view());
  }

  /** A beat's name for the trainee, in reports and moments: its title, or one made from its words, never its id. */
  private label(beat: string): string {
    return beatTitle(this.scenario, beat);
  }

  private step(view: BeatView): void {
    const decisions = this.player.context().decisions;
    const timedOut =
      this.arrivedByTimeout ||
      (decisions.length > this.decisionsSeen && decisions[decisions.length - 1]?.choice === null);
    this.arrivedByTimeout = false;
    this.decisionsSeen = decisions.length;
    const moments = this.moments(view);
    this.drawing.draw(view, timedOut, moments);
    this.save(view);
    this.keepView(view, timedOut, moments);
    this.playReport.shown(view);
    for (const listener of this.viewListeners) listener(view);
  }

  /** Going back is for practice: a track's stories are assessed, and a workshop's room plays on. */
  private moments(view: BeatView): Moment[] | null {
    if (this.data.workshop) return null;
    if (view.kind === 'ending' || this.data.trackId) return [];
    return this.player
      .context()
      .moodTrail.slice(0, -1)
      .map((m, steps) => ({ label: this.label(m.beat), steps }));
  }

  /**
   * The beat on show, kept beside the progress just saved so a reload can show it before the engine has loaded.
   * Only a plain beat: one with the timeout's note, or an ending, is drawn by the session itself.
   */
  private keepView(view: BeatView, timedOut: boolean, moments: Moment[] | null): void {
    const kept = this.services.resumeView;
    if (!kept || this.data.workshop || this.data.rehearsal) return;
    if (view.kind === 'ending' || timedOut || moments === null) return kept.clear();
    const { scenario } = this;
    kept.save({
      scenarioId: scenario.id,
      seed: this.data.seed,
      steps: this.player.steps(),
      info: {
        title: scenario.title,
        role: scenario.role,
        place: scenario.setting.place,
        customerName: customerNameOf(scenario),
      },
      view,
      moments,
    });
  }

  /** Saved after every step, so a reload or a crash resumes at this beat; a finished play becomes an attempt. */
  private save(view: BeatView): void {
    // A room's play is not one trainee's progress, and a try from a beat in the studio is nobody's.
    if (this.data.workshop || this.data.rehearsal) return;
    const { scenario, data, player } = this;
    const { progress, now } = this.services;
    const savedAt = now().toISOString();
    // Said only when it eased the play, so a normal play's record is as before.
    const timeLimits = this.drawing.timeLimits();
    const eased = timeLimits === 'normal' ? {} : { timeLimits };
    if (view.kind !== 'ending') {
      progress.saveCurrent({
        scenarioId: scenario.id,
        seed: data.seed,
        steps: player.steps(),
        savedAt,
        registration: this.registration,
        ...(data.trackId ? { trackId: data.trackId } : {}),
        ...eased,
      });
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
  }
}
