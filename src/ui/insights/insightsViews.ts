// The Insights screen's views, each a table a screen reader reads row by row, the charts drawn in its cells
// (a bar per choice, a colour per share): what each figure means is said above it.
import { GRADES, type ServiceLevel } from '../../engine/runtime.ts';
import { formatList, formatNumber, locale, t } from '../../i18n/intl.ts';
import { storyTextAttributes } from '../../i18n/storyLanguage.ts';
import type { CsvNames } from '../../play/insights/insightsCsv.ts';
import type { Figures, StoryFigure } from '../../play/insights/figures.ts';
import { h } from '../dom.ts';
import { LEVEL_LABELS } from '../levels.ts';
import { chartNow, gradesChart, levelsChart, type ChartSlot } from './charts.ts';
import { flowChart } from './flowChart.ts';
import { heatChart } from './heatChart.ts';
import { pathsSection } from './pathsView.ts';
import { duration, lazyRows, learnerText, storyList, storyText, table } from './insightsTable.ts';

const percent = (part: number, whole: number) => (whole ? part / whole : 0);
const share = (part: number, whole: number) => formatNumber(percent(part, whole), { style: 'percent' });

/** A bar of `part` out of `whole` on a track of fixed length, so bars compare down a column; the figure says it too. */
function bar(part: number, whole: number, level: ServiceLevel | null, label = share(part, whole)): HTMLElement {
  return h(
    'span',
    { class: 'share' },
    h(
      'span',
      { class: 'share-track', 'aria-hidden': 'true' },
      h('span', {
        class: `share-bar${level ? ` level-${level}` : ''}`,
        style: `inline-size: ${percent(part, whole) * 100}%`,
      }),
    ),
    h('span', { class: 'share-figure' }, label),
  );
}

export function choicesView(story: StoryFigure, names: CsvNames, chart: ChartSlot = chartNow): HTMLElement[] {
  const id = story.scenarioId;
  const beats = story.beats.map((beat) => {
    const split = formatList(
      (Object.entries(beat.levels) as [ServiceLevel, number][])
        .filter(([, n]) => n > 0)
        .map(([level, n]) => `${LEVEL_LABELS[level]} ${share(n, beat.decisions)}`),
    );
    return h(
      'section',
      { class: 'insights-beat' },
      table(
        storyText(names.beat(id, beat.beat)),
        [
          t('insights.choices.choice'),
          t('insights.choices.level'),
          t('insights.choices.count'),
          t('insights.choices.share'),
        ],
        beat.choices.map((way) => [
          way.choice === null ? t('insights.choices.timeout') : storyText(names.choice(id, beat.beat, way.choice)),
          LEVEL_LABELS[way.level],
          formatNumber(way.count),
          bar(way.count, beat.decisions, way.level),
        ]),
      ),
      h(
        'p',
        { class: 'insights-note' },
        beat.decisions
          ? t('insights.choices.levels', { decisions: beat.decisions, split })
          : t('insights.choices.nobody'),
      ),
    );
  });
  return [
    h(
      'p',
      {},
      t('insights.choices.summary', { plays: story.plays, learners: story.learners, finished: story.finished }),
    ),
    pathsSection(story, names),
    h('h3', {}, t('insights.flow.title')),
    h(
      'p',
      { class: 'insights-note' },
      story.flow.plays ? t('insights.flow.explain', { plays: story.flow.plays }) : t('insights.flow.none'),
    ),
    ...(story.flow.plays
      ? [chart(() => flowChart(story.flow, names.story(id), (beat) => names.beat(id, beat), `service-hero-${id}-map`))]
      : []),
    ...(story.beats.some((b) => b.decisions > 0)
      ? [chart(() => levelsChart(story, names.story(id), (beat) => names.beat(id, beat), `service-hero-${id}-levels`))]
      : []),
    h('p', { class: 'insights-note' }, t('insights.choices.explain')),
    ...beats,
  ];
}

export type LearnerOrder = 'name' | 'weakest';

