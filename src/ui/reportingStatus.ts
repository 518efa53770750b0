// A quiet line that says whether, and how well, plays are reaching the LMS.
// Shown only when an LMS launched the game; kept current as statements go out.
// Statements the LRS refused for good can be saved from here as a JSON file.
import type { PlayReporter } from '../lms/reporter.ts';
import { t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { download } from './download.ts';

export function reportingStatus(reporter: PlayReporter): { element: HTMLElement | null; dispose(): void } {
  if (reporter.status() === null) return { element: null, dispose: () => undefined };
  const line = h('span', {}, reporter.status() ?? '');
  const back = reporter.returnUrl();
  const leave = back
    ? button(
        t('notices.lms.return'),
        () => {
          // The session ends (cmi5 terminated) and waiting statements go out before the page does, within a moment.
          const go = () => window.location.assign(back);
          void Promise.race([reporter.exit(), new Promise((resolve) => setTimeout(resolve, 3000))]).then(go, go);
        },
        { class: 'button' },
      )
    : null;
  const undelivered = () => reporter.undelivered?.() ?? [];
  const save = button('', () => saveSetAside(undelivered()), { class: 'button' });
  const showSave = () => {
    const count = undelivered().length;
    save.hidden = count === 0;
    save.textContent = t('notices.lms.saveSetAside', { count });
  };
  showSave();
  const element = h('div', { class: 'lms-status' }, h('p', { role: 'status' }, line), save, leave);
  const dispose = reporter.subscribe(() => {
    const text = reporter.status();
    line.textContent = text ?? '';
    element.hidden = text === null;
    showSave();
  });
  return { element, dispose };
}

/** A JSON array of the statements as they were made: what an LMS administrator can inspect, or post to the LRS once it accepts them. */
function saveSetAside(statements: readonly object[]): void {
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  download(`service-hero-set-aside-statements-${stamp}.json`, JSON.stringify(statements, null, 2), 'application/json');
}
