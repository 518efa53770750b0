import Phaser from 'phaser';
import { storyFor } from '../../play/assessedStories.ts';
import { workshopSummary, type RoomVote } from '../../play/workshop.ts';
import {
  beatTitle,
  rehearsedScenario,
  trackStanding,
  type Rehearsal,
  type ReportCard,
  type Scenario,
} from '../../engine/runtime.ts';
import { trackById } from '../../engine/authoring.ts';
import { bestPathCard, type BestPathCard } from '../../ui/bestPathCard.ts';
import { headline } from '../../ui/debriefWords.ts';
import { locale, t } from '../../i18n/intl.ts';
import { isRedraw } from '../followLanguage.ts';
import { gradeAxes } from '../../ui/gradeExplanation.ts';
import { workshopSummaryCard } from '../../ui/workshopSummaryCard.ts';
import { debriefScreen } from '../../ui/debriefScreen.ts';
import { trackVerdict } from '../../ui/trackVerdict.ts';
import { findBestPath } from '../bestPath.ts';
import { mountScreen, onResize, showReportingStatus } from '../mountScreen.ts';
import { backdropKey } from '../art.ts';
import { Stage } from '../stage.ts';
import { studioReturn } from '../../play/studio/studioReturn.ts';
import type { StudioData } from '../studio.ts';
import { SceneKeys, textureKeys, type GameServices } from '../services.ts';

export interface DebriefData {
  scenarioId: string;
  seed: string;
  report: ReportCard;
  trackId?: string | undefined;
  /** The room's votes, when the story was played as a workshop. */
  votes?: RoomVote[] | undefined;
  /** A studio's try from a beat (StoryData.rehearsal): said so, and played again the same way. */
  rehearsal?: Rehearsal | undefined;
}

