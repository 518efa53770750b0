import Phaser from 'phaser';
import { h } from '../../ui/dom.ts';
import { mountScreen } from '../mountScreen.ts';
import { SceneKeys, textureKeys, type GameServices } from '../services.ts';

/** Loads every backdrop and face the stories can show, with a progress bar. */
export class Preloader extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Preloader);
  }

  preload(): void {
    const status = h('p', { role: 'status' }, 'Setting the stage…');
    const fill = h('div', { class: 'gauge-fill mood-fill', style: 'width:0%' });
    mountScreen(
      this,
      h('div', { class: 'screen loading-screen' }, h('div', { class: 'gauge', style: 'width:min(420px,80vw)' }, status, h('div', { class: 'gauge-track' }, fill))),
    );
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => (fill.style.width = `${Math.round(progress * 100)}%`));

    const { art } = this.services;
    for (const id of Object.keys(art.manifest.backdrops)) {
      const url = art.backdrop(id);
      if (url) this.load.svg(textureKeys.backdrop(id), url, { width: 1920, height: 1080 });
    }
    for (const look of art.manifest.looks) {
      for (const expression of art.manifest.expressions) {
        const url = art.character(look, expression);
        if (url) this.load.svg(textureKeys.character(look, expression), url, { width: 675, height: 900 });
      }
    }
  }

  create(): void {
    const colours = [0xe0a23a, 0xb8561f, 0x3f9a6b, 0xfff1d6];
    textureKeys.sparks.forEach((key, i) => {
      const spark = this.make.graphics({}, false);
      spark.fillStyle(colours[i] ?? 0xffffff).fillRoundedRect(0, 0, 14, 8, 3);
      spark.generateTexture(key, 14, 8);
      spark.destroy();
    });
    // A warm evening gradient stands in for any backdrop that failed to load.
    const fallback = this.make.graphics({}, false);
    fallback.fillGradientStyle(0x3b2740, 0x3b2740, 0xb8561f, 0xe0a23a, 1).fillRect(0, 0, 160, 90);
    fallback.generateTexture(textureKeys.fallbackBackdrop, 160, 90);
    fallback.destroy();

    // A story in progress resumes where it was left (a reload, a closed tab, a crash), unless the address asks for another.
    const { launch, progress, library } = this.services;
    const current = progress.progress().current;
    const resumable = current && library.entries.some((e) => e.scenario?.id === current.scenarioId);
    const launchAllows = (!launch.scenario || launch.scenario === current?.scenarioId) && (!launch.seed || launch.seed === current?.seed) && (!launch.track || launch.track === current?.trackId);
    if (current && resumable && launchAllows) {
      this.scene.start(SceneKeys.Story, { scenarioId: current.scenarioId, seed: current.seed, steps: current.steps, trackId: current.trackId, registration: current.registration });
      return;
    }
    if (launch.track && library.tracks.some((t) => t.track?.id === launch.track)) {
      this.scene.start(SceneKeys.Track, { trackId: launch.track });
      return;
    }
    const wanted = launch.scenario;
    const entry = wanted ? this.services.library.entries.find((e) => e.scenario?.id === wanted || e.file.endsWith(`/${wanted}.yaml`)) : undefined;
    if (entry?.scenario) {
      this.scene.start(SceneKeys.Story, { scenarioId: entry.scenario.id, seed: this.services.launch.seed ?? this.services.newSeed() });
    } else if (entry) {
      this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file });
    } else {
      this.scene.start(SceneKeys.Title);
    }
  }
}
