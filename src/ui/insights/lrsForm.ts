// Insights' second source: the LRS itself. An address and a key that may read (or the launch's own), optional
// filters, then the LRS's pages read with a live count, a bar of how much of its stored times is read, and a Stop
// button; each failure is said in plain words, and what was read before it stays counted.
import { formatDate, t } from '../../i18n/intl.ts';
import type { LrsFailure, LrsOutcome, LrsQuery } from '../../play/insights/readLrs.ts';
import { button, h } from '../dom.ts';

export interface LrsSource {
  trusted: readonly string[] | null;
  launched: { endpoint: string; auth: string } | null;
  isTrusted(address: string, trusted: readonly string[]): boolean;
  /**
   * Reads the LRS into a new source named `source` (the Insights worker), telling each page's running count and the
   * share of the LRS's stored times read (null while that is not known).
   */
  read(
    source: string,
    query: LrsQuery,
    onPage: (statements: number, pages: number, share: number | null) => void,
  ): Promise<LrsOutcome>;
  /** Stops the reading before its next page. */
  stop(): void;
}

const field = (id: string, label: string, input: HTMLInputElement, hint?: string) => {
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return h(
    'div',
    { class: 'lrs-field' },
    h('label', { for: id }, label),
    input,
    hint ? h('p', { class: 'insights-note', id: `${id}-hint` }, hint) : null,
  );
};

// Addresses, keys and ids read left to right in every language (an Arabic page included).
const input = (id: string, type: string, extra: Record<string, string | boolean> = {}) =>
  h('input', { id, type, autocomplete: 'off', spellcheck: false, dir: 'ltr', ...extra });

/** An address inside a sentence, isolated so a right-to-left sentence does not move its slashes about. */
const isolated = (text: string) => `\u2068${text}\u2069`;

/** How often at most the running count of a reading is said. */
const SAY_EVERY_MS = 1000;

