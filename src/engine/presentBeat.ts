// What the player sees at a moment of the story, computed from the scenario and
// the machine's context alone, so every front end shows the same thing.
import { orderChoices } from './choiceOrder.ts';
import type { StoryContext } from './compileScenario.ts';
import { choicesOffered, expressionForMood, holds } from './rules.ts';
import { TRAINEE, VOICES, type Ending, type Expression, type Scenario } from './schema.ts';

export type Voice = (typeof VOICES)[number];

export interface LineView {
  speaker: string | null;
  name: string | null;
  look: string | null;
  text: string;
  face: Expression | null;
  /** The line's recording (a URL once the story is shipped), played instead of the browser's voice; null when none. */
  audio: string | null;
}

export interface BeatView {
  beat: string;
  breakdown: string | null;
  lines: LineView[];
  kind: 'choices' | 'continue' | 'ending';
  /** In the order shown: shuffled from the play's seed (choiceOrder.ts), pinned choices in their place. */
  choices: { id: string; text: string }[];
  patienceSeconds: number | null;
  ending: Ending | null;
  mood: number;
  customerExpression: Expression;
  /**
   * Cast members who speak in this beat, the customer first; they are the ones on stage. One with a `via`
   * is heard, not seen (on the phone, or in writing) and is shown as such, not standing there.
   */
  onStage: { id: string; name: string; look: string; expression: Expression; via: Voice | null }[];
}

export function presentBeat(scenario: Scenario, context: StoryContext): BeatView {
  const beat = scenario.beats[context.beat];
  if (!beat) throw new Error(`presentBeat: there is no beat "${context.beat}" in "${scenario.id}"`);
  const customerExpression = expressionForMood(context.mood);
  const lines = beat.lines
    .filter((line) => holds(line.when, context))
    .map((line): LineView => {
      const member = line.speaker === null ? undefined : scenario.cast[line.speaker];
      return {
        speaker: line.speaker,
        name: line.speaker === TRAINEE ? 'You' : (member?.name ?? null),
        look: member?.look ?? null,
        text: line.text,
        face: line.face ?? null,
        audio: line.audio ?? null,
      };
    });
  const speakers = [
    scenario.customer,
    ...lines.map((l) => l.speaker).filter((s): s is string => s !== null && s !== scenario.customer),
  ];
  // A line's own `via` says how they speak in this beat (`in-person`: they are here after all).
  const voiced = beat.lines.filter((line) => holds(line.when, context));
  const voiceOf = (id: string): Voice | null | undefined => {
    const via = [...voiced].reverse().find((l) => l.speaker === id && l.via)?.via;
    return via === 'in-person' ? null : via;
  };
  const lastFace = (id: string) => [...lines].reverse().find((l) => l.speaker === id && l.face)?.face ?? null;
  const onStage = [...new Set(speakers)].flatMap((id) => {
    const member = scenario.cast[id];
    if (!member) return [];
    const expression = lastFace(id) ?? (id === scenario.customer ? customerExpression : 'content');
    const said = voiceOf(id);
    return [
      { id, name: member.name, look: member.look, expression, via: said === undefined ? (member.via ?? null) : said },
    ];
  });
  return {
    beat: context.beat,
    breakdown: beat.breakdown ?? null,
    lines,
    kind: beat.ending ? 'ending' : beat.next !== undefined ? 'continue' : 'choices',
    choices: orderChoices(choicesOffered(beat.choices, context), context.seed, context.beat, (c) => c.pin === true).map(
      (c) => ({ id: c.id, text: c.text }),
    ),
    patienceSeconds: beat.patience?.seconds ?? null,
    ending: beat.ending ?? null,
    mood: context.mood,
    customerExpression,
    onStage,
  };
}
