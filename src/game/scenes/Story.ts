import Phaser from 'phaser';
import { storyFor } from '../../play/assessedStories.ts';
import { resumeNotice } from '../../play/resumeCheck.ts';
import { trackById } from '../../engine/authoring.ts';
import { showNotices } from '../../ui/pageNotices.ts';
import type { StoryExit } from '../../play/playSession.ts';
import type { StudioData } from '../studio.ts';
import { StorySession } from '../../ui/storySession.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { backdropKey, loadBuiltLooks, queueArt, storyArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { SceneKeys, type GameServices, type StoryData } from '../services.ts';
import type { RedrawData } from '../followLanguage.ts';

/**
 * Draws the stage for one play of a story. The play itself is a StorySession: started here, or already
 * running in the page before Phaser loaded (a story link), in which case this scene joins it.
 */
export class Story extends Phaser.Scene implements RedrawData {
  /** The play on show; carried over (not stopped) when the scene restarts to redraw it in another language. */
  private session: StorySession | null = null;
  private carried: StorySession | null = null;

  constructor(private readonly services: GameServices) {
    super(SceneKeys.Story);
  }

  /** Another language: the same play goes on, at the same beat, on a screen built anew (StorySession.redraw). */
  dataForRedraw(): { session: StorySession } | Record<string, never> {
    this.carried = this.session;
    return this.session ? { session: this.session } : {};
  }

  preload(): void {
    const data = this.sys.settings.data as StoryData & { session?: StorySession };
    const scenario = data.session?.scenario ?? storyFor(this.services.library, data.scenarioId, !!data.trackId);
    if (scenario) queueArt(this, storyArt(this.services.art, scenario));
  }

  create(data: StoryData & { session?: StorySession; earlyHost?: HTMLElement }): void {
    const session = data.session ?? this.startSession(data);
    if (!session) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    if (session === this.carried) session.redraw();
    this.carried = null;
    this.session = session;
    mountScreen(this, session.root);
    data.earlyHost?.remove();
    const stage = new Stage(this, backdropKey(session.scenario), this.services.reducedMotion(), {
      ownArt: session.scenario,
    });
    // For tests (and anyone inspecting the page): where each figure is drawn, to check that no head is hidden.
    const publish = () => (session.root.dataset['figures'] = JSON.stringify(stage.drawn()));
    let onStage: Parameters<Stage['show']>[0] = [];
    const stopViews = session.onView((view) => {
      onStage = view.onStage;
      stage.show(onStage);
      publish();
    });
    // The faces of looks the story builds are drawn once the builder has come: whoever is on stage then joins it.
    void loadBuiltLooks(this, session.scenario).then((loaded) => {
      if (loaded && this.sys.isActive()) {
        stage.show(onStage);
        publish();
      }
    });
    if (session.workshop) {
      document.body.classList.add('presenter');
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => document.body.classList.remove('presenter'));
    }

    const relayout = () => {
      stage.layout(this.scale.width, this.scale.height, session.stageBox());
      publish();
    };
    onResize(this, relayout);
    const observer = new ResizeObserver(relayout);
    for (const part of session.layoutParts()) observer.observe(part);

    session.onExit((exit) => startExit(this, exit));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopViews();
      observer.disconnect();
      if (this.carried !== session) session.stop();
    });
  }

  private startSession(data: StoryData): StorySession | null {
    const { library } = this.services;
    // A track's story is assessed: it runs the shipped story, never a file opened with the same id.
    const scenario = storyFor(library, data.scenarioId, !!data.trackId);
    if (!scenario || !library.catalogue) return null;
    const track = data.trackId ? trackById(library, data.trackId) : null;
    showNotices([resumeNotice(scenario, library.catalogue, data.seed, data.steps)].filter((n) => n !== null));
    return new StorySession(this.services, { scenario, catalogue: library.catalogue, track }, data);
  }
}

/** Opens the screen the player chose on leaving a story. */
export function startExit(scene: Phaser.Scene, exit: StoryExit): void {
  if (exit.to === 'debrief') scene.scene.start(SceneKeys.Debrief, exit.data);
  else if (exit.to === 'track') scene.scene.start(SceneKeys.Track, { trackId: exit.trackId });
  else if (exit.to === 'studio')
    scene.scene.start(SceneKeys.Studio, { draftId: exit.draftId, place: exit.place } satisfies StudioData);
  else scene.scene.start(SceneKeys.Title);
}
