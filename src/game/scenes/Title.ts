import Phaser from 'phaser';
import { isFillIn } from '../../engine/authoring.ts';
import { errorsScreen } from '../../ui/errorsScreen.ts';
import { titleSpoken, titleFor, type TitleMoves } from '../../ui/menuScreens.ts';
import { resumedStory } from '../../play/firstScreen.ts';
import { titleLibraryInPageLanguage } from '../../play/storyTranslations.ts';
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
    // The title the page showed before the stage had loaded (src/app/earlyScreens.ts) is this screen: the
    // scene takes it over as it is, with whatever the player pressed meanwhile.
    const early = this.services.earlyScreen?.kind === 'title' ? this.services.earlyScreen : null;
    this.services.earlyScreen = null;
    const moves = this.moves();
    const screen =
      early?.root ??
      titleFor(
        {
          library: titleLibraryInPageLanguage({ ...library, catalogue }),
          progress: this.services.progress.progress(),
          notices: [...this.services.progress.notices(), ...this.services.settings.notices()],
          seed: this.services.nextStorySeed,
        },
        moves,
      );
    mountScreen(this, screen);
    early?.host.remove();
    showReportingStatus(this, screen, this.services.reporter);
    if (early) early.adopt(moves);
    else this.services.announcer.say(titleSpoken());
  }

  private moves(): TitleMoves {
    const { library, progress } = this.services;
    return {
      // A draft in the library (its FILL IN: notes unwritten) says so before it plays.
      play: ({ file }) => {
        const entry = library.entries.find((e) => e.file === file);
        if (!entry?.scenario) return;
        if (entry.warnings.some(isFillIn)) this.scene.start(SceneKeys.ScenarioErrors, { file });
        else startStory(this, this.services, { scenarioId: entry.scenario.id, seed: this.seed() });
      },
      showErrors: (entry) => this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file }),
      showProfile: () => this.scene.start(SceneKeys.Profile),
      openTrack: (trackId) => this.scene.start(SceneKeys.Track, { trackId }),
      brainstorm: () => this.scene.start(SceneKeys.Brainstorm),
      openStudio: () => this.scene.start(SceneKeys.Studio),
      openInsights: () => this.scene.start(SceneKeys.Insights),
      openSettings: () => this.services.openSettings(),
      runWorkshop: (scenarioId, seed) =>
        this.scene.start(SceneKeys.Story, { scenarioId, seed: seed ?? this.services.newSeed(), workshop: true }),
      openFile: (file) =>
        // The YAML reader and the checks load only when an author opens a file.
        void import('../../play/openScenarioFile.ts')
          .then(({ openScenarioFile }) => openScenarioFile(file, library, this.services.art.manifest))
          .then((entry) =>
            // A file that plays but carries notes for its author (a format 1 story) shows them first, with a Play button.
            entry.scenario && entry.warnings.length === 0
              ? startStory(this, this.services, { scenarioId: entry.scenario.id, seed: this.seed() })
              : this.scene.start(SceneKeys.ScenarioErrors, { file: entry.file }),
          ),
      resume: () => {
        const current = progress.progress().current;
        if (current) this.scene.start(SceneKeys.Story, resumedStory(current));
      },
      discard: () => {
        progress.saveCurrent(null);
        this.scene.restart();
      },
    };
  }

  /** The address's seed for the first story started here (src/play/launchOptions.ts), else a fresh one. */
  private seed(): string {
    return this.services.nextStorySeed.take() ?? this.services.newSeed();
  }
}
