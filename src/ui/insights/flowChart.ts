// A story's choice map: the story as the studio maps it (a box per beat, an arrow per way on), each arrow as wide
// as the number of plays that went that way and coloured by the service level of the decision it is, each beat
// with how many plays reached it. A picture of the tables below it (each beat's choices and counts), which a
// screen reader reads instead; it downloads as SVG or PNG like the other charts.
import { SERVICE_LEVELS } from '../../engine/runtime.ts';
import { direction, formatNumber, t } from '../../i18n/intl.ts';
import { storyTextAttributes } from '../../i18n/storyLanguage.ts';
import type { FlowMap } from '../../play/insights/flowMap.ts';
import { NODE_HEIGHT, NODE_WIDTH, type MapEdge, type MapNode } from '../../play/studio/storyMap.ts';
import { h, svg } from '../dom.ts';
import { LEVEL_LABELS } from '../levels.ts';
import { clip, curveOf } from '../studio/mapShapes.ts';
import { atOwnSize, colour, figure } from './charts.ts';

/** The map drawn at this share of the studio's size: its words about as large as the tables'; a long story scrolls. */
const SCALE = 0.8;
const MARGIN = 24;
/** The widest arrow, for the way most plays went; a way nobody went is a thin dashed line. */
const WIDEST = 22;
const FONT = 19;
const CONTINUE_OPACITY = 0.45;

export function flowChart(
  flow: FlowMap,
  storyTitle: string,
  beatTitle: (beat: string) => string,
  file: string,
): HTMLElement {
  const { map } = flow;
  const most = Math.max(1, ...flow.edges);
  const at = new Map(map.nodes.map((n) => [n.id, n]));
  const width = map.width + 2 * MARGIN;
  // Room below for the arrows that go back to an earlier column, drawn under the beats (the studio's curves).
  const back = map.edges.some((e) => at.get(e.to)!.column < at.get(e.from)!.column);
  const height = map.height + 2 * MARGIN + (back ? NODE_HEIGHT + 90 : 0);
  const ink = colour('ink');
  const ways = map.edges.map((edge, i) => {
    const count = flow.edges[i]!;
    return { edge, count, width: count ? 3 + (WIDEST - 3) * (count / most) : 1.5, shift: 0 };
  });
  sideBySide(ways);
  // The widest last, so a thin way is never hidden under it.
  const arrows = ways.sort((a, b) => a.count - b.count).map((way) => arrow(way, at));
  const boxes = map.nodes.map((node) => {
    const reached = flow.beats[node.id] ?? 0;
    const title = beatTitle(node.id);
    const { lang, dir } = storyTextAttributes(title);
    return svg(
      'g',
      { transform: `translate(${node.x},${node.y})`, 'data-beat': node.id },
      svg('title', {}, title),
      svg('rect', {
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        rx: 12,
        fill: 'white',
        stroke: node.ending ? colour('accent') : ink,
        'stroke-width': node.breakdown || node.ending ? 4 : 2,
        'stroke-dasharray': reached ? 'none' : '6 5',
      }),
      // Centred, so a title in a language written right to left sits in its box as one written left to right does.
      svg(
        'text',
        {
          x: NODE_WIDTH / 2,
          y: 26,
          'text-anchor': 'middle',
          'font-size': FONT,
          'font-weight': 700,
          fill: ink,
          lang,
          direction: dir,
        },
        clip(title, 18),
      ),
      svg(
        'text',
        { x: NODE_WIDTH / 2, y: 52, 'text-anchor': 'middle', 'font-size': FONT - 3, fill: ink, direction: direction() },
        t('insights.flow.reached', { count: reached }),
      ),
    );
  });
  // Scaled inside, so the picture's own units are its pixels, as the downloads (charts.ts) expect of a chart.
  const drawing = svg(
    'svg',
    {
      width: Math.round(width * SCALE),
      height: Math.round(height * SCALE),
      viewBox: `0 0 ${Math.round(width * SCALE)} ${Math.round(height * SCALE)}`,
      class: 'insights-flow',
    },
    svg(
      'g',
      { transform: `scale(${SCALE}) translate(${MARGIN},${MARGIN})` },
      svg('g', { fill: 'none' }, ...arrows),
      ...boxes,
    ),
  );
  // Its size on the page, which insights.css grows with the text size (the attributes stay the download's), set
  // through the CSSOM: the page's Content-Security-Policy refuses a style attribute.
  drawing.style.setProperty('--flow-width', `${Math.round(width * SCALE)}px`);
  const legend: { label: string; fill: string; opacity?: number }[] = [
    ...SERVICE_LEVELS.map((level) => ({
      label: LEVEL_LABELS[level],
      fill: colour(level),
    })),
    { label: t('story.continue'), fill: colour('ink-soft'), opacity: CONTINUE_OPACITY },
  ];
  const label = t('insights.flow.label', { story: storyTitle, plays: flow.plays });
  // Wider than the screen for a long story: it scrolls sideways.
  const shown = atOwnSize(figure(drawing, label, { file, title: storyTitle, legend }));
  // The key the picture file draws above itself, here in the page's words (hidden from a screen reader, which has
  // the tables).
  shown.prepend(
    h(
      'ul',
      { class: 'insights-legend', 'aria-hidden': 'true' },
      ...legend.map(({ label, fill, opacity = 1 }) =>
        h('li', {}, h('span', { class: 'swatch', style: `background: ${fill}; opacity: ${opacity}` }), label),
      ),
    ),
  );
  return shown;
}

interface Way {
  edge: MapEdge;
  count: number;
  width: number;
  /** How far the arrow is moved across its length, to lie beside the others between the same two beats. */
  shift: number;
}

/** Ways between the same two beats (two choices that lead to one beat), side by side rather than one over another. */
function sideBySide(ways: Way[]): void {
  const pairs = new Map<string, Way[]>();
  for (const way of ways) {
    const key = `${way.edge.from}\u0000${way.edge.to}`;
    pairs.set(key, [...(pairs.get(key) ?? []), way]);
  }
  for (const group of pairs.values()) {
    let at = -group.reduce((sum, way) => sum + way.width, 0) / 2;
    for (const way of group) {
      way.shift = at + way.width / 2;
      at += way.width;
    }
  }
}

function arrow({ edge, count, width, shift }: Way, at: Map<string, MapNode>): SVGElement {
  const [p0, p1, p2, p3] = curveOf(at.get(edge.from)!, at.get(edge.to)!).map(([x, y]) => [x, y + shift]);
  const way = edge.level ? LEVEL_LABELS[edge.level] : t('story.continue');
  return svg(
    'path',
    {
      d: `M${p0!.join(',')} C${p1!.join(',')} ${p2!.join(',')} ${p3!.join(',')}`,
      stroke: edge.level ? colour(edge.level) : colour('ink-soft'),
      'stroke-width': width,
      'stroke-dasharray': count ? 'none' : '5 6',
      // Continue is no decision: lighter, so the decisions' colours stand out (Routine's grey is close to it).
      'stroke-opacity': (count ? 0.85 : 0.6) * (edge.level ? 1 : CONTINUE_OPACITY),
      'data-count': count,
    },
    svg('title', {}, `${edge.text || way}: ${formatNumber(count)}`),
  );
}
