// The certificate for a completed track: the trainee's name, the date, the track
// and the grades, laid out to print on one A4 or Letter page (certificate.css).
import type { Track, TrackStanding } from '../engine/runtime.ts';
import { formatDate, t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { storyWords } from './messageParts.ts';
import './certificate.css';
import { timeLimitsNote } from './timeLimitsNote.ts';

export interface CertificateActions {
  back(): void;
  rename(name: string): void;
  print(): void;
}

/**
 * `name` is the saved name, or the one the LMS gives the learner, offered until they write their own;
 * `completedOn` is written as the page's language writes a date.
 */
export function certificateScreen(
  track: Track,
  standing: readonly TrackStanding[],
  titles: ReadonlyMap<string, string>,
  completedOn: Date,
  name: string | undefined,
  actions: CertificateActions,
): HTMLElement {
  const nameInput = h('input', {
    id: 'trainee-name',
    type: 'text',
    autocomplete: 'name',
    maxlength: 80,
    value: name ?? '',
    placeholder: t('certificate.namePlaceholder'),
    'aria-describedby': 'cert-name-help',
  });
  const nameOut = h('p', { class: 'cert-name' });
  const help = h('p', { id: 'cert-name-help', class: 'cert-help', role: 'status' });
  const nameFirst = t('certificate.nameFirst');
  const show = () => {
    const typed = nameInput.value.trim();
    nameOut.textContent = typed || t('certificate.noName');
    nameOut.classList.toggle('empty', !typed);
    if (typed) nameInput.removeAttribute('aria-invalid');
    // A live region: set only when the words change, so typing does not repeat them at every key.
    const words = t(typed ? 'certificate.checkSpelling' : 'certificate.nameNeeded');
    if (help.textContent !== words && !(typed === '' && help.textContent === nameFirst)) help.textContent = words;
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
    help.textContent = nameFirst;
    nameInput.focus();
  };
  return h(
    'div',
    { class: 'screen certificate-screen' },
    h(
      'div',
      { class: 'card cert-controls' },
      h('label', { for: 'trainee-name' }, t('certificate.nameLabel')),
      nameInput,
      help,
      h(
        'div',
        { class: 'debrief-actions' },
        button(t('certificate.print'), print, { class: 'button primary' }),
        button(t('certificate.back'), actions.back, { class: 'button' }),
      ),
    ),
    h(
      'article',
      { class: 'certificate printed-alone', 'aria-labelledby': 'cert-title' },
      h('p', { class: 'cert-kicker' }, t('certificate.kicker')),
      h('h1', { id: 'cert-title' }, t('certificate.title')),
      h('p', {}, t('certificate.certifies')),
      nameOut,
      h('p', {}, t('certificate.completed')),
      h('p', { class: 'cert-track' }, storyWords(track.title)),
      h(
        'p',
        { class: 'cert-date' },
        t('certificate.date', { date: formatDate(completedOn, { year: 'numeric', month: 'long', day: 'numeric' }) }),
      ),
      h(
        'table',
        { class: 'cert-grades' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('certificate.story')),
            h('th', { scope: 'col' }, t('certificate.grade')),
            h('th', { scope: 'col' }, t('certificate.needed')),
          ),
        ),
        h(
          'tbody',
          {},
          ...standing.map((s) =>
            h(
              'tr',
              {},
              h('td', {}, storyWords(titles.get(s.scenario) ?? s.scenario)),
              h('td', {}, `${s.best ?? t('certificate.noGrade')}${timeLimitsNote(s.bestTimeLimits)}`),
              h('td', {}, s.pass),
            ),
          ),
        ),
      ),
    ),
    h('p', { class: 'cert-print-note printed-alone', 'aria-hidden': 'true' }, t('certificate.printNote')),
  );
}
