// The name a trainee or facilitator reads for a moment of a story: in the debrief's headings, on the mood
// chart, in the best-path card, the workshop summary and the names an LMS shows. A beat id is the author's
// handle ("serve-caesar", "walked-out") and never reaches them: an untitled beat gets a name made from its
// words, which were written for the trainee anyway.
import type { Beat, Scenario } from './schema.ts';

/** A made-up title is cut at a word near this length: it is a heading, not the line it comes from. */
const DERIVED_LENGTH = 48;
/** Said for a beat the story does not have (an old save's step, a bug): still words, never the id. */
const UNKNOWN_MOMENT = 'A moment of the story';

export function beatTitle(scenario: Scenario, beatId: string): string {
  const beat = scenario.beats[beatId];
  if (!beat) return UNKNOWN_MOMENT;
  return beat.title ?? beat.ending?.title ?? derivedTitle(beat);
}

/** From what broke, or else the beat's first line: its first sentence, cut at a word. */
export function derivedTitle(beat: Pick<Beat, 'breakdown' | 'lines'>): string {
  const source = beat.breakdown ?? beat.lines.find((l) => l.when === undefined)?.text ?? beat.lines[0]?.text ?? '';
  const sentence = firstSentence(source.replace(/^["“'‘]+|["”'’]+$/g, '').trim());
  return sentence ? clip(sentence) : UNKNOWN_MOMENT;
}

/** A title shorter than this takes the next sentence too: "Morning!" alone says nothing. */
const SHORTEST = 16;

function firstSentence(text: string): string {
  const ends = /[.!?…]+(?=["”’)]?\s|["”’)]?$)/g;
  let taken = text;
  for (let end = ends.exec(text); end; end = ends.exec(text)) {
    taken = text.slice(0, end.index);
    if (taken.length >= SHORTEST) break;
    taken = text;
  }
  return taken.replace(/["“”]/g, '').trim().replace(/\.+$/, '');
}

function clip(text: string): string {
  if (text.length <= DERIVED_LENGTH) return text;
  const cut = text.slice(0, DERIVED_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DERIVED_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, DERIVED_LENGTH)).replace(/[,;:–—-]+$/, '')}…`;
}

/** Decision beats without a title of their own: the checker warns, since their debrief heading is made up. */
export function untitledDecisions(scenario: Scenario): { beat: string; derived: string }[] {
  return Object.entries(scenario.beats).flatMap(([id, beat]) =>
    beat.choices && beat.title === undefined ? [{ beat: id, derived: derivedTitle(beat) }] : [],
  );
}

export const untitledMessage = (derived: string) =>
  `a beat with choices has no title: the debrief and the mood chart will call it "${derived}"; add \`title:\` with a few words of your own`;