export function principlesView(
  figures: Figures,
  names: CsvNames,
  order: LearnerOrder,
  chart: ChartSlot = chartNow,
): HTMLElement[] {
  const team = table(
    t('insights.principles.team'),
    [
      t('insights.principles.principle'),
      t('insights.principles.upheld'),
      t('insights.principles.atStake'),
      t('insights.principles.share'),
      t('insights.principles.stories'),
    ],
    figures.team.map(({ principle, tally, stories }) => [
      names.principle(principle),
      formatNumber(tally.upheld),
      formatNumber(tally.atStake),
      bar(tally.upheld, tally.atStake, null),
      h('span', { class: 'stories' }, storyList(stories.map((s) => names.story(s)))),
    ]),
  );
  const principles = figures.team.map((p) => p.principle);
  const weakest = (row: Figures['learners'][number]) => {
    const tallies = Object.values(row.principles);
    return Math.min(1, ...tallies.map((p) => p.upheld / p.atStake));
  };
  const byName = byLearnerName(names);
  const learners = [...figures.learners].sort((a, b) =>
    order === 'weakest' ? weakest(a) - weakest(b) || byName(a, b) : byName(a, b),
  );
  const grid = table(
    t('insights.principles.learners'),
    [t('insights.principles.learner'), ...principles.map((p) => names.principle(p))],
    lazyRows(learners, (row) => [
      learnerText(names, row.learner.key),
      ...principles.map((p) => {
        const tally = row.principles[p];
        if (!tally)
          return h(
            'span',
            { class: 'heat none' },
            h('span', { class: 'visually-hidden' }, t('insights.principles.notAtStake')),
            h('span', { 'aria-hidden': 'true' }, '–'),
          );
        const step = Math.round(percent(tally.upheld, tally.atStake) * 4);
        return h(
          'span',
          { class: `heat heat-${step}` },
          t('insights.principles.cell', { upheld: tally.upheld, atStake: tally.atStake }),
        );
      }),
    ]),
    'insights-table heat-map',
  );
  return [
    h('p', { class: 'insights-note' }, t('insights.principles.explain')),
    team,
    ...(learners.length ? [chart(() => heatChart(learners, principles, names, 'service-hero-principles'))] : []),
    grid,
  ];
}

export function gradesView(figures: Figures, names: CsvNames, chart: ChartSlot = chartNow): HTMLElement[] {
  return [
    h('p', { class: 'insights-note' }, t('insights.grades.explain')),
    h(
      'div',
      { class: 'insights-grid' },
      ...figures.stories.map((story) => {
        return h(
          'section',
          { class: 'insights-story' },
          h('h3', storyTextAttributes(names.story(story.scenarioId)), names.story(story.scenarioId)),
          story.finished
            ? chart(() => gradesChart(story, names.story(story.scenarioId), `service-hero-${story.scenarioId}-grades`))
            : null,
          table(
            t('insights.tab.grades'),
            [
              t('insights.grades.grade'),
              t('insights.grades.all'),
              t('insights.grades.first'),
              t('insights.grades.best'),
            ],
            GRADES.map((g) => [
              g,
              bar(
                story.grades.all[g],
                story.finished,
                null,
                t('insights.grades.count', {
                  count: story.grades.all[g],
                  share: share(story.grades.all[g], story.finished),
                }),
              ),
              formatNumber(story.grades.first[g]),
              formatNumber(story.grades.best[g]),
            ]),
            'insights-table grades',
          ),
          h(
            'p',
            {},
            story.medianMs === null
              ? t('insights.grades.noTime')
              : t('insights.grades.time', { time: duration(story.medianMs) }),
          ),
          story.beatTimes.length
            ? table(
                t('insights.grades.beatTimes'),
                [t('insights.grades.beat'), t('insights.grades.medianTime'), t('insights.grades.shown')],
                story.beatTimes.map((b) => [
                  storyText(names.beat(story.scenarioId, b.beat)),
                  duration(b.medianMs),
                  formatNumber(b.count),
                ]),
              )
            : null,
        ) as HTMLElement;
      }),
    ),
  ];
}

const STANDING = {
  passed: 'insights.people.passed',
  'not-passed': 'insights.people.notPassed',
  started: 'insights.people.started',
  'not-started': 'insights.people.notStarted',
} as const;

export function peopleView(figures: Figures, names: CsvNames): HTMLElement[] {
  const tracks = figures.people.filter((track) => track.rows.length);
  if (!tracks.length) return [h('p', {}, t('insights.people.none'))];
  return [
    h('p', { class: 'insights-note' }, t('insights.people.explain')),
    ...tracks.map((track) => {
      const stories = track.rows[0]!.stories.map((s) => s.scenarioId);
      return table(
        storyText(names.track(track.trackId)),
        [t('insights.people.learner'), ...stories.map((s) => storyText(names.story(s)))],
        lazyRows([...track.rows].sort(byLearnerName(names)), (row) => [
          learnerText(names, row.learner.key),
          ...row.stories.map((s) =>
            h('span', { class: `standing standing-${s.standing}` }, t(STANDING[s.standing], { grade: s.best ?? '' })),
          ),
        ]),
      );
    }),
  ];
}

/** Learners by name as the page's language sorts them, numbers by value ("Learner 2" before "Learner 10"). */
function byLearnerName(names: CsvNames) {
  const collator = new Intl.Collator(locale(), { numeric: true });
  return (a: { learner: { key: string } }, b: { learner: { key: string } }) =>
    collator.compare(names.learner(a.learner.key), names.learner(b.learner.key));
}