export function lrsForm(source: LrsSource): HTMLElement {
  const endpoint = input('lrs-endpoint', 'url', { placeholder: 'https://lrs.example.com/xapi/' });
  endpoint.value = source.launched?.endpoint ?? '';
  const username = input('lrs-username', 'text');
  const password = input('lrs-password', 'password');
  const activity = input('lrs-activity', 'text');
  const registration = input('lrs-registration', 'text');
  const since = input('lrs-since', 'date');
  const until = input('lrs-until', 'date');
  const status = h('p', { role: 'status', class: 'lrs-status' });
  // The counts are said in the status; the bar shows how much of the stored times is read, so it stands still between
  // pages (an endless animation took a fifth of a core from the reading) and moves only while that is unknown.
  const progress = h('progress', { class: 'lrs-progress', hidden: true, 'aria-hidden': 'true', max: '1', value: '0' });
  const stop = button(t('insights.lrs.stop'), () => source.stop(), { class: 'button', hidden: true });
  const start = button(t('insights.lrs.read'), () => void read(), { class: 'button primary' });

  async function read(): Promise<void> {
    const address = endpoint.value.trim();
    const refusal = addressProblem(address, source);
    if (refusal) {
      status.textContent = refusal;
      endpoint.focus();
      return;
    }
    const typed = username.value || password.value;
    const auth = typed ? `Basic ${btoa(`${username.value}:${password.value}`)}` : (source.launched?.auth ?? '');
    const query: LrsQuery = {
      endpoint: address,
      auth,
      activity: activity.value.trim() || undefined,
      registration: registration.value.trim() || undefined,
      since: since.value ? new Date(`${since.value}T00:00`).toISOString() : undefined,
      until: until.value ? new Date(`${until.value}T23:59:59.999`).toISOString() : undefined,
    };
    const host = new URL(address).host;
    let statements = 0;
    // Pages come many a second: the count is said at most every SAY_EVERY_MS, the latest each time, so a screen
    // reader can finish saying it and a big page is not laid out again for every page.
    let showRead = () => {};
    let shownAt = -SAY_EVERY_MS;
    let shownLater: ReturnType<typeof setTimeout> | undefined;
    const showReadNow = () => {
      shownLater = undefined;
      shownAt = performance.now();
      showRead();
    };
    start.disabled = true;
    stop.hidden = false;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = t('insights.lrs.reading', { host: isolated(host) });
    try {
      const outcome = await source.read(
        t('insights.lrs.source', { host, time: formatDate(new Date(), { timeStyle: 'short' }) }),
        query,
        (count, pages, share) => {
          statements = count;
          showRead = () => {
            status.textContent = t('insights.lrs.progress', { statements, pages });
            if (share === null) progress.removeAttribute('value');
            else progress.value = share;
          };
          shownLater ??= setTimeout(showReadNow, Math.max(0, SAY_EVERY_MS - (performance.now() - shownAt)));
        },
      );
      status.textContent = outcomeText(outcome, address, statements);
    } catch (error) {
      // The reader itself broke (its worker): said as such, and the form can be used again.
      status.textContent = brokenText(error);
    } finally {
      // The ending said stays: no count said after it.
      clearTimeout(shownLater);
      start.disabled = false;
      stop.hidden = true;
      progress.hidden = true;
    }
  }

  const launchedNote = source.launched ? t('insights.lrs.launched') : undefined;
  return h(
    'details',
    { class: 'insights-lrs' },
    h('summary', {}, t('insights.lrs.heading')),
    h('p', { class: 'insights-note' }, t('insights.lrs.intro')),
    h(
      'div',
      { class: 'lrs-fields' },
      field('lrs-endpoint', t('insights.lrs.endpoint'), endpoint),
      field('lrs-username', t('insights.lrs.username'), username, launchedNote),
      field('lrs-password', t('insights.lrs.password'), password),
      field('lrs-activity', t('insights.lrs.activity'), activity, t('insights.lrs.activityHint')),
      field('lrs-registration', t('insights.lrs.registration'), registration, t('insights.lrs.registrationHint')),
      field('lrs-since', t('insights.lrs.since'), since),
      field('lrs-until', t('insights.lrs.until'), until),
    ),
    h('div', { class: 'insights-add' }, start, stop, progress),
    status,
  );
}

/** A fault of the game's own (the Insights worker broke), said as such; what was counted before stays drawn. */
export const brokenText = (error: unknown): string =>
  t('insights.broken', { message: error instanceof Error ? error.message : String(error) });

function addressProblem(address: string, source: LrsSource): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return t('insights.lrs.badAddress', { endpoint: isolated(address) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return t('insights.lrs.badAddress', { endpoint: isolated(address) });
  if (source.trusted && !source.isTrusted(address, source.trusted))
    return t('insights.lrs.untrusted', { origin: isolated(url.origin), trusted: isolated(source.trusted.join(', ')) });
  return null;
}

function outcomeText(outcome: LrsOutcome, endpoint: string, statements: number): string {
  const kept = t('insights.lrs.kept', { statements });
  if (outcome.kind === 'done') return t('insights.lrs.done', { statements, host: isolated(new URL(endpoint).host) });
  if (outcome.kind === 'cancelled') return t('insights.lrs.stopped', { statements });
  return `${failureText(outcome.failure, endpoint)} ${kept}`;
}

function failureText(failure: LrsFailure, endpoint: string): string {
  switch (failure.kind) {
    case 'unreachable':
      return t('insights.lrs.unreachable', { endpoint: isolated(endpoint), origin: isolated(location.origin) });
    case 'refused':
      return t('insights.lrs.refused', { status: failure.status });
    case 'not-found':
      return t('insights.lrs.notFound', { endpoint: isolated(endpoint), status: failure.status });
    case 'server':
      return t('insights.lrs.server', { status: failure.status });
    case 'not-statements':
      return t('insights.lrs.notStatements', { endpoint: isolated(endpoint) });
  }
}
