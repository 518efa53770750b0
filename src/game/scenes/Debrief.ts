import Phaser from 'phaser';
import type { ReportCard } from '../../engine/index.ts';
import { beatLabel } from '../../ui/levels.ts';
import { debriefScreen } from '../../ui/debriefScreen.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { Stage } from '../stage.ts';
import { SceneKeys, textureKeys, type GameServices } from '../services.ts';

export interface DebriefData {
  scenarioId: string;
  seed: string;
  report: ReportCard;
  trackId?: string | undefined;
}

export class Debrief extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Debrief);
  }

  create(data: DebriefData): void {
    const scenario = this.services.library.entries.find((e) => e.scenario?.id === data.scenarioId)?.scenario;
    if (!scenario) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const stage = new Stage(this, scenario.setting.backdrop, true, { shade: 0.6 });
    onResize(this, (width, height) => stage.layout(width, height, null));

    const { report } = data;
    const screen = debriefScreen(
      report,
      { title: scenario.title, customerName: scenario.cast[scenario.customer]?.name ?? 'The customer', beatLabel: (beat) => beatLabel(scenario, beat) },
      {
        playAgain: () => this.scene.start(SceneKeys.Story, { scenarioId: scenario.id, seed: this.services.newSeed(), trackId: data.trackId }),
        replaySameSeed: () => this.scene.start(SceneKeys.Story, { scenarioId: scenario.id, seed: data.seed, trackId: data.trackId }),
        chooseStory: () => this.scene.start(SceneKeys.Title),
        ...(data.trackId ? { backToTrack: () => this.scene.start(SceneKeys.Track, { trackId: data.trackId }) } : {}),
      },
    );
    mountScreen(this, screen);
    screen.querySelector<HTMLElement>('#debrief-title')?.focus({ preventScroll: true });
    this.services.announcer.say(`Debrief. Grade ${report.grade}. ${report.headline}`);
    if (report.grade === 'A' && !this.services.reducedMotion()) this.celebrate();
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
