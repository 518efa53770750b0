// The player's progress: every attempt, mastery per principle (a table that is
// also the chart), what to practise next, and moving progress between devices.
import type { Attempt } from '../play/progress/progressSchema.ts';
import type { KeptAside, Restored } from '../play/progress/progressStore.ts';
import {
  masteryByPrinciple,
  plural,
  principleById,
  type Catalogue,
  type Principle,
  type Scenario,
} from '../engine/runtime.ts';
import { principlesCited } from '../engine/scenarioFacts.ts';
import { button, h } from './dom.ts';
import './keptAside.css';
import './profileStatus.css';

export interface ProfileActions {
  back(): void;
  play(scenarioId: string): void;
  /** Starts the download and says what it holds (src/ui/profileMessages.ts). */
  exportProgress(): string;
  /** On success, what was added: the screen is then shown again with it as its `confirmation`. */
  importProgress(file: File): Promise<{ ok: true; message: string } | { ok: false; errors: string[] }>;
  /** Says a change aloud through the page's announcer. */
  announce(text: string): void;
  restoreKeptAside(key: string): Restored;
  downloadKeptAside(key: string): void;
}

export interface ProfileData {
  attempts: readonly Attempt[];
  catalogue: Catalogue;
  scenarios: readonly Scenario[];
  notices: readonly string[];
  /** Saves that could not be read, kept aside: each can be downloaded, and its readable plays restored. */
  keptAside: readonly KeptAside[];
  /** What the last import added, shown again once the screen has been rebuilt with the new plays. */
  confirmation?: string | undefined;
}

export function profileScreen(data: ProfileData, actions: ProfileActions): HTMLElement {
  const principles = principleById(data.catalogue);
  const mastery = masteryByPrinciple(data.attempts.flatMap((a) => a.evidence));
  // Confirmations are seen here and heard through the announcer (which still speaks after the screen is
  // rebuilt with the imported plays); a failure is an alert, heard as it appears.
  const importStatus = h(
    'div',
    { class: 'import-status' },
    data.confirmation && h('p', { class: 'confirmation' }, data.confirmation),
  );
  const confirm = (text: string) => {
    importStatus.replaceChildren(h('p', { class: 'confirmation' }, text));
    actions.announce(text);
  };

  const fileInput = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-label': 'Progress file to import',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const result = await actions.importProgress(file);
    if (result.ok) confirm(result.message);
    else
      importStatus.replaceChildren(
        h(
          'div',
          { role: 'alert' },
          h('p', {}, `${file.name} could not be imported:`),
          h('ul', { class: 'error-list' }, ...result.errors.map((e) => h('li', {}, h('code', {}, e)))),
        ),
      );
    fileInput.value = '';
  });

  return h(
    'div',
    { class: 'screen profile-screen' },
    h(
      'div',
      { class: 'profile-grid' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'profile-title' },
        h('h1', { id: 'profile-title', tabindex: -1 }, 'Your progress'),
        ...data.notices.map((n) => h('p', { class: 'notice', role: 'alert' }, n)),
        h(
          'p',
          {},
          data.attempts.length
            ? `${plural(data.attempts.length, { one: '# story', other: '# stories' })} played.`
            : 'No stories finished yet. Play one and your results appear here.',
        ),
        h(
          'div',
          { class: 'debrief-actions' },
          button('Back to the stories', actions.back, { class: 'button primary' }),
          button('Export progress', () => confirm(actions.exportProgress()), {
            class: 'button',
            disabled: data.attempts.length === 0,
          }),
          button('Import progress', () => fileInput.click(), { class: 'button' }),
          fileInput,
        ),
        importStatus,
        keptAsideList(data.keptAside, actions),
        suggestions(mastery, data, principles, actions),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'mastery-title' },
        h('h2', { id: 'mastery-title' }, 'Principles mastered'),
        h(
          'p',
          { class: 'mastery-rule' },
          'Counted from the options you chose: a principle counts for you when your choice upholds it, and as missed when your choice breaks it. A principle that only the options you did not take mention is not counted either way.',
        ),
        masteryTable(mastery, data.catalogue),
      ),
      // A card of its own, across the page: inside the mastery column its control would come after the left column's
      // last button but sit above it, against the reading order.
      h(
        'section',
        { class: 'card principles-card', 'aria-label': 'Where each principle sits in the articles' },
        whereEachSits(data.catalogue),
      ),
      h(
        'section',
        { class: 'card attempts-card', 'aria-labelledby': 'attempts-title' },
        h('h2', { id: 'attempts-title' }, 'Every attempt'),
        attemptsTable(data.attempts),
      ),
    ),
  );
}

