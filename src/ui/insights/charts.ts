// Insights' charts, drawn by Observable Plot (chosen over Vega-Lite by measurement: README › Insights): the grades
// of a story, and how each beat's decisions split between the service levels. Each is a picture of the table
// beside it, which holds the same figures for a screen reader, and downloads as SVG or PNG.
import * as Plot from '@observablehq/plot';
import { GRADES, SERVICE_LEVELS, type ServiceLevel } from '../../engine/runtime.ts';
import { t } from '../../i18n/intl.ts';
import type { StoryFigure } from '../../play/insights/figures.ts';
import { button, h } from '../dom.ts';
import { download } from '../download.ts';
import { LEVEL_LABELS } from '../levels.ts';
import { clip } from '../studio/mapShapes.ts';

export const CLASS = 'insights-plot';

/** The page's colour for a name (`--good`), so the charts follow the contrast setting. */
export const colour = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();

export function gradesChart(story: StoryFigure, title: string, file: string): HTMLElement {
  const kinds = [t('insights.grades.all'), t('insights.grades.first'), t('insights.grades.best')];
  const data = GRADES.flatMap((grade) =>
    (['all', 'first', 'best'] as const).map((kind, i) => ({ grade, kind: kinds[i]!, n: story.grades[kind][grade] })),
  );
  const most = Math.max(...data.map((d) => d.n));
  const fills = [colour('accent'), colour('good'), colour('heroic')];
  const chart = Plot.plot({
    className: CLASS,
    width: 560,
    height: 260,
    marginBottom: 40,
    marginLeft: 50,
    fx: { label: null, domain: [...GRADES] },
    x: { axis: null, domain: kinds },
    // As many ticks as plays at most, so a count of 2 is not marked 0, 0.5, 1, 1.5, 2 (and printed 0, 1, 1, 2, 2).
    y: { label: t('insights.chart.plays'), grid: true, tickFormat: 'd', ticks: Math.max(1, Math.min(5, most)) },
    color: { domain: kinds, range: fills, legend: true },
    marks: [Plot.barY(data, { fx: 'grade', x: 'kind', y: 'n', fill: 'kind' }), Plot.ruleY([0])],
  });
  const legend = kinds.map((label, i) => ({ label, fill: fills[i]! }));
  return figure(chart, t('insights.chart.grades', { story: title }), { file, title, legend });
}

export function levelsChart(
  story: StoryFigure,
  storyTitle: string,
  beatTitle: (beat: string) => string,
  file: string,
): HTMLElement {
  const levels = SERVICE_LEVELS.map((level) => LEVEL_LABELS[level]);
  const fills = SERVICE_LEVELS.map((level) => colour(level));
  const decided = story.beats.filter((b) => b.decisions > 0);
  const data = decided.flatMap((beat) =>
    (Object.entries(beat.levels) as [ServiceLevel, number][]).map(([level, n]) => ({
      beat: beatTitle(beat.beat),
      level: LEVEL_LABELS[level],
      n,
    })),
  );
  const chart = Plot.plot({
    className: CLASS,
    width: 760,
    height: 56 + decided.length * 36,
    marginLeft: 240,
    x: { label: t('insights.chart.share'), percent: true, domain: [0, 100] },
    y: { label: null, domain: decided.map((b) => beatTitle(b.beat)), tickFormat: axisTitle },
    color: { domain: levels, range: fills, legend: true },
    marks: [Plot.barX(data, Plot.stackX({ y: 'beat', x: 'n', fill: 'level', offset: 'normalize', order: levels }))],
  });
  const legend = levels.map((label, i) => ({ label, fill: fills[i]! }));
  return atOwnSize(figure(chart, t('insights.chart.levels'), { file, title: storyTitle, legend }));
}

/** Where a view puts a chart: made now, or a place kept for it that it fills in a task of its own (`chartsLater`). */
export type ChartSlot = (make: () => HTMLElement) => HTMLElement;

export const chartNow: ChartSlot = (make) => make();

/**
 * A view shown by a press of its tab: each chart is made in a task after the view's own. The first of a kind
 * drawn costs the page its code compiled as well (a cohort's heat map: 300 ms and more at once, at the first
 * press), and a press answered by one long task is a page that stops answering. A place left off the page by
 * then (the view drawn again meanwhile) is not filled.
 */
