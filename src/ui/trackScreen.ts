// A new-hire track: its stories in order, each passed, open or locked, and the
// certificate once every story has passed.
import type { Scenario, Track, TrackStanding } from '../engine/runtime.ts';
import { button, h, svg } from './dom.ts';
import { timeLimitsNote } from './timeLimitsNote.ts';

export interface TrackActions {
  back(): void;
  start(scenarioId: string): void;
  certificate(): void;
}

export function trackScreen(
  track: Track,
  standing: readonly TrackStanding[],
  scenarios: ReadonlyMap<string, Scenario>,
  actions: TrackActions,
): HTMLElement {
  const done = standing.filter((s) => s.passed).length;
  const complete = done === standing.length;
  return h(
    'div',
    { class: 'screen track-screen' },
    h(
      'section',
      { class: 'card track-card', 'aria-labelledby': 'track-title' },
      h('h1', { id: 'track-title', tabindex: -1 }, track.title),
      h('p', {}, track.summary),
      h(
        'p',
        { class: 'track-progress', role: 'status' },
        `${done} of ${standing.length} passed${complete ? ': track complete.' : '.'}`,
      ),
      h(
        'ol',
        { class: 'track-list' },
        ...standing.map((s) => {
          const scenario = scenarios.get(s.scenario);
          const title = scenario?.title ?? s.scenario;
          const status = s.passed
            ? `Passed with ${s.best}${timeLimitsNote(s.bestTimeLimits)}`
            : s.best
              ? `Best so far ${s.best}${timeLimitsNote(s.bestTimeLimits)}; needs ${s.pass} or better`
              : s.unlocked
                ? `Needs ${s.pass} or better`
                : 'Locked until the story before it passes';
          return h(
            'li',
            { class: `track-item ${s.passed ? 'passed' : s.unlocked ? 'open' : 'locked'}` },
            h('div', {}, h('strong', {}, title), h('span', { class: 'track-status' }, status)),
            s.unlocked ? startButton(s, title, () => actions.start(s.scenario)) : padlock(),
          );
        }),
      ),
      h(
        'div',
        { class: 'debrief-actions' },
        complete && button('Your certificate', actions.certificate, { class: 'button primary' }),
        button('Back to the stories', actions.back, { class: 'button' }),
      ),
      h(
        'p',
        { class: 'how-to' },
        'Track stories are assessed: you cannot go back to an earlier moment while playing them. Your best grade counts.',
      ),
    ),
  );
}

/** The accessible name starts with the visible label (WCAG 2.5.3), so a voice user can say what they see. */
function startButton(s: TrackStanding, title: string, start: () => void): HTMLButtonElement {
  const label = s.passed ? 'Play again' : s.best ? 'Try again' : 'Start';
  return button(label, start, { class: s.passed ? 'button' : 'button primary', 'aria-label': `${label}: ${title}` });
}

/** Drawn rather than an emoji, which many machines have no font for. */
function padlock(): SVGElement {
  return svg(
    'svg',
    { class: 'lock', viewBox: '0 0 24 24', width: 28, height: 28, 'aria-hidden': 'true' },
    svg('path', {
      d: 'M7 10V7a5 5 0 0 1 10 0v3',
      fill: 'none',
      stroke: '#7a6a5e',
      'stroke-width': 2.4,
      'stroke-linecap': 'round',
    }),
    svg('rect', { x: 4, y: 10, width: 16, height: 12, rx: 3, fill: '#7a6a5e' }),
    svg('circle', { cx: 12, cy: 16, r: 1.8, fill: '#f6efe4' }),
  );
}
