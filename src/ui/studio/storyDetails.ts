// The studio's details view: a form for what the story is (title, summary, the trainee's role), where it happens
// (the place, its backdrop, the time) and who it is about (the customer, their mood at the start), with the
// library's filters (industry, difficulty, minutes) and the currency. Each field shows the story's text as it is
// and the checker's problems with that field; a change goes into the text as one edit (detailEdits.ts), one step
// of undo, and the check follows. An optional field left empty is taken out, so the format's default applies.
import { describeField } from '../../engine/authoring.ts';
import { DIFFICULTIES } from '../../engine/schema.ts';
import { DETAIL_PATHS, readDetails, type DetailPath } from '../../play/studio/detailEdits.ts';
import { t } from '../../i18n/intl.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import { h } from '../dom.ts';
import { backdropField, type BackdropChoice } from './backdropPicker.ts';
import { castForm, type CastTools } from './castForm.ts';
import { lookForm, type LookTools } from './lookForm.ts';
import type { PictureTools } from './pictureTools.ts';
import { refusalsIn, showProblems, unsavedIn, type Found } from './formFields.ts';
import { sourcesField, type Article } from './sourcesField.ts';
import { variationForm, type VariationTools } from './variationForm.ts';
import { storyLanguageOf } from '../../i18n/storyLanguage.ts';

export interface StoryDetailsActions {
  /** Sets the detail (null: takes an optional one out); answers why not, in words, when the text cannot take it. */
  change(path: DetailPath, value: string | number | null): string | null;
  /** Makes the story cite an article (by file name) or stop citing it; answers why not, in words. */
  cite(file: string, cited: boolean): string | null;
}

interface FieldSpec {
  kind: 'text' | 'long' | 'number' | 'choice';
  optional: boolean;
  label: MessageId;
  hint: MessageId;
  min?: number;
  max?: number;
}

const SPECS: Record<string, FieldSpec> = {
  id: { kind: 'text', optional: false, label: 'studio.details.id', hint: 'studio.details.idHint' },
  language: { kind: 'text', optional: true, label: 'studio.details.language', hint: 'studio.details.languageHint' },
  title: { kind: 'text', optional: false, label: 'studio.details.title', hint: 'studio.details.titleHint' },
  summary: { kind: 'long', optional: false, label: 'studio.details.summary', hint: 'studio.details.summaryHint' },
  role: { kind: 'text', optional: false, label: 'studio.details.role', hint: 'studio.details.roleHint' },
  industry: { kind: 'text', optional: true, label: 'studio.details.industry', hint: 'studio.details.industryHint' },
  difficulty: {
    kind: 'choice',
    optional: true,
    label: 'studio.details.difficulty',
    hint: 'studio.details.difficultyHint',
  },
  minutes: {
    kind: 'number',
    optional: true,
    min: 1,
    max: 60,
    label: 'studio.details.minutes',
    hint: 'studio.details.minutesHint',
  },
  'setting.place': { kind: 'text', optional: false, label: 'studio.details.place', hint: 'studio.details.placeHint' },
  'setting.backdrop': {
    kind: 'choice',
    optional: false,
    label: 'studio.details.backdrop',
    hint: 'studio.details.backdropHint',
  },
  'setting.time': { kind: 'text', optional: true, label: 'studio.details.time', hint: 'studio.details.timeHint' },
  customer: { kind: 'choice', optional: false, label: 'studio.details.customer', hint: 'studio.details.customerHint' },
  mood: {
    kind: 'number',
    optional: true,
    min: 0,
    max: 100,
    label: 'studio.details.mood',
    hint: 'studio.details.moodHint',
  },
  currency: { kind: 'text', optional: true, label: 'studio.details.currency', hint: 'studio.details.currencyHint' },
};

const keyOf = (path: DetailPath) => path.join('.');
const idOf = (path: DetailPath) => `detail-${path.join('-')}`;

export interface StoryDetailsView {
  readonly element: HTMLElement;
  /** Shows the details as `text` writes them, with the last check's problems and notes beside their fields. */
  update(text: string, found: Found): void;
}

