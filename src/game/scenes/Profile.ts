import Phaser from 'phaser';
import type { Attempt } from '../../play/progress/progressSchema.ts';
import { download } from '../../ui/download.ts';
import { exportedMessage, importedMessage } from '../../ui/profileMessages.ts';
import { profileScreen } from '../../ui/profileScreen.ts';
import { mountScreen, onResize } from '../mountScreen.ts';
import { queueArt, titleArt } from '../art.ts';
import { Stage } from '../stage.ts';
import { t } from '../../i18n/intl.ts';
import { startStory } from '../startStory.ts';
import { SceneKeys, type GameServices } from '../services.ts';

/** The player's progress; exporting writes a file, importing merges one after validating it. */
export class Profile extends Phaser.Scene {
  constructor(private readonly services: GameServices) {
    super(SceneKeys.Profile);
  }

  preload(): void {
    queueArt(this, titleArt(this.services.art));
  }

  /** `confirmation`: what an import just added, said again on the rebuilt screen. */
  create(data: { confirmation?: string } = {}): void {
    const { progress, library, now } = this.services;
    const stage = new Stage(this, 'title', true, { shade: 0.55 });
    onResize(this, (width, height) => stage.layout(width, height, null));
    if (!library.catalogue) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const screen = profileScreen(
      {
        attempts: progress.progress().attempts,
        catalogue: library.catalogue,
        scenarios: library.entries.flatMap((e) => (e.scenario ? [e.scenario] : [])),
        notices: progress.notices(),
        keptAside: progress.keptAside(),
        confirmation: data.confirmation,
      },
      {
        back: () => this.scene.start(SceneKeys.Title),
        play: (scenarioId) => startStory(this, this.services, { scenarioId, seed: this.services.newSeed() }),
        exportProgress: () => {
          const file = `service-hero-progress-${now().toISOString().slice(0, 10)}.json`;
          download(file, progress.exportText(), 'application/json');
          return exportedMessage(file, progress.progress().attempts.length);
        },
        announce: (text) => this.services.announcer.say(text),
        restoreKeptAside: (key) => {
          const result = progress.restoreKeptAside(key);
          if (result.ok && result.added) this.time.delayedCall(1500, () => this.scene.restart());
          return result;
        },
        downloadKeptAside: (key) => {
          const text = progress.keptAsideText(key);
          if (text !== null) download(`${key.replace(/[^a-z0-9.-]+/gi, '-')}.json`, text, 'application/json');
        },
        importProgress: async (file) => {
          const [{ describeProgressFile }, text] = await Promise.all([
            import('../../play/progress/describeProgressFile.ts'),
            file.text(),
          ]);
          const before = new Set(progress.progress().attempts.map(attemptKey));
          const result = progress.importText(file.name, text, describeProgressFile);
          if (!result.ok) return result;
          const added = progress.progress().attempts.filter((a) => !before.has(attemptKey(a)));
          const message = importedMessage(file.name, result.added, attemptsIn(text), [
            ...new Set(added.map((a) => a.title)),
          ]);
          // Rebuilt at once with the new plays; the confirmation stays on the new screen and is said aloud there.
          this.scene.restart({ confirmation: message });
          return { ok: true, message };
        },
      },
    );
    mountScreen(this, screen);
    screen.querySelector<HTMLElement>('#profile-title')?.focus({ preventScroll: true });
    this.services.announcer.say(data.confirmation ?? t('profile.announce'));
  }
}

const attemptKey = (a: Attempt) => `${a.scenarioId} ${a.seed} ${a.endedAt}`;

/** How many finished plays an imported file holds (it has just been read as a progress file, so it is JSON). */
function attemptsIn(text: string): number {
  const data: unknown = JSON.parse(text);
  return typeof data === 'object' && data !== null && 'attempts' in data && Array.isArray(data.attempts)
    ? data.attempts.length
    : 0;
}