export const chartsLater: ChartSlot = (make) => {
  const slot = h('div', { class: 'insights-chart-slot' });
  setTimeout(() => {
    if (slot.isConnected) slot.replaceWith(make());
  });
  return slot;
};

/**
 * A chart drawn at its own size, so its words stay readable: wider than a phone, it scrolls sideways, in the tab
 * order when it does (insightsScreen.ts), as the story's map does.
 */
export function atOwnSize(shown: HTMLElement): HTMLElement {
  const picture = shown.querySelector('.insights-chart')!;
  const scroller = h('div', { class: 'table-scroll', 'data-label': picture.getAttribute('aria-label') ?? '' });
  picture.replaceWith(scroller);
  scroller.append(picture);
  return shown;
}

/** A beat's title on the chart's axis, cut to fit its margin (the table beside it has it whole). */
const axisTitle = (title: string) => clip(title, 32);

/**
 * The chart as the page shows it, named for a screen reader, with its downloads. Plot puts a <style> in what it
 * draws, which the page's Content-Security-Policy would refuse: it is taken out before the chart is shown (the
 * same rules are in insights.css) and put back in the files downloaded, which no policy governs.
 */
interface Export {
  file: string;
  /** What the file's picture is of, written above it with its legend (the page shows both in HTML). */
  title: string;
  legend: { label: string; fill: string }[];
}

export function figure(chart: HTMLElement | SVGSVGElement, label: string, out: Export): HTMLElement {
  const styles = [...chart.querySelectorAll('style')].map((style) => {
    style.remove();
    return style.textContent ?? '';
  });
  if (chart instanceof SVGSVGElement) chart.remove();
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector<SVGSVGElement>(`svg.${CLASS}`)!;
  const picture = h('div', { class: 'insights-chart', role: 'img', 'aria-label': label });
  picture.append(chart);
  for (const part of picture.querySelectorAll('svg')) part.setAttribute('aria-hidden', 'true');
  // Plot names its marks in English ("y-axis tick"); hidden with their picture, they would only be words untranslated.
  for (const named of picture.querySelectorAll('svg [aria-label]')) named.removeAttribute('aria-label');
  return h(
    'figure',
    { class: 'insights-figure' },
    picture,
    h(
      'div',
      { class: 'insights-downloads' },
      button(
        t('insights.chart.svg'),
        () => download(`${out.file}.svg`, standalone(svg, styles, out), 'image/svg+xml'),
        { class: 'button small' },
      ),
      button(t('insights.chart.png'), () => void png(standalone(svg, styles, out), `${out.file}.png`), {
        class: 'button small',
      }),
    ),
  );
}

const HEAD = 56;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The chart as a file of its own: its styles back in, the page's ink as its colour, on white, with its title and
 * legend drawn above it (on the page they are HTML, which a picture file cannot carry).
 */
function standalone(svg: SVGSVGElement, styles: readonly string[], out: Export): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height')) + HEAD;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', colour('ink'));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 ${-HEAD} ${width} ${height}`);
  copy.removeAttribute('aria-hidden');
  const part = <K extends keyof SVGElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | number>,
    text = '',
  ) => {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    element.textContent = text;
    return element;
  };
  const style = part('style', {}, `${styles.join('\n')}\nsvg { background: white; }`);
  const head = part('g', { 'text-anchor': 'start', 'font-size': 13 });
  head.append(part('text', { x: 8, y: -HEAD + 18, 'font-weight': 'bold' }, out.title));
  let x = 8;
  for (const { label, fill } of out.legend) {
    head.append(part('rect', { x, y: -HEAD + 30, width: 12, height: 12, fill }));
    head.append(part('text', { x: x + 17, y: -HEAD + 41 }, label));
    x += 30 + label.length * 7;
  }
  copy.prepend(style, head);
  return new XMLSerializer().serializeToString(copy);
}

/** The SVG drawn at twice its size on a canvas, saved as PNG (for slides and documents that take no SVG). */
async function png(text: string, name: string): Promise<void> {
  const size = /<svg [^>]*?width="(\d+)"[^>]*?height="(\d+)"/.exec(text);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 400);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: width * 2, height: height * 2 });
    const context = canvas.getContext('2d')!;
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) download(name, new Uint8Array(await blob.arrayBuffer()), 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
