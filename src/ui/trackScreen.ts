// A new-hire track: its stories in order, each passed, open or locked, and the
// certificate once every story has passed.
import type { Track } from '../engine/track.ts';
import type { TrackStanding } from '../engine/trackStanding.ts';
import { t } from '../i18n/intl.ts';
import { storyLanguageOf, storyTextAttributes } from '../i18n/storyLanguage.ts';
import { button, h, svg } from './dom.ts';
import { storyText } from './storyText.ts';
import { timeLimitsNote } from './timeLimitsNote.ts';

export interface TrackActions {
  back(): void;
  start(scenarioId: string): void;
  certificate(): void;
}

export function trackScreen(
  track: Track,
  standing: readonly TrackStanding[],
  /** A story's title by id: the track's own (shipped) story, never a file opened with the same id. */
  titleOf: (scenarioId: string) => string | null,
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
      h('h1', { id: 'track-title', tabindex: -1, ...storyTextAttributes(track.title) }, track.title),
      storyText('p', track.summary),
      h(
        'p',
        { class: 'track-progress', role: 'status' },
        t(complete ? 'track.progressComplete' : 'track.progress', { passed: done, total: standing.length }),
      ),
      h(
        'ol',
        { class: 'track-list' },
        ...standing.map((s) => {
          const title = titleOf(s.scenario) ?? s.scenario;
          const limits = timeLimitsNote(s.bestTimeLimits);
          const status = s.passed
            ? t('track.status.passed', { grade: s.best ?? '', limits })
            : s.best
              ? t('track.status.best', { grade: s.best, limits, pass: s.pass })
              : s.unlocked
                ? t('track.status.needs', { pass: s.pass })
                : t('track.status.locked');
          return h(
            'li',
            { class: `track-item ${s.passed ? 'passed' : s.unlocked ? 'open' : 'locked'}` },
            h(
              'div',
              {},
              h('strong', { lang: storyLanguageOf(title) }, title),
              h('span', { class: 'track-status' }, status),
            ),
            s.unlocked ? startButton(s, title, () => actions.start(s.scenario)) : padlock(),
          );
        }),
      ),
      h(
        'div',
        { class: 'debrief-actions' },
        complete && button(t('track.certificate'), actions.certificate, { class: 'button primary' }),
        button(t('track.back'), actions.back, { class: 'button' }),
      ),
      h('p', { class: 'how-to' }, t('track.howTo')),
    ),
  );
}

/** The accessible name starts with the visible label (WCAG 2.5.3), so a voice user can say what they see. */
function startButton(s: TrackStanding, title: string, start: () => void): HTMLButtonElement {
  const label = t(s.passed ? 'track.playAgain' : s.best ? 'track.tryAgain' : 'track.start');
  return button(label, start, {
    class: s.passed ? 'button' : 'button primary',
    'aria-label': t('track.startLabel', { label, title }),
  });
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