function keptAsideList(kept: readonly KeptAside[], actions: ProfileActions): HTMLElement | null {
  if (kept.length === 0) return null;
  const status = h('div', { class: 'import-status', 'aria-live': 'polite' });
  const restore = (key: string) => {
    const result = actions.restoreKeptAside(key);
    const plays = (n: number) => plural(n, { one: '# play', other: '# plays' });
    status.replaceChildren(
      result.ok
        ? h(
            'p',
            { role: 'status' },
            `Restored ${plays(result.added)} not already here${result.leftOut ? `; ${plays(result.leftOut)} in it could not be read and stay only in the copy` : ''}.`,
          )
        : h(
            'div',
            { role: 'alert' },
            h('p', {}, 'That save could not be restored:'),
            h('ul', { class: 'error-list' }, ...result.errors.map((e) => h('li', {}, h('code', {}, e)))),
          ),
    );
  };
  return h(
    'div',
    { class: 'kept-aside' },
    h('h2', { id: 'kept-aside-title' }, 'Saves kept aside'),
    h(
      'p',
      {},
      'Saves this browser could not fully read. Nothing in them has been thrown away: restore the plays that can be read, or download a save to keep or send on.',
    ),
    h(
      'ul',
      { 'aria-labelledby': 'kept-aside-title' },
      ...kept.map((k, i) => {
        const id = `kept-aside-${i}`;
        const when =
          k.keptAt && !Number.isNaN(Date.parse(k.keptAt))
            ? `Kept aside ${new Date(k.keptAt).toLocaleString()}`
            : 'Kept as it was, under its own key (there was no room for a copy)';
        return h(
          'li',
          {},
          h('span', { id }, `${when} · ${sizeText(k.size)}`),
          h(
            'span',
            { class: 'debrief-actions' },
            button('Restore', () => restore(k.key), { class: 'button', 'aria-describedby': id }),
            button('Download', () => actions.downloadKeptAside(k.key), { class: 'button', 'aria-describedby': id }),
          ),
        );
      }),
    ),
    status,
  );
}

const sizeText = (chars: number) =>
  chars >= 1_000_000
    ? `${(chars / 1_000_000).toFixed(1)} MB`
    : chars >= 1000
      ? `${Math.round(chars / 1000)} KB`
      : `${chars} bytes`;

type MasteryRow = ReturnType<typeof masteryByPrinciple>[number];

const WHOSE = { frontline: 'Yours', organisation: 'Granted by the business' } as const;

function masteryTable(mastery: readonly MasteryRow[], catalogue: Catalogue): HTMLElement {
  if (mastery.length === 0)
    return h('p', {}, 'Mastery appears once you have made decisions where principles were at stake.');
  const principles = principleById(catalogue);
  return h(
    'table',
    { class: 'mastery-table' },
    h('caption', { class: 'visually-hidden' }, 'How often you upheld each principle when your choice touched it'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Principle'),
        h('th', { scope: 'col' }, 'Upheld'),
        h('th', { scope: 'col' }, 'Share'),
      ),
    ),
    h(
      'tbody',
      {},
      ...[...mastery].reverse().map((m) => {
        const principle = principles.get(m.principle);
        return h(
          'tr',
          {},
          h(
            'th',
            { scope: 'row' },
            principle?.name ?? m.principle,
            principle && h('span', { class: `whose ${principle.who}` }, WHOSE[principle.who]),
          ),
          h('td', {}, `${m.upheld} of ${m.atStake}`),
          // The bar runs in a track that leaves room for its value beside it, so "100%" fits in the narrowest cell.
          h(
            'td',
            { class: 'bar-cell' },
            h(
              'span',
              { class: 'bar-track', 'aria-hidden': 'true' },
              h('span', { class: 'bar', style: `width:${Math.round(m.share * 100)}%` }),
            ),
            h('span', { class: 'bar-value' }, `${Math.round(m.share * 100)}%`),
          ),
        );
      }),
    ),
  );
}

