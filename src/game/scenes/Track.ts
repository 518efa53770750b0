import Phaser from 'phaser';
import { storyFor } from '../../play/assessedStories.ts';
import { trackStanding, type Scenario } from '../../engine/runtime.ts';
import { trackById } from '../../engine/authoring.ts';
import { certificateScreen } from '../../ui/certificateScreen.ts';
import { trackFor } from '../../ui/menuScreens.ts';
import { t } from '../../i18n/intl.ts';
import { mountScreen, onResize, showReportingStatus } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { startStory } from '../startStory.ts';
import { SceneKeys, type GameServices, type TrackData } from '../services.ts';

/** A new-hire track, or (with `certificate`) its certificate once every story has passed. */
export class Track extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Track);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  create(data: TrackData): void {
    const { library, progress } = this.services;
    const track = trackById(library, data.trackId);
    if (!track) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const stage = new Stage(this, 'title', true, { shade: 0.55 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    const attempts = progress.progress().attempts.filter((a) => a.trackId === track.id);
    const standing = trackStanding(track, attempts);
    // The track's own (shipped) stories, never a file opened with the same id.
    const scenarios = new Map<string, Scenario>();
    for (const { scenario: id } of track.stories) {
      const scenario = storyFor(library, id, true);
      if (scenario) scenarios.set(id, scenario);
    }
    const complete = standing.every((s) => s.passed);

    if (data.certificate && complete) {
      const lastPass =
        attempts
          .map((a) => a.endedAt)
          .sort()
          .at(-1) ?? this.services.now().toISOString();
      const screen = certificateScreen(
        track,
        standing,
        new Map([...scenarios].map(([id, s]) => [id, s.title])),
        new Date(lastPass),
        progress.progress().playerName,
        {
          back: () => this.scene.start(SceneKeys.Track, { trackId: track.id }),
          rename: (name) => progress.setPlayerName(name),
          print: () => window.print(),
        },
      );
      mountScreen(this, screen);
      screen.querySelector<HTMLElement>('#trainee-name')?.focus();
      this.services.announcer.say(t('track.certificateSpoken', { title: track.title }));
      return;
    }
    const moves = {
      back: () => this.scene.start(SceneKeys.Title),
      start: (scenarioId: string) =>
        startStory(this, this.services, { scenarioId, seed: this.services.newSeed(), trackId: track.id }),
      certificate: () => this.scene.start(SceneKeys.Track, { trackId: track.id, certificate: true }),
    };
    // The track the page showed before the stage had loaded (src/app/earlyScreens.ts): taken over as it is.
    const early =
      this.services.earlyScreen?.kind === 'track' && this.services.earlyScreen.trackId === track.id
        ? this.services.earlyScreen
        : null;
    this.services.earlyScreen = null;
    const built = early
      ? null
      : trackFor(track, progress.progress().attempts, (id) => scenarios.get(id)?.title ?? null, moves);
    const screen = early?.root ?? built!.screen;
    mountScreen(this, screen);
    early?.host.remove();
    showReportingStatus(this, screen, this.services.reporter);
    if (early) {
      early.adopt(moves);
      return;
    }
    screen.querySelector<HTMLElement>('#track-title')?.focus({ preventScroll: true });
    this.services.announcer.say(built!.spoken);
  }
}