export class Debrief extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Debrief);
  }

  create(data: DebriefData): void {
    const scenario = storyFor(this.services.library, data.scenarioId, !!data.trackId);
    if (!scenario) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const stage = new Stage(this, backdropKey(scenario), true, { shade: 0.6 });
    onResize(this, (width, height) => stage.layout(width, height, null));

    const { report } = data;
    const catalogue = this.services.library.catalogue;
    const drawn = this.draw(scenario, data);
    // The best path of a studio's try is searched from the beat the try began at, as it was played.
    const played = data.rehearsal ? rehearsedScenario(scenario, data.rehearsal) : scenario;
    mountScreen(this, drawn.screen);
    showReportingStatus(this, drawn.screen, this.services.reporter);
    drawn.screen.querySelector<HTMLElement>('#debrief-title')?.focus({ preventScroll: true });
    this.services.announcer.say(drawn.spoken);
    // Redrawn in another language, the same debrief is no new result: no chime, no confetti.
    if (!isRedraw(this)) this.services.sound.grade(report.grade);
    if (report.grade === 'A' && !this.services.reducedMotion() && !isRedraw(this)) this.celebrate();
    if (data.votes) {
      document.body.classList.add('presenter');
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => document.body.classList.remove('presenter'));
    }
    // The best the same seed allowed, found by playing the real engine (so conditions are respected) in a
    // worker: the debrief is on screen before it is known, and the card fills in.
    let left = false;
    if (drawn.paths && catalogue) {
      const search = findBestPath(played, catalogue, data.seed, data.rehearsal?.flags);
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => ((left = true), search.cancel()));
      void search.result.then((found) => left || drawn.paths?.show(found));
    }
  }

  /** The debrief's screen and what the screen reader says of it, in the page's current language. */
  private draw(
    scenario: Scenario,
    data: DebriefData,
  ): { screen: HTMLElement; paths: BestPathCard | null; spoken: string } {
    const { report } = data;
    const paths = this.services.library.catalogue ? bestPathCard(report) : null;
    // A play started from the story studio leads back to its draft; a track's play is never the studio's.
    const studio = data.trackId ? null : studioReturn.returnFor(scenario.id);
    const screen = debriefScreen(
      report,
      {
        title: scenario.title,
        customerName: scenario.cast[scenario.customer]?.name ?? t('debrief.customerFallback'),
        rehearsal: data.rehearsal && {
          from: data.rehearsal.from === scenario.start ? null : beatTitle(scenario, data.rehearsal.from),
          ...situationWords(data.rehearsal),
        },
      },
      {
        playAgain: () =>
          this.scene.start(SceneKeys.Story, {
            scenarioId: scenario.id,
            seed: this.services.newSeed(),
            trackId: data.trackId,
            workshop: !!data.votes,
            rehearsal: data.rehearsal,
          }),
        replaySameSeed: () =>
          this.scene.start(SceneKeys.Story, {
            scenarioId: scenario.id,
            seed: data.seed,
            trackId: data.trackId,
            workshop: !!data.votes,
            rehearsal: data.rehearsal,
          }),
        chooseStory: () => this.scene.start(SceneKeys.Title),
        openSettings: () => this.services.openSettings(),
        ...(data.trackId ? { backToTrack: () => this.scene.start(SceneKeys.Track, { trackId: data.trackId }) } : {}),
        ...(studio ? { backToStudio: () => this.scene.start(SceneKeys.Studio, studio satisfies StudioData) } : {}),
      },
      paths?.element ?? null,
    );
    if (data.votes) {
      const summary = workshopSummary(
        scenario,
        report,
        data.votes,
        (beat) => beatTitle(scenario, beat),
        this.services.now(),
        locale(),
      );
      screen.querySelector('.debrief-grid')?.append(workshopSummaryCard(summary));
    }
    const verdict = data.trackId ? this.trackVerdict(data.trackId, scenario.id, report) : null;
    if (verdict) screen.querySelector('.summary-card .debrief-actions')?.before(verdict.element);
    const [core, experience] = gradeAxes(report);
    const spoken = t('debrief.announce', {
      grade: report.grade,
      core: core.value,
      experience: experience.value,
      headline: headline(report),
    });
    return { screen, paths, spoken: verdict ? `${spoken} ${verdict.text}` : spoken };
  }

  /** Whether this play passed the story for its track; null when the track is not in the library. */
  private trackVerdict(
    trackId: string,
    scenarioId: string,
    report: ReportCard,
  ): ReturnType<typeof trackVerdict> | null {
    const track = trackById(this.services.library, trackId);
    if (!track) return null;
    // This play's own attempt may already be saved: the earlier best is looked up without it.
    const attempts = this.services.progress
      .progress()
      .attempts.filter((a) => a.trackId === trackId && !(a.seed === report.seed && a.grade === report.grade));
    const standing = trackStanding(track, attempts).find((s) => s.scenario === scenarioId);
    if (!standing) return null;
    return trackVerdict({
      trackTitle: track.title,
      grade: report.grade,
      bar: standing.pass,
      earlierBest: standing.best,
    });
  }

  private celebrate(): void {
    const { width } = this.scale;
    for (const key of textureKeys.sparks) {
      const confetti = this.add.particles(width / 2, -10, key, {
        x: { min: -width / 2, max: width / 2 },
        speedY: { min: 120, max: 320 },
        speedX: { min: -60, max: 60 },
        rotate: { min: 0, max: 360 },
        lifespan: 3200,
        gravityY: 60,
        emitting: false,
      });
      confetti.explode(30);
      this.time.delayedCall(3500, () => confetti.destroy());
    }
  }
}

/** The outcomes and flags a studio's try was given, as the author named them (ids); null for none. */
function situationWords(rehearsal: Rehearsal): { outcomes: string | null; flags: string | null } {
  const outcomes = Object.entries(rehearsal.outcomes ?? {}).map(([roll, outcome]) => `${roll}: ${outcome}`);
  const flags = rehearsal.flags ?? [];
  return { outcomes: outcomes.length ? outcomes.join(', ') : null, flags: flags.length ? flags.join(', ') : null };
}