/** Where each principle sits in the articles' argument: what the person serving does, and what the business grants. */
function whereEachSits(catalogue: Catalogue): HTMLElement {
  const articleTitle = new Map(catalogue.articles.map((a) => [a.file, `“${a.title}”`]));
  const group = (who: 'frontline' | 'organisation', title: string) =>
    h(
      'div',
      {},
      h('h3', {}, title),
      h(
        'dl',
        { class: 'principle-arguments' },
        ...catalogue.principles
          .filter((p) => p.who === who)
          .flatMap((p) => [
            h('dt', {}, p.name),
            h(
              'dd',
              {},
              p.argument,
              h(
                'span',
                { class: 'principle-sources' },
                ` From: ${p.sources.map((file) => articleTitle.get(file) ?? file).join('; ')}.`,
              ),
            ),
          ]),
      ),
    );
  return h(
    'details',
    { class: 'where-principles-sit' },
    h('summary', {}, 'Where each principle sits in the articles'),
    group('frontline', 'What the person serving does'),
    group(
      'organisation',
      'What the business has to grant: you can only use these where your business gives you the authority',
    ),
  );
}

function attemptsTable(attempts: readonly Attempt[]): HTMLElement {
  if (attempts.length === 0) return h('p', {}, 'Nothing here yet.');
  return h(
    'table',
    { class: 'attempts-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'When'),
        h('th', { scope: 'col' }, 'Story'),
        h('th', { scope: 'col' }, 'Grade'),
        h('th', { scope: 'col' }, 'Score'),
        h('th', { scope: 'col' }, 'Seed'),
      ),
    ),
    h(
      'tbody',
      {},
      ...[...attempts]
        .reverse()
        .map((a) =>
          h(
            'tr',
            {},
            h('td', {}, new Date(a.endedAt).toLocaleString()),
            h('td', {}, a.title),
            h('td', { 'data-grade': a.grade }, a.grade),
            h('td', {}, `${a.percent}%`),
            h('td', {}, h('code', {}, a.seed)),
          ),
        ),
    ),
  );
}

/** The weakest principles first (never practised counts as weakest), each with a story that practises it. */
function suggestions(
  mastery: readonly MasteryRow[],
  data: ProfileData,
  principles: ReadonlyMap<string, Principle>,
  actions: ProfileActions,
): HTMLElement | null {
  const practised = new Map(mastery.map((m) => [m.principle, m.share]));
  const bestGrade = new Map<string, string>();
  for (const a of data.attempts)
    if (!bestGrade.has(a.scenarioId) || a.grade < (bestGrade.get(a.scenarioId) ?? 'F'))
      bestGrade.set(a.scenarioId, a.grade);
  const weakest = data.catalogue.principles
    .map((p) => ({ id: p.id, share: practised.get(p.id) ?? -1 }))
    .filter((p) => p.share < 1)
    .sort((a, b) => a.share - b.share)
    .flatMap((p) => {
      const story = data.scenarios.find((s) => principlesCited(s).includes(p.id) && bestGrade.get(s.id) !== 'A');
      return story ? [{ principle: p, story }] : [];
    })
    // One suggestion per story: the first (weakest) principle it would practise.
    .filter((s, i, all) => all.findIndex((o) => o.story.id === s.story.id) === i)
    .slice(0, 3);
  if (weakest.length === 0) return null;
  return h(
    'div',
    { class: 'suggestions' },
    h('h2', {}, 'Try next'),
    h(
      'ul',
      {},
      ...weakest.map(({ principle, story }) =>
        h(
          'li',
          {},
          button(`${story.title}`, () => actions.play(story.id), { class: 'button' }),
          ` practises “${principles.get(principle.id)?.name ?? principle.id}”${principle.share < 0 ? ', which you have not met yet' : `, which you upheld ${Math.round(principle.share * 100)}% of the time`}.`,
        ),
      ),
    ),
  );
}
