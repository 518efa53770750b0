import Phaser from 'phaser';
import { playedStories } from '../../app/progress/playedStories.ts';
import { isFillIn, scenarioById, trackStanding } from '../../engine/index.ts';
import { titleScreen, type TitleExtras } from '../../ui/titleScreen.ts';
import { errorsScreen } from '../../ui/errorsScreen.ts';
import { mountScreen, onResize, showReportingStatus } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { startStory } from '../startStory.ts';
import { SceneKeys, type GameServices } from '../services.ts';

export class Title extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Title);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(): void {
    const { library } = this.services;
    const stage = new Stage(this, 'title', this.services.reducedMotion(), { shade: 0.25 });
    onResize(this, (width, height) => stage.layout(width, height, null));

    const { catalogue } = library;
    if (!catalogue) {
      // Without principles nothing can be scored: show why, in the author's terms.
      mountScreen(this, errorsScreen('scenarios/principles.yaml', library.catalogueErrors, [], { back: null }));
      return;
    }
    const screen = titleScreen({ ...library, catalogue }, {
        // A draft in the library (its FILL IN: notes unwritten) says so before it plays.
        play: (entry) =>
          entry.scenario && (entry.warnings.some(isFillIn)
            ? this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file })
            : startStory(this, this.services, { scenarioId: entry.scenario.id, seed: this.seed() })),
        showErrors: (entry) => this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file }),
        showProfile: () => this.scene.start(SceneKeys.Profile),
        openTrack: (trackId) => this.scene.start(SceneKeys.Track, { trackId }),
        brainstorm: () => this.scene.start(SceneKeys.Brainstorm),
        openSettings: () => this.services.openSettings(),
        runWorkshop: (scenarioId, seed) => this.scene.start(SceneKeys.Story, { scenarioId, seed: seed ?? this.services.newSeed(), workshop: true }),
        openFile: (file) =>
          // The YAML reader and the checks load only when an author opens a file.
          void import('../../app/openScenarioFile.ts').then(({ openScenarioFile }) => openScenarioFile(file, library, this.services.art.manifest)).then((entry) =>
            // A file that plays but carries notes for its author (a format 1 story) shows them first, with a Play button.
            entry.scenario && entry.warnings.length === 0
              ? startStory(this, this.services, { scenarioId: entry.scenario.id, seed: this.seed() })
              : this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file }),
          ),
      }, this.extras());
    mountScreen(this, screen);
    showReportingStatus(this, screen, this.services.reporter);
    this.services.announcer.say('Service Hero. Choose a story.');
  }

  /** The address's seed for the first story started here (src/app/launchOptions.ts), else a fresh one. */
  private seed(): string {
    return this.services.nextStorySeed.take() ?? this.services.newSeed();
  }

  private extras(): TitleExtras {
    const { progress, library } = this.services;
    const current = progress.progress().current;
    const scenario = current && scenarioById(library, current.scenarioId);
    return {
      notices: [...progress.notices(), ...this.services.settings.notices()],
      attempts: progress.progress().attempts.length,
      played: playedStories(progress.progress().attempts),
      seed: this.services.nextStorySeed,
      tracks: library.tracks.flatMap(({ track }) => {
        if (!track) return [];
        const standing = trackStanding(track, progress.progress().attempts.filter((a) => a.trackId === track.id));
        return [{ id: track.id, title: track.title, summary: track.summary, passed: standing.filter((s) => s.passed).length, total: standing.length }];
      }),
      resume:
        current && scenario
          ? {
              title: scenario.title,
              savedAt: current.savedAt,
              resume: () => this.scene.start(SceneKeys.Story, { scenarioId: current.scenarioId, seed: current.seed, steps: current.steps, trackId: current.trackId, registration: current.registration }),
              discard: () => {
                progress.saveCurrent(null);
                this.scene.restart();
              },
            }
          : null,
    };
  }
}
