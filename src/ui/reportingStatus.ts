// A quiet line that says whether, and how well, plays are reaching the LMS.
// Shown only when an LMS launched the game; kept current as statements go out.
import type { PlayReporter } from '../lms/reporter.ts';
import { button, h } from './dom.ts';

export function reportingStatus(reporter: PlayReporter): { element: HTMLElement | null; dispose(): void } {
  if (reporter.status() === null) return { element: null, dispose: () => undefined };
  const line = h('span', {}, reporter.status() ?? '');
  const back = reporter.returnUrl();
  const leave = back
    ? button('Return to your course', () => {
        // The session ends (cmi5 terminated) and waiting statements go out before the page does, within a moment.
        const go = () => window.location.assign(back);
        void Promise.race([reporter.exit(), new Promise((resolve) => setTimeout(resolve, 3000))]).then(go, go);
      }, { class: 'button' })
    : null;
  const element = h('div', { class: 'lms-status' }, h('p', { role: 'status' }, line), leave);
  const dispose = reporter.subscribe(() => {
    const text = reporter.status();
    line.textContent = text ?? '';
    element.hidden = text === null;
  });
  return { element, dispose };
}
