// The player's progress: every attempt, mastery per principle (a table that is
// also the chart), what to practise next, and moving progress between devices.
import type { Attempt } from '../play/progress/progressSchema.ts';
import type { KeptAside } from '../play/progress/progressStore.ts';
import { masteryByPrinciple, principleById, type Catalogue, type Principle, type Scenario } from '../engine/runtime.ts';
import { principlesCited } from '../engine/scenarioFacts.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';
import { formatNumber, t } from '../i18n/intl.ts';
import { button, h } from './dom.ts';
import { dateTime, keptAsideList, type KeptAsideActions } from './keptAsideList.ts';
import { messageParts, sourceText } from './messageParts.ts';
import './profileStatus.css';

export interface ProfileActions extends KeptAsideActions {
  back(): void;
  play(scenarioId: string): void;
  /** Starts the download and says what it holds (src/ui/profileMessages.ts). */
  exportProgress(): string;
  /** On success, what was added: the screen is then shown again with it as its `confirmation`. */
  importProgress(file: File): Promise<{ ok: true; message: string } | { ok: false; errors: string[] }>;
  /** Says a change aloud through the page's announcer. */
  announce(text: string): void;
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
    'aria-label': t('profile.fileToImport'),
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
          h('p', {}, t('profile.importFailed', { file: file.name })),
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
        h('h1', { id: 'profile-title', tabindex: -1 }, t('profile.title')),
        ...data.notices.map((n) => h('p', { class: 'notice', role: 'alert' }, n)),
        h(
          'p',
          {},
          data.attempts.length ? t('profile.storiesPlayed', { count: data.attempts.length }) : t('profile.noStories'),
        ),
        h(
          'div',
          { class: 'debrief-actions' },
          button(t('profile.back'), actions.back, { class: 'button primary' }),
          button(t('profile.export'), () => confirm(actions.exportProgress()), {
            class: 'button',
            disabled: data.attempts.length === 0,
          }),
          button(t('profile.import'), () => fileInput.click(), { class: 'button' }),
          fileInput,
        ),
        importStatus,
        keptAsideList(data.keptAside, actions),
        suggestions(mastery, data, principles, actions),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'mastery-title' },
        h('h2', { id: 'mastery-title' }, t('profile.masteryTitle')),
        h('p', { class: 'mastery-rule' }, t('profile.masteryRule')),
        masteryTable(mastery, data.catalogue),
      ),
      // A card of its own, across the page: inside the mastery column its control would come after the left column's
      // last button but sit above it, against the reading order.
      h(
        'section',
        { class: 'card principles-card', 'aria-label': t('profile.whereEachSits') },
        whereEachSits(data.catalogue),
      ),
      h(
        'section',
        { class: 'card attempts-card', 'aria-labelledby': 'attempts-title' },
        h('h2', { id: 'attempts-title' }, t('profile.attemptsTitle')),
        attemptsTable(data.attempts),
      ),
    ),
  );
}

/** A share of 0–1 as a whole percentage, written the language's way ("100%", "100 %", "١٠٠٪"). */
const percent = (share: number) => formatNumber(share, { style: 'percent' });

type MasteryRow = ReturnType<typeof masteryByPrinciple>[number];

const WHOSE = { frontline: 'profile.whose.frontline', organisation: 'profile.whose.organisation' } as const;

function masteryTable(mastery: readonly MasteryRow[], catalogue: Catalogue): HTMLElement {
  if (mastery.length === 0) return h('p', {}, t('profile.masteryEmpty'));
  const principles = principleById(catalogue);
  return h(
    'table',
    { class: 'mastery-table' },
    h('caption', { class: 'visually-hidden' }, t('profile.masteryCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('profile.column.principle')),
        h('th', { scope: 'col' }, t('profile.column.upheld')),
        h('th', { scope: 'col' }, t('profile.column.share')),
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
            sourceText(principle?.name ?? m.principle),
            principle && h('span', { class: `whose ${principle.who}` }, t(WHOSE[principle.who])),
          ),
          h('td', {}, t('profile.upheldOf', { upheld: formatNumber(m.upheld), atStake: formatNumber(m.atStake) })),
          // The bar runs in a track that leaves room for its value beside it, so "100%" fits in the narrowest cell.
          h(
            'td',
            { class: 'bar-cell' },
            h(
              'span',
              { class: 'bar-track', 'aria-hidden': 'true' },
              h('span', { class: 'bar', style: `width:${Math.round(m.share * 100)}%` }),
            ),
            h('span', { class: 'bar-value' }, percent(m.share)),
          ),
        );
      }),
    ),
  );
}

/** Where each principle sits in the articles' argument: what the person serving does, and what the business grants. */
function whereEachSits(catalogue: Catalogue): HTMLElement {
  const articleTitle = new Map(catalogue.articles.map((a) => [a.file, `“${a.title}”`]));
  const group = (who: 'frontline' | 'organisation', title: MessageId) =>
    h(
      'div',
      {},
      h('h3', {}, t(title)),
      h(
        'dl',
        { class: 'principle-arguments' },
        ...catalogue.principles
          .filter((p) => p.who === who)
          .flatMap((p) => [
            h('dt', { lang: storyLanguageOf(p.name) }, p.name),
            h(
              'dd',
              {},
              sourceText(p.argument),
              h(
                'span',
                { class: 'principle-sources' },
                ' ',
                ...messageParts(
                  'profile.sources',
                  {},
                  { sources: sourceText(p.sources.map((file) => articleTitle.get(file) ?? file).join('; ')) },
                ),
              ),
            ),
          ]),
      ),
    );
  return h(
    'details',
    { class: 'where-principles-sit' },
    h('summary', {}, t('profile.whereEachSits')),
    group('frontline', 'profile.where.frontline'),
    group('organisation', 'profile.where.organisation'),
  );
}

function attemptsTable(attempts: readonly Attempt[]): HTMLElement {
  if (attempts.length === 0) return h('p', {}, t('profile.attemptsEmpty'));
  return h(
    'table',
    { class: 'attempts-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('profile.column.when')),
        h('th', { scope: 'col' }, t('profile.column.story')),
        h('th', { scope: 'col' }, t('profile.column.grade')),
        h('th', { scope: 'col' }, t('profile.column.score')),
        h('th', { scope: 'col' }, t('profile.column.seed')),
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
            h('td', {}, dateTime(new Date(a.endedAt))),
            h('td', { lang: storyLanguageOf(a.title) }, a.title),
            h('td', { 'data-grade': a.grade }, a.grade),
            h('td', {}, percent(a.percent / 100)),
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
    h('h2', {}, t('profile.tryNext')),
    h(
      'ul',
      {},
      ...weakest.map(({ principle, story }) =>
        h(
          'li',
          {},
          ...messageParts(
            principle.share < 0 ? 'profile.practisesNew' : 'profile.practises',
            { share: percent(Math.max(0, principle.share)) },
            {
              story: button(story.title, () => actions.play(story.id), {
                class: 'button',
                lang: storyLanguageOf(story.title),
              }),
              principle: sourceText(principles.get(principle.id)?.name ?? principle.id),
            },
          ),
        ),
      ),
    ),
  );
}
