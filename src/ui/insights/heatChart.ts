// The learners × principles heat map as a picture, to show a room or put on a slide: a cell per learner and
// principle, in the table's five colours of the share upheld (the table below it has every figure, and every
// learner). A cohort of hundreds would be a picture no one could read, so it shows the first rows in the table's
// order; ordered weakest first, those are the learners to talk to.
import * as Plot from '@observablehq/plot';
import { formatNumber, t } from '../../i18n/intl.ts';
import type { LearnerPrinciples } from '../../play/insights/figures.ts';
import type { CsvNames } from '../../play/insights/insightsCsv.ts';
import { h } from '../dom.ts';
import { clip } from '../studio/mapShapes.ts';
import { atOwnSize, CLASS, colour, figure } from './charts.ts';

/** The most learners drawn. */
const HEAT_CHART_ROWS = 60;

/** Where one colour of the table's heat map gives way to the next (its cells are coloured by Math.round(share × 4)). */
const STEPS = [0.125, 0.375, 0.625, 0.875];

export function heatChart(
  learners: readonly LearnerPrinciples[],
  principles: readonly string[],
  names: CsvNames,
  file: string,
): HTMLElement {
  const rows = learners.slice(0, HEAT_CHART_ROWS);
  const data = rows.flatMap((row) =>
    principles.flatMap((principle) => {
      const tally = row.principles[principle];
      return tally ? [{ learner: row.learner.key, principle, share: tally.upheld / tally.atStake }] : [];
    }),
  );
  const fills = [0, 1, 2, 3, 4].map((step) => colour(`heat-${step}`));
  const percent = (share: number) => formatNumber(share, { style: 'percent' });
  const bounds = [0, ...STEPS, 1];
  const legend = fills.map((fill, i) => ({ label: `${percent(bounds[i]!)}–${percent(bounds[i + 1]!)}`, fill }));
  const chart = Plot.plot({
    className: CLASS,
    width: Math.max(420, 170 + 110 + principles.length * 40),
    height: 150 + rows.length * 20,
    marginLeft: 170,
    // The principles along the top, where the eye starts: a cohort's rows run on far below.
    marginTop: 130,
    marginBottom: 10,
    // Room for the last principle's name, which leans out to the right.
    marginRight: 110,
    x: {
      axis: 'top',
      domain: principles,
      label: null,
      tickRotate: -45,
      tickFormat: (id: string) => clip(names.principle(id), 24),
    },
    y: {
      domain: rows.map((r) => r.learner.key),
      label: null,
      tickFormat: (key: string) => clip(names.learner(key), 24),
    },
    color: {
      type: 'threshold',
      domain: STEPS,
      range: fills,
      legend: true,
      tickFormat: percent,
      label: t('insights.principles.share'),
    },
    marks: [
      Plot.cell(data, { x: 'principle', y: 'learner', fill: 'share', inset: 1, rx: 3, className: 'heat-cells' }),
      Plot.frame({ stroke: colour('paper-edge') }),
    ],
  });
  // People's names are in no language anyone can tell, as in the table; "Learner 3" is the page's words.
  if (rows.some((row) => names.named?.(row.learner.key) !== false))
    chart.querySelector('g[aria-label="y-axis tick label"]')?.setAttribute('lang', '');
  const label = t('insights.chart.heat', { shown: rows.length, total: learners.length });
  const shown = atOwnSize(figure(chart, label, { file, title: t('insights.principles.learners'), legend }));
  return h(
    'div',
    { class: 'insights-heat-chart' },
    h('h3', {}, t('insights.principles.heatTitle')),
    learners.length > rows.length
      ? h(
          'p',
          { class: 'insights-note' },
          t('insights.principles.chartFirst', { shown: rows.length, total: learners.length }),
        )
      : null,
    shown,
  );
}
