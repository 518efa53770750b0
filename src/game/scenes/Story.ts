import Phaser from 'phaser';
import { discussionPrompts, type RoomVote } from '../../app/workshop.ts';
import { principleEvidence, replaySteps, type BeatView } from '../../engine/index.ts';
import { CHARS_PER_SECOND } from '../../app/settings/settingsStore.ts';
import { reportPlay } from '../../lms/reportPlay.ts';
import { beatLabel } from '../../ui/levels.ts';
import { StoryScreen } from '../../ui/storyScreen.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { Stage } from '../stage.ts';
import { SceneKeys, type GameServices, type StoryData } from '../services.ts';

/** Plays one story: the engine's player decides, this scene shows and forwards input. */
export class Story extends Phaser.Scene {
  private screen: StoryScreen | null = null;

  constructor(private readonly services: GameServices) {
    super(SceneKeys.Story);
  }

  create(data: StoryData): void {
    const { library, announcer } = this.services;
    const scenario = library.entries.find((e) => e.scenario?.id === data.scenarioId)?.scenario;
    if (!scenario || !library.catalogue) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const customerName = scenario.cast[scenario.customer]?.name ?? 'The customer';
    const { progress, now, reporter } = this.services;
    const { player } = replaySteps(scenario, library.catalogue, data.seed, data.steps ?? []);
    const registration = data.registration ?? reporter.registrationFor({ workshop: !!data.workshop });
    const playReport = reportPlay({
      reporter,
      scenario,
      player,
      registration,
      track: (data.trackId && library.tracks.find((t) => t.track?.id === data.trackId)?.track) || null,
      resumed: (data.steps?.length ?? 0) > 0,
      label: (beat) => beatLabel(scenario, beat),
      attempts: () => progress.progress().attempts,
      now,
    });
    const stage = new Stage(this, scenario.setting.backdrop, this.services.reducedMotion());
    const votes: RoomVote[] = [];
    const catalogue = library.catalogue;
    const workshopHooks = data.workshop
      ? {
          prompts: (view: BeatView) => discussionPrompts(scenario, view.beat, view.choices.map((c) => c.id), catalogue),
          decided: (beat: string, counts: Record<string, number>, chosen: string, tieBroken: boolean) => void votes.push({ beat, counts, chosen, tieBroken }),
          startPatience: () => startPatience(),
        }
      : undefined;
    const screen = new StoryScreen(
      {
        title: scenario.title,
        role: scenario.role,
        place: scenario.setting.place,
        customerName,
        charsPerSecond: () => CHARS_PER_SECOND[this.services.settings.settings().revealSpeed],
        openSettings: () => this.services.openSettings(),
      },
      {
        choose: (id) => player.choose(id),
        continueStory: () => player.continueStory(),
        finish: () =>
          this.scene.start(SceneKeys.Debrief, { scenarioId: scenario.id, seed: data.seed, report: player.report(), trackId: data.trackId, votes: data.workshop ? votes : undefined }),
        quit: () => (data.trackId ? this.scene.start(SceneKeys.Track, { trackId: data.trackId }) : this.scene.start(SceneKeys.Title)),
        rewind: (steps) => this.scene.restart({ scenarioId: scenario.id, seed: data.seed, steps: player.steps().slice(0, steps), registration }),
        revealed: (kind) => {
          // In a workshop the facilitator starts the customer's patience, if at all.
          if (kind === 'choices') this.services.sound.choices();
          if (kind === 'choices' && !data.workshop) startPatience();
        },
      },
      workshopHooks,
    );
    this.screen = screen;
    const startPatience = () => {
      player.choicesShown();
      const seconds = player.view().patienceSeconds;
      if (seconds && player.isWaiting()) screen.startPatience(seconds);
    };
    mountScreen(this, screen.root);
    if (data.workshop) {
      document.body.classList.add('presenter');
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => document.body.classList.remove('presenter'));
    }

    const relayout = () => stage.layout(this.scale.width, this.scale.height, screen.stageBand());
    onResize(this, relayout);
    const observer = new ResizeObserver(relayout);
    for (const bar of screen.bars()) observer.observe(bar);

    const onKey = (event: KeyboardEvent) => screen.handleKey(event);
    document.addEventListener('keydown', onKey);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, () => screen.skipReveal());

    // Saved after every step, so a reload or a crash resumes at this beat; a finished play becomes an attempt.
    let recorded = false;
    const save = (view: BeatView) => {
      if (data.workshop) return; // a room's play is not one trainee's progress
      const savedAt = now().toISOString();
      if (view.kind !== 'ending') {
        progress.saveCurrent({ scenarioId: scenario.id, seed: data.seed, steps: player.steps(), savedAt, registration, ...(data.trackId ? { trackId: data.trackId } : {}) });
        // Going back is for practice; a track's stories are assessed.
        const moments = data.trackId ? [] : player.context().moodTrail.slice(0, -1).map((m, steps) => ({ label: beatLabel(scenario, m.beat), steps }));
        screen.setMoments(moments);
        return;
      }
      if (recorded) return;
      recorded = true;
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
      });
      screen.setMoments([]);
    };
    let decisionsSeen = 0;
    const render = (view: BeatView) => {
      const decisions = player.context().decisions;
      const timedOut = decisions.length > decisionsSeen && decisions[decisions.length - 1]?.choice === null;
      decisionsSeen = decisions.length;
      const note = timedOut ? `You hesitated, and ${customerName}'s patience ran out.` : null;
      save(view);
      playReport.shown(view);
      if (view.breakdown) this.services.sound.breakdown();
      stage.show(view.onStage);
      screen.setMood(view.mood, view.customerExpression);
      screen.showBeat(view, note);
      announcer.say(spokenBeat(view, note));
    };
    const unsubscribe = player.subscribe(render);
    render(player.view());

    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      document.removeEventListener('keydown', onKey);
      observer.disconnect();
      player.stop();
      this.screen = null;
    });
  }

  update(): void {
    this.screen?.tick();
  }
}

function spokenBeat(view: BeatView, note: string | null): string {
  const parts = [
    note,
    view.breakdown && `Breakdown: ${view.breakdown}.`,
    ...view.lines.map((l) => (l.name ? `${l.name}: ${l.text}` : l.text)),
    view.ending && `Ending: ${view.ending.title}.`,
  ];
  return parts.filter(Boolean).join(' ');
}
