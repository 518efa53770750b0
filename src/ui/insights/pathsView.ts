// A story's most common way through beside its best path, in the Choices view: what most of the cohort did, what
// the story rewards most, and the beat where the two first part, so a trainer knows which moment to talk about.
import type { ServiceLevel } from '../../engine/runtime.ts';
import { locale, t } from '../../i18n/intl.ts';
import { partingOf, type BestPath, type Parting } from '../../play/insights/bestPaths.ts';
import type { StoryFigure } from '../../play/insights/figures.ts';
import type { CsvNames } from '../../play/insights/insightsCsv.ts';
import { h } from '../dom.ts';
import { LEVEL_LABELS } from '../levels.ts';
import { tParts } from '../messageParts.ts';
import { storyText } from './insightsTable.ts';

type Step = { beat: string; choice: string | null; level: ServiceLevel };

export function pathsSection(story: StoryFigure, names: CsvNames): HTMLElement {
  const id = story.scenarioId;
  const step = (s: Step) => h('li', { class: `path-step level-${s.level}` }, ...stepParts(id, s, names));
  const common = story.commonPath;
  const best = story.bestPaths;
  const commonColumn = h(
    'section',
    { class: 'insights-path' },
    h('h3', {}, t('insights.paths.common')),
    common
      ? h('p', {}, t('insights.paths.commonCount', { count: common.count, finished: story.finished }))
      : h('p', {}, t('insights.choices.noCommon')),
    common ? h('ol', {}, ...common.steps.map(step)) : null,
  );
  const bestColumn = h(
    'section',
    { class: 'insights-path best' },
    h('h3', {}, t('insights.paths.best')),
    ...(best.kind === 'found'
      ? [
          h('p', { class: 'insights-note' }, t('insights.paths.explain')),
          ...best.paths.flatMap((path) => [
            best.paths.length > 1 ? h('h4', {}, ...circumstances(id, path, names)) : null,
            h('p', {}, t('insights.paths.grade', { grade: path.grade, share: path.percent / 100 })),
            h('ol', {}, ...path.steps.map(step)),
          ]),
        ]
      : [h('p', {}, t('insights.paths.tooMany'))]),
  );
  return h(
    'div',
    { class: 'insights-paths' },
    h('div', { class: 'insights-paths-columns' }, commonColumn, bestColumn),
    partingNote(id, partingOf(common?.steps ?? null, best), names),
  );
}

/** "At <beat>: <choice> (Good)", the beat and the choice in the story's own language. */
function stepParts(story: string, s: Step, names: CsvNames): (string | Node)[] {
  return tParts('insights.paths.step', {
    beat: storyText(names.beat(story, s.beat)),
    choice: s.choice === null ? t('insights.choices.timeout') : storyText(names.choice(story, s.beat, s.choice)),
    level: LEVEL_LABELS[s.level],
  });
}

/**
 * "Circumstances: the flight lands on time, or a tailwind brings it in early", for a best path that holds in some
 * circumstances only: each its author's words, in the story's language.
 */
function circumstances(story: string, path: BestPath, names: CsvNames): (string | Node)[] {
  const each = path.circumstances.map((combination) =>
    joined(
      Object.entries(combination).map(([variation, outcome]) => [
        storyText(names.circumstance(story, variation, outcome)),
      ]),
      'conjunction',
    ),
  );
  return tParts('insights.paths.when', { circumstances: h('span', {}, ...joined(each, 'disjunction')) });
}

/** Pieces of text joined as a list in the page's language ("a, b or c"), each piece kept as it is. */
function joined(pieces: readonly (string | Node)[][], type: Intl.ListFormatType): (string | Node)[] {
  let at = 0;
  return new Intl.ListFormat(locale(), { type })
    .formatToParts(pieces.map(() => '-'))
    .flatMap((part) => (part.type === 'element' ? pieces[at++]! : [part.value]));
}

/** Where the most common way first leaves the best path, in words (partingOf says where). */
function partingNote(story: string, parting: Parting | null, names: CsvNames): HTMLElement | null {
  if (!parting) return null;
  const note = (...parts: (string | Node)[]) => h('p', { class: 'insights-note insights-parting' }, ...parts);
  const beat = (id: string) => storyText(names.beat(story, id));
  const choice = (s: Step) =>
    tParts('insights.paths.choice', {
      choice: s.choice === null ? t('insights.choices.timeout') : storyText(names.choice(story, s.beat, s.choice)),
      level: LEVEL_LABELS[s.level],
    });
  if (parting.kind === 'same') return note(t('insights.paths.same'));
  if (parting.kind === 'branch') return note(...tParts('insights.paths.branch', { beat: beat(parting.beat) }));
  return note(
    ...tParts('insights.paths.parts', {
      beat: beat(parting.common.beat),
      common: h('span', {}, ...choice(parting.common)),
      best: h('span', {}, ...joined(parting.best.map(choice), 'disjunction')),
    }),
  );
}
