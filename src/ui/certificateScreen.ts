// The certificate for a completed track: the trainee's name, the date, the track
// and the grades, laid out to print on one A4 or Letter page.
import type { Track, TrackStanding } from '../engine/index.ts';
import { button, h } from './dom.ts';
import { timeLimitsNote } from './timeLimitsNote.ts';

export interface CertificateActions {
  back(): void;
  rename(name: string): void;
  print(): void;
}

export function certificateScreen(
  track: Track,
  standing: readonly TrackStanding[],
  titles: ReadonlyMap<string, string>,
  completedOn: string,
  name: string | undefined,
  actions: CertificateActions,
): HTMLElement {
  const nameInput = h('input', { id: 'trainee-name', type: 'text', autocomplete: 'name', maxlength: 80, value: name ?? '', placeholder: 'Your full name' });
  const nameOut = h('p', { class: 'cert-name' }, name ?? 'Your name here');
  nameInput.addEventListener('input', () => {
    nameOut.textContent = nameInput.value.trim() || 'Your name here';
    actions.rename(nameInput.value);
  });
  return h(
    'div',
    { class: 'screen certificate-screen' },
    h(
      'div',
      { class: 'card cert-controls no-print' },
      h('label', { for: 'trainee-name' }, 'Name on the certificate'),
      nameInput,
      h('div', { class: 'debrief-actions' }, button('Print certificate', actions.print, { class: 'button primary' }), button('Back to the track', actions.back, { class: 'button' })),
    ),
    h(
      'article',
      { class: 'certificate', 'aria-labelledby': 'cert-title' },
      h('p', { class: 'cert-kicker' }, 'Service Hero'),
      h('h1', { id: 'cert-title' }, 'Certificate of completion'),
      h('p', {}, 'This certifies that'),
      nameOut,
      h('p', {}, 'has completed the customer-service training track'),
      h('p', { class: 'cert-track' }, track.title),
      h('p', { class: 'cert-date' }, `on ${completedOn}`),
      h(
        'table',
        { class: 'cert-grades' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Story'), h('th', { scope: 'col' }, 'Grade'), h('th', { scope: 'col' }, 'Needed'))),
        h('tbody', {}, ...standing.map((s) => h('tr', {}, h('td', {}, titles.get(s.scenario) ?? s.scenario), h('td', {}, `${s.best ?? '—'}${timeLimitsNote(s.bestTimeLimits)}`), h('td', {}, s.pass)))),
      ),
    ),
  );
}
