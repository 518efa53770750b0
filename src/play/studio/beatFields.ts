// A beat as the studio's beat form reads it from the story's text, as written (not with the format's defaults): its
// title and breakdown, its lines (who says each, the words, the face), its ending, and each choice's feedback, harm
// and the principles it upholds or breaks with a reason each. The form changes them with fieldEdits.ts and
// lineEdits.ts; what it cannot show (a line's condition, say) it leaves to the text.
import { NARRATOR } from '../../engine/schema.ts';
import { isMap, isScalar, isSeq, YAMLMap } from 'yaml';
import { documentOf } from './parsedText.ts';

/** The keys a spoken line may have besides its speaker (schema.ts). */
const LINE_KEYS = new Set(['when', 'face', 'via', 'audio']);

export interface LineFields {
  /** Who says it: a cast member's id, `you` for the trainee, or null for narration. */
  speaker: string | null;
  text: string;
  face: string | null;
  /** Said only when a condition holds (`when:`), which the form shows but leaves to the text. */
  conditional: boolean;
  /** That condition's simple tests, for the form to show and change; null when the line has none. */
  when: ConditionFields | null;
  /** Where the line's words are in the story. */
  textPath: (string | number)[];
}

export interface ReasonFields {
  principle: string;
  reason: string;
}

/** A beat's timeout as written: how long the customer waits, and what running out of patience does. */
export interface PatienceFields extends ChoiceFields {
  seconds: string | null;
  level: string | null;
  text: string | null;
}

/** One of a way's branches: what it asks (null: nothing, as the one taken otherwise) and the beat it leads to. */
export interface BranchFields {
  when: ConditionFields | null;
  go: string | null;
}

/**
 * Where a way on leads as written: one beat named, or branches tried in order; `text` where it is written in a way
 * the form cannot follow (a list on one line, say), which the author changes in the text.
 */
export type NextFields = { to: string } | { branches: BranchFields[] } | 'text';

/** What a choice (or a timeout) does to the play's gauges and counts, by field; each as written, or null. */
export const EFFECTS = ['mood', 'loyalty', 'cost', 'minutes'] as const;

/** One test of a condition the form can show: its kind, where it is within the condition, and its value. */
export interface ConditionTest {
  kind: 'chose' | 'flag' | 'mood-below' | 'mood-above' | 'loyalty-below' | 'loyalty-above' | 'variation';
  path: (string | number)[];
  value: string;
}

/** A `when:` as the form shows it: its simple tests, and whether it has more (any, a list) left to the text. */
export interface ConditionFields {
  tests: ConditionTest[];
  more: boolean;
  /** Its `not:` (the condition fails when this one holds), read the same way; null where it has none. */
  not: ConditionFields | null;
}

export interface ChoiceFields {
  /** Null where the choice is always offered. */
  when: ConditionFields | null;
  /** Null where the text has no `next`. */
  next: NextFields | null;
  effects: Record<(typeof EFFECTS)[number], string | null>;
  /** The flags it sets, as written. */
  flags: string[];
  feedback: string | null;
  harm: string | null;
  upholds: ReasonFields[];
  breaks: ReasonFields[];
}

export interface EndingFields {
  title: string | null;
  core: string | null;
  experience: string | null;
  summary: string | null;
}

export interface BeatFields {
  title: string | null;
  breakdown: string | null;
  /** Null when the lines are written in a way the form cannot follow (in brackets on one line, say). */
  lines: LineFields[] | null;
  ending: EndingFields | null;
  choices: ChoiceFields[];
  /** Null where the beat has no time limit. */
  patience: PatienceFields | null;
  /** Where Continue leads, at a beat without choices; null where the text has no `next`. */
  next: NextFields | null;
}

/** The text of a scalar value, or null for anything else. */
function textOf(node: unknown): string | null {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : null;
}

/** A condition as the form shows it; `depth` 1 for a `not:` within one, whose own `not:` is left to the text. */
function conditionOf(node: unknown, depth = 0): ConditionFields | null {
  if (!isMap(node)) return node === undefined ? null : { tests: [], more: true, not: null };
  const tests: ConditionTest[] = [];
  let more = false;
  let not: ConditionFields | null = null;
  for (const pair of node.items) {
    const key = textOf(pair.key);
    const value = textOf(pair.value);
    if ((key === 'chose' || key === 'flag') && value !== null) tests.push({ kind: key, path: [key], value });
    else if (key === 'not' && depth === 0 && isMap(pair.value)) not = conditionOf(pair.value, 1);
    else if ((key === 'mood' || key === 'loyalty') && isMap(pair.value))
      for (const bound of ['below', 'above'] as const) {
        const limit = textOf(pair.value.get(bound, true));
        if (limit !== null) tests.push({ kind: `${key}-${bound}`, path: [key, bound], value: limit });
      }
    else if (key === 'variation' && isMap(pair.value))
      for (const outcome of pair.value.items) {
        const variation = textOf(outcome.key);
        const chosen = textOf(outcome.value);
        if (variation !== null && chosen !== null)
          tests.push({ kind: 'variation', path: ['variation', variation], value: chosen });
      }
    else more = true;
  }
  return { tests, more, not };
}

