// Opens the Insights screen (src/ui/insights/) on the game's own library: the stories, principles and tracks a
// group's plays are read against. Loaded only when the screen first opens, with the readers of the files.
import type Phaser from 'phaser';
import { beatTitle, principleById, type Scenario } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';
import { isTrusted } from '../lms/trustedLrs.ts';
import { figuresOf } from '../play/insights/figures.ts';
import type { StoryShelf } from '../play/insights/fromFiles.ts';
import type { StoryIndex } from '../play/insights/fromStatements.ts';
import { playsOf, readInsightFile } from '../play/insights/readInsightFile.ts';
import { readLrs } from '../play/insights/readLrs.ts';
import { insightsScreen } from '../ui/insights/insightsScreen.ts';
import { redate } from '../ui/insights/teamReport.ts';
import { mountScreen } from './mountScreen.ts';
import { SceneKeys, type GameServices } from './services.ts';

export function openInsights(scene: Phaser.Scene, services: GameServices): void {
  const { library } = services;
  const scenarios = new Map(library.entries.flatMap((e) => (e.scenario ? [[e.scenario.id, e.scenario] as const] : [])));
  const shelf: StoryShelf = {
    scenario: (id) => scenarios.get(id) ?? null,
    catalogue: library.catalogue!,
    tracks: library.tracks.flatMap((entry) => (entry.track ? [entry.track] : [])),
  };
  const stories: StoryIndex = {
    has: (id) => scenarios.has(id),
    byTitle: (title) => [...scenarios.values()].find((s) => s.title === title)?.id ?? null,
  };
  const principles = principleById(shelf.catalogue);
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
      principle: (id) => principles.get(id)?.name ?? id,
      track: (id) => shelf.tracks.find((track) => track.id === id)?.title ?? id,
    },
    {
      back: () => scene.scene.start(SceneKeys.Title),
      read: (files) =>
        Promise.all(
          files.map(async (file) => readInsightFile(file.webkitRelativePath || file.name, await file.text(), shelf)),
        ),
      plays: (readings) => playsOf(readings, stories),
      figures: (plays) => figuresOf(plays, shelf),
      lrs: { ...services.lrs, isTrusted, read: readLrs },
    },
  );
  mountScreen(scene, screen);
  // The browser's Print (or the screen's button) prints the team report with the day it is printed on.
  const printing = () => redate(screen, services.now());
  window.addEventListener('beforeprint', printing);
  scene.events.once('shutdown', () => window.removeEventListener('beforeprint', printing));
}
