// The customer's mood across the story as an SVG line chart, with the same
// figures in a table for screen readers.
import type { ReportCard } from '../engine/index.ts';
import { h, svg } from './dom.ts';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 40, right: 16, top: 14, bottom: 30 };

export function moodChart(report: ReportCard, beatLabel: (beat: string) => string): HTMLElement {
  const points = report.moodTrail;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (mood: number) => PAD.top + innerH - (mood / 100) * innerH;

  const grid = [0, 25, 50, 75, 100].flatMap((m) => [
    svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(m), y2: y(m), stroke: '#e6d8c3', 'stroke-width': 1 }),
    svg('text', { x: PAD.left - 8, y: y(m) + 4, 'text-anchor': 'end', 'font-size': 12 }, String(m)),
  ]);
  const breakdownBeats = new Set(report.decisions.filter((d) => d.breakdown).map((d) => d.beat));
  const bands = points.flatMap((p, i) =>
    breakdownBeats.has(p.beat) ? [svg('rect', { x: x(i) - 6, y: PAD.top, width: 12, height: innerH, fill: '#fbe3d6', rx: 4 })] : [],
  );
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.mood).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) =>
    svg('circle', { cx: x(i), cy: y(p.mood), r: 5, fill: '#b8561f', stroke: '#fff', 'stroke-width': 2 }, svg('title', {}, `${beatLabel(p.beat)}: ${p.mood}`)),
  );
  const chart = svg(
    'svg',
    { class: 'mood-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `Mood went from ${points[0]?.mood ?? 0} to ${points[points.length - 1]?.mood ?? 0} out of 100` },
    ...bands,
    ...grid,
    svg('path', { d: path, fill: 'none', stroke: '#b8561f', 'stroke-width': 3, 'stroke-linejoin': 'round' }),
    ...dots,
    svg('text', { x: PAD.left, y: HEIGHT - 8, 'font-size': 12 }, 'Start'),
    svg('text', { x: WIDTH - PAD.right, y: HEIGHT - 8, 'font-size': 12, 'text-anchor': 'end' }, 'End'),
  );
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', {}, 'Customer mood at each moment of the story'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Moment'), h('th', { scope: 'col' }, 'Mood (0–100)'))),
    h('tbody', {}, ...points.map((p) => h('tr', {}, h('td', {}, beatLabel(p.beat)), h('td', {}, String(p.mood))))),
  );
  return h('div', {}, chart, table);
}
