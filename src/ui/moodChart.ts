// The customer's mood across the story as an SVG line chart with labelled axes: mood 0–100 up the side,
// the story's moments numbered along the bottom. The numbers key a table of the same figures (by each
// moment's title, never its id), which is the chart's text alternative for everyone.
import { BREAKDOWN_WEIGHT, expressionForMood, type ReportCard } from '../engine/runtime.ts';
import { formatNumber, t } from '../i18n/intl.ts';
import { h, svg } from './dom.ts';
import { storyWords, tParts } from './messageParts.ts';

// A narrow drawing, so that on a phone's card its figures still scale to a readable size.
const WIDTH = 400;
const HEIGHT = 190;
const PAD = { left: 34, right: 12, top: 12, bottom: 24 };
const FONT = 14;

export function moodChart(report: ReportCard, customerName: string): HTMLElement {
  const points = report.moodTrail;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (mood: number) => PAD.top + innerH - (mood / 100) * innerH;

  const grid = [0, 25, 50, 75, 100].flatMap((m) => [
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(m), y2: y(m), stroke: '#e6d8c3', 'stroke-width': 1 }),
    svg('text', { x: PAD.left - 6, y: y(m) + 5, 'text-anchor': 'end', 'font-size': FONT }, formatNumber(m)),
  ]);
  const breakdownBeats = new Set(report.decisions.filter((d) => d.breakdown).map((d) => d.beat));
  const bands = points.flatMap((p, i) =>
    breakdownBeats.has(p.beat)
      ? [svg('rect', { x: x(i) - 6, y: PAD.top, width: 12, height: innerH, fill: '#fbe3d6', rx: 4 })]
      : [],
  );
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.mood).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) =>
    svg(
      'circle',
      { cx: x(i), cy: y(p.mood), r: 5, fill: '#b8561f', stroke: '#fff', 'stroke-width': 2 },
      svg('title', {}, t('debrief.chart.point', { number: i + 1, title: p.title, mood: p.mood })),
    ),
  );
  const ticks = points.map((_, i) =>
    svg(
      'text',
      { class: 'x-tick', x: x(i), y: PAD.top + innerH + 18, 'text-anchor': 'middle', 'font-size': FONT },
      formatNumber(i + 1),
    ),
  );
  const first = points[0];
  const last = points[points.length - 1];
  const chart = svg(
    'svg',
    {
      class: 'mood-chart',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-label':
        first && last
          ? t('debrief.chart.label', {
              name: customerName,
              firstMood: first.mood,
              firstTitle: first.title,
              lastMood: last.mood,
              lastTitle: last.title,
            })
          : t('debrief.chart.empty'),
    },
    ...bands,
    ...grid,
    svg('path', { d: path, fill: 'none', stroke: '#b8561f', 'stroke-width': 3, 'stroke-linejoin': 'round' }),
    ...dots,
    ...ticks,
  );
  // The axes' names are page text, not drawing: they follow the text size setting and wrap on a phone.
  const yAxis = h('p', { class: 'axis-title y-axis', 'aria-hidden': 'true' }, t('debrief.chart.yAxis'));
  const xAxis = h('p', { class: 'axis-title x-axis', 'aria-hidden': 'true' }, t('debrief.chart.xAxis'));
  const table = h(
    'table',
    { class: 'mood-table' },
    h('caption', {}, ...tParts('debrief.chart.caption', { name: storyWords(customerName) })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('debrief.chart.number')),
        h('th', { scope: 'col' }, t('debrief.chart.moment')),
        h('th', { scope: 'col' }, t('debrief.chart.mood')),
      ),
    ),
    h(
      'tbody',
      {},
      ...points.map((p, i) =>
        h(
          'tr',
          breakdownBeats.has(p.beat) ? { class: 'breakdown' } : {},
          h('td', {}, formatNumber(i + 1)),
          h(
            'th',
            { scope: 'row' },
            storyWords(p.title),
            breakdownBeats.has(p.beat) ? ` ${t('debrief.chart.breakdown')}` : '',
          ),
          h('td', {}, t('debrief.chart.moodValue', { mood: p.mood, word: moodWord(p.mood) })),
        ),
      ),
    ),
  );
  const legend = breakdownBeats.size
    ? h(
        'p',
        { class: 'chart-legend' },
        h('span', { class: 'band-swatch', 'aria-hidden': 'true' }),
        t('debrief.chart.legend', { weight: BREAKDOWN_WEIGHT }),
      )
    : null;
  return h(
    'div',
    { class: 'mood-chart-wrap' },
    yAxis,
    chart,
    xAxis,
    legend,
    h('details', { class: 'mood-details' }, h('summary', {}, t('debrief.chart.tableSummary')), table),
  );
}

/** The word for a mood, as the customer's face on the stage shows it. */
const moodWord = (mood: number) => t(`debrief.mood.${expressionForMood(mood)}`);
