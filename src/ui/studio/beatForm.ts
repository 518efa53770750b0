// The studio's form for what happens at a beat, below the map: its title and breakdown, its lines (who says each,
// the words, the face; added, moved and deleted) and, at an ending, what became of the core service and the
// experience. It reads the beat as the text writes it (src/play/studio/beatFields.ts); each change goes into the
// text as one edit, one step of undo, and the check, the map and this form follow the text.
import { CORES, EXPRESSIONS, TRAINEE } from '../../engine/schema.ts';
import type { BeatFields, LineFields } from '../../play/studio/beatFields.ts';
import { t } from '../../i18n/intl.ts';
import type { MessageId } from '../../i18n/catalog.ts';
import { button, h } from '../dom.ts';
import type { FieldPath, FieldValue } from '../../play/studio/fieldEdits.ts';
import type { ChoiceMoreTools } from './choiceMore.ts';
import { conditionForm, type ConditionTools } from './conditionForm.ts';
import { idFor, select, textField, type SetField } from './formFields.ts';
import { patiencePart } from './patienceForm.ts';
import type { NextPlace, NextTools } from './nextForm.ts';

/** The beat form's operations on the story's text; each answers null when done, or why not, in words. */
export interface BeatFormTools {
  /** Sets a field (null takes an optional one out). */
  set: SetField;
  lineSpeaker(beat: string, index: number, speaker: string | null): string | null;
  addLine(beat: string, speaker: string | null): string | null;
  deleteLine(beat: string, index: number): string | null;
  /** Gives the beat a time limit, its timeout leading to `next`, with a principle and reason to write. */
  addPatience(beat: string, next: string): string | null;
  moveLine(beat: string, index: number, by: -1 | 1): string | null;
  /** The cast as the text writes it, for who says a line. */
  cast(): readonly { id: string; name: string }[];
  /** Gives a plain line of narration a condition's field: written as `narrator: …` first, in the same edit. */
  lineCondition(beat: string, index: number, path: FieldPath, value: FieldValue): string | null;
  /** What the story has that a condition may ask about (choices, flags, outcomes). */
  facts: ConditionTools['facts'];
}

const CORE_LABELS: Record<(typeof CORES)[number], MessageId> = {
  delivered: 'debrief.axis.core.delivered',
  'handled-honestly': 'debrief.axis.core.honest',
  failed: 'debrief.axis.core.failed',
};

/** The form's sections for this beat; null parts (an ending's, at a beat that is not one) are left out. */
export function beatForm(
  beat: string,
  fields: BeatFields,
  /** The beats a timeout may lead to, and where a new one leads (the beat's first way on). */
  leads: Omit<NextPlace, 'path'> & { first: string | null },
  tools: BeatFormTools & ChoiceMoreTools & NextTools,
  say: (p: string | null) => void,
) {
  const at = (...path: (string | number)[]) => ['beats', beat, ...path];
  return h(
    'section',
    { class: 'beat-form', 'aria-labelledby': idFor(beat, 'form') },
    h('h4', { id: idFor(beat, 'form') }, t('studio.form.beat')),
    h(
      'div',
      { class: 'beat-form-fields' },
      textField(
        {
          id: idFor(beat, 'title'),
          label: t('studio.form.title'),
          hint: t('studio.form.titleHint'),
          path: at('title'),
          value: fields.title,
          optional: true,
        },
        tools.set,
        say,
      ),
      textField(
        {
          id: idFor(beat, 'breakdown'),
          label: t('studio.form.breakdown'),
          hint: t('studio.form.breakdownHint'),
          path: at('breakdown'),
          value: fields.breakdown,
          optional: true,
          long: true,
        },
        tools.set,
        say,
      ),
    ),
    linesPart(beat, fields.lines, tools, say),
    fields.choices.length ? patiencePart(beat, fields.patience, leads, tools, say) : null,
    fields.ending && endingPart(beat, fields.ending, tools, say),
  );
}

