// The team report: what a training manager takes to a Monday meeting, on one printed page. Each story's plays and
// grades, the principles the team keeps missing, and per track how many have passed each story. It names nobody
// (counts only), so it can be handed round; the views on screen have the names.
import { GRADES } from '../../engine/runtime.ts';
import { formatDate, formatNumber, t } from '../../i18n/intl.ts';
import type { Figures, Standing } from '../../play/insights/figures.ts';
import type { CsvNames } from '../../play/insights/insightsCsv.ts';
import { h } from '../dom.ts';
import { duration, storyList, storyText, table } from './insightsTable.ts';

/** The weakest principles the report lists: enough to act on, few enough for the page. */
const WEAKEST = 5;
const STANDINGS: readonly Standing[] = ['passed', 'not-passed', 'started', 'not-started'];

export function teamReport(figures: Figures, names: CsvNames, summary: string, today: Date): HTMLElement {
  const stories = table(
    t('insights.report.stories'),
    [
      t('insights.report.story'),
      t('insights.report.plays'),
      t('insights.report.finished'),
      t('insights.report.grades'),
      t('insights.report.time'),
    ],
    figures.stories.map((story) => [
      storyText(names.story(story.scenarioId)),
      formatNumber(story.plays),
      formatNumber(story.finished),
      GRADES.map((g) => `${g} ${formatNumber(story.grades.all[g])}`).join(' · '),
      story.medianMs === null ? '–' : duration(story.medianMs),
    ]),
  );
  const weakest = table(
    t('insights.report.weakest'),
    [t('insights.principles.principle'), t('insights.principles.share'), t('insights.principles.stories')],
    figures.team.slice(0, WEAKEST).map(({ principle, tally, stories: at }) => [
      names.principle(principle),
      t('insights.report.upheld', {
        upheld: tally.upheld,
        atStake: tally.atStake,
        share: formatNumber(tally.atStake ? tally.upheld / tally.atStake : 0, { style: 'percent' }),
      }),
      storyList(at.map((s) => names.story(s))),
    ]),
  );
  const tracks = figures.people
    .filter((track) => track.rows.length)
    .flatMap((track) => {
      const ids = track.rows[0]!.stories.map((s) => s.scenarioId);
      const everyStory = track.rows.filter((row) => row.stories.every((s) => s.standing === 'passed')).length;
      return [
        table(
          t('insights.report.track', { track: names.track(track.trackId) }),
          [t('insights.report.story'), ...STANDINGS.map((s) => t(`insights.report.${s}`))],
          ids.map((id, i) => [
            storyText(names.story(id)),
            ...STANDINGS.map((standing) =>
              formatNumber(track.rows.filter((row) => row.stories[i]!.standing === standing).length),
            ),
          ]),
        ),
        h('p', {}, t('insights.report.everyStory', { passed: everyStory, learners: track.rows.length })),
      ];
    });
  return h(
    'section',
    { class: 'insights-report printed-alone', 'aria-labelledby': 'insights-report-title' },
    h('h2', { id: 'insights-report-title' }, t('insights.report.title')),
    h('p', {}, printedOn(today), ' ', summary),
    stories,
    weakest,
    ...tracks,
  );
}

/** "Printed <date>": the day the views were drawn, until the page is printed (redate). */
function printedOn(today: Date): HTMLElement {
  return h(
    'span',
    { class: 'insights-report-date' },
    t('insights.report.when', { date: formatDate(today, { dateStyle: 'long' }) }),
  );
}

/** Gives the report under `root` the day it is printed: a page left open overnight prints today's date. */
export function redate(root: ParentNode, today: Date): void {
  root.querySelector('.insights-report-date')?.replaceWith(printedOn(today));
}
