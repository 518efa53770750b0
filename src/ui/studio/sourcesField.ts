// The articles a story cites (`sources:`), ticked from the catalogue's list by their titles: the format names them
// by file name, which an author should not have to type or recognise. A name the catalogue does not hold stays on
// show, ticked, for the check to explain beside it. Each tick is one edit of the text as it is then.
import { describeField } from '../../engine/authoring.ts';
import { t } from '../../i18n/intl.ts';
import { h } from '../dom.ts';
import { fileName, storyWords } from '../messageParts.ts';

export interface Article {
  file: string;
  title: string;
}

const FIELD_ID = 'detail-sources';

export function sourcesField(
  articles: readonly Article[],
  /** As written; null where the list holds something else than file names. */
  sources: readonly string[] | null,
  /** Cites the article or stops citing it; answers why not, in words. */
  cite: (file: string, cited: boolean) => string | null,
): HTMLElement {
  // The check's words on the field, which every check writes anew (showProblems); a refusal has a line of its own,
  // which a check answering meanwhile does not wipe (and the form drawn again says again: refusalsIn).
  const problem = h('p', { id: `${FIELD_ID}-problem`, class: 'story-detail-problem' });
  const refusal = h('p', { id: `${FIELD_ID}-refused`, class: 'story-detail-problem', role: 'alert' });
  const fieldset = h(
    'fieldset',
    {
      id: FIELD_ID,
      class: 'story-detail story-detail-sources',
      'data-field': describeField(['sources']),
      'aria-describedby': `${FIELD_ID}-hint ${FIELD_ID}-refused ${FIELD_ID}-problem`,
    },
    h('legend', {}, t('studio.details.sources')),
    h('p', { id: `${FIELD_ID}-hint`, class: 'studio-hint' }, t('studio.details.sourcesHint')),
  );
  if (sources === null) {
    fieldset.append(h('p', {}, t('studio.details.sourcesUnreadable')), refusal, problem);
    return fieldset;
  }
  const known = new Set(articles.map((a) => a.file));
  const boxes = [
    ...articles.map((a) => box(a.file, a.title, sources.includes(a.file), null)),
    // Not in the catalogue: kept where written, so the check's word on it has a place to show.
    ...sources.flatMap((file, i) => (known.has(file) ? [] : [box(file, '', true, i)])),
  ];
  for (const { input } of boxes)
    input.addEventListener('change', () => {
      const said = cite(input.value, input.checked);
      refusal.textContent = said ?? '';
      if (said) input.checked = !input.checked;
    });
  fieldset.append(h('div', { class: 'source-choices' }, ...boxes.map((b) => b.row)), refusal, problem);
  return fieldset;
}

function box(
  file: string,
  title: string,
  checked: boolean,
  /** Where a file the catalogue does not hold is written in the list, for the check's word on it. */
  at: number | null,
): { input: HTMLInputElement; row: HTMLElement } {
  const id = at === null ? `${FIELD_ID}-${file.replace(/\.txt$/, '')}` : `${FIELD_ID}-written-${at}`;
  const input = h('input', {
    type: 'checkbox',
    id,
    value: file,
    checked,
    ...(at === null ? {} : { 'data-field': describeField(['sources', at]), 'aria-describedby': `${id}-problem` }),
  });
  const label = h(
    'label',
    { class: 'source-choice' },
    input,
    // A file the catalogue does not hold has no title: its name alone.
    at === null
      ? h('span', {}, storyWords(title), ' ', h('span', { class: 'source-file' }, fileName(file)))
      : h('span', {}, fileName(file)),
  );
  return {
    input,
    row: at === null ? label : h('div', {}, label, h('p', { id: `${id}-problem`, class: 'story-detail-problem' })),
  };
}
