// Opens the Insights screen (src/ui/insights/) on the game's own library: the stories, principles and tracks a
// group's plays are read against. Loaded only when the screen first opens, with the readers of the files.
import type Phaser from 'phaser';
import { beatTitle, principleById, type Scenario } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';
import { isTrusted } from '../lms/trustedLrs.ts';
import { startInsightsReader } from '../play/insights/insightsReader.ts';
import { insightsScreen, readyToPrint } from '../ui/insights/insightsScreen.ts';
import { mountScreen } from './mountScreen.ts';
import { SceneKeys, type GameServices } from './services.ts';

export function openInsights(scene: Phaser.Scene, services: GameServices): void {
  const { library } = services;
  const scenarios = new Map(library.entries.flatMap((e) => (e.scenario ? [[e.scenario.id, e.scenario] as const] : [])));
  const catalogue = library.catalogue!;
  const tracks = library.tracks.flatMap((entry) => (entry.track ? [entry.track] : []));
  // The files and the LRS are read, and their plays counted, in a worker of their own: a cohort's hundred thousand
  // statements would otherwise hold up the page for seconds at a time.
  const reader = startInsightsReader({ scenarios: [...scenarios.values()], catalogue, tracks });
  const principles = principleById(catalogue);
  const of = (id: string): Scenario | undefined => scenarios.get(id);
  const screen = insightsScreen(
    {
      storyIds: (figures) => figures.stories.map((s) => s.scenarioId),
      story: (id) => of(id)?.title ?? id,
      beat: (story, beat) => {
        const scenario = of(story);
        return scenario ? beatTitle(scenario, beat) : beat;
      },
      choice: (story, beat, choice) =>
        choice === null
          ? t('insights.choices.timeout')
          : (of(story)?.beats[beat]?.choices?.find((c) => c.id === choice)?.text ?? choice),
      // Its author's sentence, its full stop left out: the screen lists several in one sentence of its own.
      circumstance: (story, variation, outcome) =>
        of(story)
          ?.variations?.[variation]?.find((o) => o.id === outcome)
          ?.about?.replace(/[.。]\s*$/u, '') ?? `${variation}: ${outcome}`,
      principle: (id) => principles.get(id)?.name ?? id,
      track: (id) => tracks.find((track) => track.id === id)?.title ?? id,
    },
    {
      back: () => scene.scene.start(SceneKeys.Title),
      reader,
      lrs: { ...services.lrs, isTrusted },
    },
  );
  mountScreen(scene, screen);
  // The browser's Print (or the screen's button) prints the team report with the day it is printed on.
  const printing = () => readyToPrint(screen, services.now());
  window.addEventListener('beforeprint', printing);
  scene.events.once('shutdown', () => {
    window.removeEventListener('beforeprint', printing);
    reader.close();
  });
}