export function storyDetailsView(
  { backdrops, articles }: { backdrops: readonly BackdropChoice[]; articles: readonly Article[] },
  actions: StoryDetailsActions,
  cast: CastTools,
  variations: VariationTools,
  looks: LookTools,
  pictures: PictureTools,
): StoryDetailsView {
  const said = h('p', { class: 'beat-tool-problem', role: 'alert' });
  const form = h('form', { class: 'story-details', 'aria-labelledby': 'story-details-title' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const element = h(
    'div',
    { class: 'story-details-host' },
    h('h3', { id: 'story-details-title' }, t('studio.details.heading')),
    h('p', { class: 'studio-hint' }, t('studio.details.about')),
    said,
    form,
  );
  let drawn = '';
  let galleryOpen = false;
  return {
    element,
    update(text, found) {
      const details = readDetails(text);
      // A field being typed in keeps its place: the form is drawn anew only for a text it does not show yet.
      if (text === drawn && form.childElementCount) return showProblems(form, found);
      drawn = text;
      if (!details) {
        form.replaceChildren(h('p', {}, t('studio.details.unreadable')));
        return;
      }
      const focused = document.activeElement?.id;
      const typed = unsavedIn(form);
      const refusals = refusalsIn(form);
      const say = (problem: string | null) => (said.textContent = problem ?? '');
      const customer = details.values['customer'];
      form.replaceChildren(
        ...DETAIL_PATHS.flatMap((path) => {
          const value = details.values[keyOf(path)];
          const change = (to: string | number | null) => say(actions.change(path, to));
          // The articles come after the summary, as the format writes them.
          if (keyOf(path) === 'summary')
            return [field(path, value, [], change), sourcesField(articles, details.sources, actions.cite)];
          return keyOf(path) === 'setting.backdrop'
            ? backdropField({
                id: idOf(path),
                field: describeField(path),
                value: value === undefined ? undefined : String(value),
                backdrops,
                images: details.images,
                open: galleryOpen,
                toggled: (open) => (galleryOpen = open),
                change,
                picture: (file) => pictures.backdrop(file),
                say,
              })
            : field(path, value, choicesFor(path, details.cast), change);
        }),
        lookForm(details.looks, details.images, looks, say),
        castForm(
          details.cast,
          typeof customer === 'string' ? customer : null,
          cast,
          say,
          details.looks.map((look) => ({
            id: look.id,
            title: look.title ?? look.id,
            url: looks.draw(look, details.images)?.[0]?.url,
          })),
        ),
        variationForm(details.variations, variations, say),
      );
      if (focused) document.getElementById(focused)?.focus();
      // After the focus: a field's change is sent as it is left only if its value changed while it had the focus.
      typed.forEach((carry) => carry(form));
      refusals(form);
      showProblems(form, found);
    },
  };
}

function choicesFor(
  path: DetailPath,
  cast: readonly { id: string; name: string }[],
): { value: string; label: string; lang?: string }[] {
  switch (keyOf(path)) {
    case 'difficulty':
      return DIFFICULTIES.map((d) => ({ value: d, label: t(`title.difficulty.${d}`) }));
    case 'customer':
      return cast.map((c) => ({ value: c.id, label: `${c.name} (${c.id})`, lang: storyLanguageOf(c.name) }));
    default:
      return [];
  }
}

function field(
  path: DetailPath,
  value: string | number | undefined,
  choices: readonly { value: string; label: string; lang?: string }[],
  change: (value: string | number | null) => void,
): HTMLElement {
  const spec = SPECS[keyOf(path)]!;
  const id = idOf(path);
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const shown = value === undefined ? '' : String(value);
  const common = {
    id,
    'aria-describedby': `${hintId} ${problemId}`,
    'data-field': describeField(path),
    'data-edit': id,
  };
  const control =
    spec.kind === 'long'
      ? h('textarea', { ...common, rows: 3 }, shown)
      : spec.kind === 'choice'
        ? h(
            'select',
            common,
            ...(spec.optional || value === undefined ? [h('option', { value: '' }, t('studio.details.notSet'))] : []),
            // A value the list does not hold (a customer misspelt) stays on show, for the check to explain.
            ...(value !== undefined && !choices.some((c) => c.value === shown)
              ? [h('option', { value: shown }, shown)]
              : []),
            ...choices.map((c) =>
              h(
                'option',
                {
                  value: c.value,
                  ...(c.value === shown ? { selected: true } : {}),
                  ...(c.lang === undefined ? {} : { lang: c.lang }),
                },
                c.label,
              ),
            ),
          )
        : h('input', {
            ...common,
            type: spec.kind === 'number' ? 'number' : 'text',
            value: shown,
            ...(spec.kind === 'number' ? { min: spec.min, max: spec.max, step: 1, inputmode: 'numeric' } : {}),
            ...(spec.optional ? { placeholder: t('studio.details.notSet') } : {}),
          });
  if (control instanceof HTMLSelectElement && value !== undefined) control.value = shown;
  const problem = h('p', { id: problemId, class: 'story-detail-problem' });
  control.addEventListener('change', () => {
    const typed = control.value.trim();
    if (typed === '' && !spec.optional) {
      problem.textContent = t('studio.details.required');
      return;
    }
    change(typed === '' ? null : spec.kind === 'number' && Number.isFinite(Number(typed)) ? Number(typed) : typed);
  });
  return h(
    'div',
    { class: `story-detail story-detail-${spec.kind}` },
    h('label', { for: id }, t(spec.label)),
    h('p', { id: hintId, class: 'studio-hint' }, t(spec.hint)),
    control,
    problem,
  );
}
