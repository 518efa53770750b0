// A quiet line that says whether, and how well, plays are reaching the LMS.
// Shown only when an LMS launched the game; kept current as statements go out.
import type { PlayReporter } from '../lms/reporter.ts';
import { h } from './dom.ts';

export function reportingStatus(reporter: PlayReporter): { element: HTMLElement | null; dispose(): void } {
  if (reporter.status() === null) return { element: null, dispose: () => undefined };
  const element = h('p', { class: 'lms-status', role: 'status' }, reporter.status() ?? '');
  const dispose = reporter.subscribe(() => {
    const line = reporter.status();
    element.textContent = line ?? '';
    element.hidden = line === null;
  });
  return { element, dispose };
}
