// The certificate for a completed track: the trainee's name, the date, the track
// and the grades, laid out to print on one A4 or Letter page (certificate.css).
import type { Track, TrackStanding } from '../engine/runtime.ts';
import { button, h } from './dom.ts';
import './certificate.css';
import { timeLimitsNote } from './timeLimitsNote.ts';

export interface CertificateActions {
  back(): void;
  rename(name: string): void;
  print(): void;
}

const NO_NAME = 'Your name here';
const NAME_FIRST = 'Write your name first: it is printed on the certificate.';

/** `name` is the saved name, or the one the LMS gives the learner, offered until they write their own. */
export function certificateScreen(
  track: Track,
  standing: readonly TrackStanding[],
  titles: ReadonlyMap<string, string>,
  completedOn: string,
  name: string | undefined,
  actions: CertificateActions,
): HTMLElement {
  const nameInput = h('input', {
    id: 'trainee-name',
    type: 'text',
    autocomplete: 'name',
    maxlength: 80,
    value: name ?? '',
    placeholder: 'Your full name',
    'aria-describedby': 'cert-name-help',
  });
  const nameOut = h('p', { class: 'cert-name' });
  const help = h('p', { id: 'cert-name-help', class: 'cert-help', role: 'status' });
  const show = () => {
    const typed = nameInput.value.trim();
    nameOut.textContent = typed || NO_NAME;
    nameOut.classList.toggle('empty', !typed);
    if (typed) nameInput.removeAttribute('aria-invalid');
    // A live region: set only when the words change, so typing does not repeat them at every key.
    const words = typed
      ? 'Check the spelling: this is the name that will be printed.'
      : 'The certificate is printed once your name is in.';
    if (help.textContent !== words && !(typed === '' && help.textContent === NAME_FIRST)) help.textContent = words;
  };
  nameInput.addEventListener('input', () => {
    show();
    actions.rename(nameInput.value);
  });
  show();
  // Never a certificate for "Your name here": the name is asked for first (print.css hides an unnamed one too).
  const print = () => {
    if (nameInput.value.trim()) return actions.print();
    nameInput.setAttribute('aria-invalid', 'true');
    help.textContent = NAME_FIRST;
    nameInput.focus();
  };
  return h(
    'div',
    { class: 'screen certificate-screen' },
    h(
      'div',
      { class: 'card cert-controls' },
      h('label', { for: 'trainee-name' }, 'Name on the certificate'),
      nameInput,
      help,
      h(
        'div',
        { class: 'debrief-actions' },
        button('Print certificate', print, { class: 'button primary' }),
        button('Back to the track', actions.back, { class: 'button' }),
      ),
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
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Story'),
            h('th', { scope: 'col' }, 'Grade'),
            h('th', { scope: 'col' }, 'Needed'),
          ),
        ),
        h(
          'tbody',
          {},
          ...standing.map((s) =>
            h(
              'tr',
              {},
              h('td', {}, titles.get(s.scenario) ?? s.scenario),
              h('td', {}, `${s.best ?? '—'}${timeLimitsNote(s.bestTimeLimits)}`),
              h('td', {}, s.pass),
            ),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'cert-print-note', 'aria-hidden': 'true' },
      'No name on this certificate yet. Write your name on the certificate screen, then print again.',
    ),
  );
}