function linesPart(
  beat: string,
  lines: readonly LineFields[] | null,
  tools: BeatFormTools,
  say: (p: string | null) => void,
): HTMLElement {
  const heading = h('h5', { id: idFor(beat, 'lines') }, t('studio.form.lines'));
  if (!lines) return h('div', {}, heading, h('p', { class: 'studio-hint' }, t('studio.form.linesInText')));
  const speakers = [
    { value: '', label: t('studio.form.narration') },
    { value: TRAINEE, label: t('studio.form.trainee') },
    ...tools.cast().map((c) => ({ value: c.id, label: c.name })),
  ];
  const faces = [
    { value: '', label: t('studio.details.notSet') },
    ...EXPRESSIONS.map((e) => ({ value: e, label: t(`story.mood.${e}`) })),
  ];
  return h(
    'div',
    { class: 'beat-lines' },
    heading,
    h(
      'ol',
      { 'aria-labelledby': idFor(beat, 'lines') },
      ...lines.map((line, i) => {
        const number = i + 1;
        // A face is a cast member's: narration and the trainee are not drawn.
        const drawn = line.speaker !== null && line.speaker !== TRAINEE;
        const small = { class: 'button small' };
        return h(
          'li',
          { class: 'beat-line' },
          h(
            'div',
            { class: 'studio-row' },
            h('label', { for: idFor(beat, 'line', i, 'speaker') }, t('studio.form.speaker', { number })),
            select(idFor(beat, 'line', i, 'speaker'), null, speakers, line.speaker ?? '', (who) =>
              say(tools.lineSpeaker(beat, i, who === '' ? null : who)),
            ),
            drawn ? h('label', { for: idFor(beat, 'line', i, 'face') }, t('studio.form.face', { number })) : null,
            drawn
              ? select(
                  idFor(beat, 'line', i, 'face'),
                  ['beats', beat, 'lines', i, 'face'],
                  faces,
                  line.face ?? '',
                  (f) => say(tools.set(['beats', beat, 'lines', i, 'face'], f === '' ? null : f)),
                )
              : null,
          ),
          textField(
            {
              id: idFor(beat, 'line', i, 'text'),
              label: t('studio.form.line', { number }),
              path: line.textPath,
              value: line.text,
              optional: false,
              long: true,
            },
            tools.set,
            say,
          ),
          lineCondition(beat, i, line, tools, say),
          h(
            'div',
            { class: 'studio-row' },
            i > 0
              ? button(t('studio.form.up'), () => say(tools.moveLine(beat, i, -1)), {
                  ...small,
                  'aria-label': t('studio.form.upNamed', { number }),
                })
              : null,
            i < lines.length - 1
              ? button(t('studio.form.down'), () => say(tools.moveLine(beat, i, 1)), {
                  ...small,
                  'aria-label': t('studio.form.downNamed', { number }),
                })
              : null,
            lines.length > 1
              ? button(t('studio.form.deleteLine'), () => say(tools.deleteLine(beat, i)), {
                  ...small,
                  'aria-label': t('studio.form.deleteLineNamed', { number }),
                })
              : null,
          ),
        );
      }),
    ),
    // data-edit: the panel drawn again after the change gives this button the focus back (storyMapView.ts).
    button(t('studio.form.addLine'), () => say(tools.addLine(beat, lines.at(-1)?.speaker ?? null)), {
      class: 'button small',
      'data-edit': idFor(beat, 'add-line'),
    }),
  );
}

/**
 * When the line is said (its `when:`), folded away until it has a test. A plain line of narration is written as
 * `narrator: …` first, so it can carry one.
 */
function lineCondition(
  beat: string,
  index: number,
  line: LineFields,
  tools: BeatFormTools,
  say: (p: string | null) => void,
): HTMLElement {
  const plain = line.textPath.length === 4;
  const set: SetField = (path, value) =>
    plain && value !== null ? tools.lineCondition(beat, index, path, value) : tools.set(path, value);
  const tested = (line.when?.tests.length ?? 0) > 0 || line.when?.more === true || (line.when?.not ?? null) !== null;
  const key = `${beat}\u0000${index}`;
  const summary = h('summary', {}, t(tested ? 'studio.form.lineWhenSet' : 'studio.form.lineWhen'));
  const fold = h(
    'details',
    { class: 'line-when', ...(tested || openLineWhens.has(key) ? { open: true } : {}) },
    summary,
    conditionForm(
      idFor(beat, 'line', index, 'when'),
      ['beats', beat, 'lines', index],
      line.when,
      { set, facts: tools.facts },
      say,
      'line',
    ),
  );
  // Noted as the press happens (the fold opens just after it): a check that redraws the panel in between must find it.
  summary.addEventListener('click', () => (fold.open ? openLineWhens.delete(key) : openLineWhens.add(key)));
  return fold;
}

/** The lines whose condition's fold is open, kept as the panel is drawn again after each check. */
const openLineWhens = new Set<string>();

function endingPart(
  beat: string,
  ending: NonNullable<BeatFields['ending']>,
  tools: BeatFormTools,
  say: (p: string | null) => void,
): HTMLElement {
  const at = (field: string) => ['beats', beat, 'ending', field];
  const coreId = idFor(beat, 'ending', 'core');
  const cores = CORES.map((c) => ({ value: c, label: t(CORE_LABELS[c]) }));
  return h(
    'div',
    { class: 'beat-form-fields beat-ending' },
    h('h5', {}, t('studio.form.ending')),
    textField(
      {
        id: idFor(beat, 'ending', 'title'),
        label: t('studio.form.endingTitle'),
        path: at('title'),
        value: ending.title,
        optional: false,
      },
      tools.set,
      say,
    ),
    h(
      'div',
      { class: 'story-detail' },
      h('label', { for: coreId }, t('studio.form.core')),
      select(coreId, at('core'), cores, ending.core ?? '', (core) => say(tools.set(at('core'), core))),
    ),
    // A failed core records no experience (the format refuses it): the field is offered only where it can count.
    ending.core === 'failed' && ending.experience === null
      ? null
      : textField(
          {
            id: idFor(beat, 'ending', 'experience'),
            label: t('studio.form.experience'),
            hint: t('studio.form.experienceHint'),
            path: at('experience'),
            value: ending.experience,
            optional: true,
            long: true,
          },
          tools.set,
          say,
        ),
    textField(
      {
        id: idFor(beat, 'ending', 'summary'),
        label: t('studio.form.summary'),
        hint: t('studio.form.summaryHint'),
        path: at('summary'),
        value: ending.summary,
        optional: true,
        long: true,
      },
      tools.set,
      say,
    ),
  );
}