function nextOf(node: unknown): NextFields | null {
  if (node === undefined) return null;
  const to = textOf(node);
  if (to !== null) return { to };
  if (!isSeq(node) || node.flow || !node.items.every(isMap)) return 'text';
  return {
    branches: node.items.map((branch) => ({
      when: conditionOf(branch.get('when', true)),
      go: textOf(branch.get('go', true)),
    })),
  };
}

function judgedOf(node: YAMLMap): ChoiceFields {
  const effects = node.get('effects', true);
  const flags = node.get('set', true);
  return {
    when: conditionOf(node.get('when', true)),
    next: nextOf(node.get('next', true)),
    effects: Object.fromEntries(
      EFFECTS.map((e) => [e, isMap(effects) ? textOf(effects.get(e, true)) : null]),
    ) as ChoiceFields['effects'],
    flags: isSeq(flags) ? flags.items.flatMap((item) => textOf(item) ?? []) : [],
    feedback: textOf(node.get('feedback', true)),
    harm: textOf(node.get('harm', true)),
    upholds: reasons(node.get('upholds', true)),
    breaks: reasons(node.get('breaks', true)),
  };
}

function reasons(node: unknown): ReasonFields[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => {
    const principle = textOf(pair.key);
    return principle === null ? [] : [{ principle, reason: textOf(pair.value) ?? '' }];
  });
}

function lineOf(item: unknown, path: (string | number)[]): LineFields | null {
  const said = textOf(item);
  if (said !== null) return { speaker: null, text: said, face: null, conditional: false, when: null, textPath: path };
  if (!isMap(item)) return null;
  const speakers = item.items.flatMap((pair) => {
    const key = textOf(pair.key);
    return key !== null && !LINE_KEYS.has(key) ? [key] : [];
  });
  if (speakers.length !== 1) return null;
  const key = speakers[0]!;
  return {
    speaker: key === NARRATOR ? null : key,
    text: textOf(item.get(key, true)) ?? '',
    face: textOf(item.get('face', true)),
    conditional: item.has('when'),
    when: conditionOf(item.get('when', true)),
    textPath: [...path, key],
  };
}

function linesOf(beat: YAMLMap, id: string): LineFields[] | null {
  const list = beat.get('lines', true);
  if (!isSeq(list) || list.flow) return null;
  const lines = list.items.map((item, i) => lineOf(item, ['beats', id, 'lines', i]));
  return lines.every((line): line is LineFields => line !== null) ? lines : null;
}

/** The beat as written; null when the text is not YAML the form can follow or has no such beat. */
export function readBeat(text: string, id: string): BeatFields | null {
  const doc = documentOf(text, { beat: id });
  if (doc.errors.length) return null;
  const beat = doc.getIn(['beats', id], true);
  if (!isMap(beat)) return null;
  const ending = beat.get('ending', true);
  const choices = beat.get('choices', true);
  const patience = beat.get('patience', true);
  return {
    title: textOf(beat.get('title', true)),
    breakdown: textOf(beat.get('breakdown', true)),
    lines: linesOf(beat, id),
    ending: isMap(ending)
      ? {
          title: textOf(ending.get('title', true)),
          core: textOf(ending.get('core', true)),
          experience: textOf(ending.get('experience', true)),
          summary: textOf(ending.get('summary', true)),
        }
      : null,
    choices: isSeq(choices)
      ? choices.items.map((choice) => (isMap(choice) ? judgedOf(choice) : judgedOf(new YAMLMap())))
      : [],
    patience: isMap(patience)
      ? {
          ...judgedOf(patience),
          seconds: textOf(patience.get('seconds', true)),
          level: textOf(patience.get('level', true)),
          text: textOf(patience.get('text', true)),
        }
      : null,
    next: nextOf(beat.get('next', true)),
  };
}

/** What a condition can ask about in this story as written: its choices' ids, the flags its choices set, its variations. */
export interface ConditionFacts {
  choices: string[];
  flags: string[];
  variations: { id: string; outcomes: string[] }[];
}

export function conditionFacts(text: string): ConditionFacts {
  const facts: ConditionFacts = { choices: [], flags: [], variations: [] };
  const doc = documentOf(text);
  if (doc.errors.length) return facts;
  const beats = doc.get('beats', true);
  const flags = new Set<string>();
  const judged = (node: unknown) => {
    if (!isMap(node)) return;
    const id = textOf(node.get('id', true));
    if (id !== null) facts.choices.push(id);
    const set = node.get('set', true);
    if (isSeq(set)) for (const flag of set.items) if (textOf(flag) !== null) flags.add(textOf(flag)!);
  };
  if (isMap(beats))
    for (const { value } of beats.items) {
      if (!isMap(value)) continue;
      const choices = value.get('choices', true);
      if (isSeq(choices)) choices.items.forEach(judged);
      judged(value.get('patience', true));
    }
  facts.flags = [...flags];
  const variations = doc.get('variations', true);
  if (isMap(variations))
    for (const pair of variations.items) {
      const id = textOf(pair.key);
      if (id === null || !isSeq(pair.value)) continue;
      facts.variations.push({
        id,
        outcomes: pair.value.items.flatMap((o) => (isMap(o) ? (textOf(o.get('id', true)) ?? []) : [])),
      });
    }
  return facts;
}
