// Every text of a story, a track or the principles catalogue that a trainee reads, each under an id that stays the same
// while the story is edited: the path to it in the file, by the ids the file gives (beats, choices, cast,
// principles) and, for a beat's lines, which have none, by their place in the beat. A translation is kept by these
// ids (tools/translations/), beside the English it was made from, so an edited English text shows its translation
// out of date. The notes (who says it, where it is) are what a translator sees beside the text.
import type { Catalogue } from '../catalogue.ts';
import type { Beat, Choice, Scenario } from '../schema.ts';
import type { Track } from '../track.ts';

export interface TextUnit {
  /** Stable within its file: `beats.kitchen.choices.ask-ruth-first.text`. */
  id: string;
  /** The source language's text. */
  text: string;
  /** Who says it, for a line: a cast member's name, "the trainee" or "narration". */
  speaker?: string;
  /** Where it is shown, in a few words a translator can act on. */
  context: string;
}

type Reasons = Readonly<Record<string, string>> | undefined;

function reasonUnits(prefix: string, upholds: Reasons, breaks: Reasons, where: string): TextUnit[] {
  return [
    ...Object.entries(upholds ?? {}).map(([principle, text]) => ({
      id: `${prefix}.upholds.${principle}`,
      text,
      context: `${where}: why it upholds the principle "${principle}" (shown in the debrief)`,
    })),
    ...Object.entries(breaks ?? {}).map(([principle, text]) => ({
      id: `${prefix}.breaks.${principle}`,
      text,
      context: `${where}: why it breaks the principle "${principle}" (shown in the debrief)`,
    })),
  ];
}

function choiceUnits(prefix: string, choice: Choice, beatName: string): TextUnit[] {
  const at = `${prefix}.choices.${choice.id}`;
  const where = `the choice "${choice.id}" at ${beatName}`;
  return [
    {
      id: `${at}.text`,
      text: choice.text,
      speaker: 'the trainee',
      context: `${where}: what the trainee chooses to do`,
    },
    ...(choice.feedback
      ? [{ id: `${at}.feedback`, text: choice.feedback, context: `${where}: the debrief's comment` }]
      : []),
    ...reasonUnits(at, choice.upholds, choice.breaks, where),
  ];
}

function beatUnits(beatId: string, beat: Beat, scenario: Scenario): TextUnit[] {
  const at = `beats.${beatId}`;
  const beatName = `the beat "${beatId}"`;
  const speakerOf = (speaker: string | null) =>
    speaker === null ? 'narration' : speaker === 'you' ? 'the trainee' : (scenario.cast[speaker]?.name ?? speaker);
  const units: TextUnit[] = [];
  if (beat.title)
    units.push({ id: `${at}.title`, text: beat.title, context: `${beatName}: its heading in the debrief` });
  if (beat.breakdown)
    units.push({ id: `${at}.breakdown`, text: beat.breakdown, context: `${beatName}: what broke down (a banner)` });
  beat.lines.forEach((line, index) =>
    units.push({
      id: `${at}.lines.${index}`,
      text: line.text,
      speaker: speakerOf(line.speaker),
      context: `${beatName}, line ${index + 1} of ${beat.lines.length}`,
    }),
  );
  for (const choice of beat.choices ?? []) units.push(...choiceUnits(at, choice, beatName));
  const patience = beat.patience;
  if (patience) {
    const where = `${beatName}: when the customer's patience runs out`;
    units.push({ id: `${at}.patience.text`, text: patience.text, context: `${where}, what the trainee is told` });
    if (patience.feedback)
      units.push({
        id: `${at}.patience.feedback`,
        text: patience.feedback,
        context: `${where}, the debrief's comment`,
      });
    units.push(...reasonUnits(`${at}.patience`, patience.upholds, patience.breaks, where));
  }
  const ending = beat.ending;
  if (ending) {
    const where = `${beatName}: the story's ending`;
    units.push({ id: `${at}.ending.title`, text: ending.title, context: `${where}, its title` });
    if (ending.experience)
      units.push({
        id: `${at}.ending.experience`,
        text: ending.experience,
        context: `${where}, what made it memorable`,
      });
    if (ending.summary)
      units.push({ id: `${at}.ending.summary`, text: ending.summary, context: `${where}, its summary` });
  }
  return units;
}

/** A story's texts in the file's order: its details, its cast, then beat by beat. */
export function storyTexts(scenario: Scenario): TextUnit[] {
  const units: TextUnit[] = [
    { id: 'title', text: scenario.title, context: "the story's title" },
    { id: 'summary', text: scenario.summary, context: "the story's summary, on the title screen" },
    { id: 'role', text: scenario.role, context: 'the part the trainee plays, shown as "Your role: …"' },
    { id: 'setting.place', text: scenario.setting.place, context: 'where the story happens' },
  ];
  if (scenario.setting.time)
    units.push({ id: 'setting.time', text: scenario.setting.time, context: 'when it happens' });
  for (const [id, member] of Object.entries(scenario.cast)) {
    units.push({ id: `cast.${id}.name`, text: member.name, context: `a character's name (${id})` });
    if (member.about)
      units.push({
        id: `cast.${id}.about`,
        text: member.about,
        context: `who ${member.name} is`,
      });
  }
  for (const [beatId, beat] of Object.entries(scenario.beats)) units.push(...beatUnits(beatId, beat, scenario));
  return units;
}

/** The catalogue's texts: the articles' titles and each principle's name, summary, argument and question. */
export function catalogueTexts(catalogue: Catalogue): TextUnit[] {
  return [
    ...catalogue.articles.map((article) => ({
      id: `articles.${article.file.replace(/\.txt$/, '')}.title`,
      text: article.title,
      context: `the title of the source article ${article.file}`,
    })),
    ...catalogue.principles.flatMap((principle) => {
      const at = `principles.${principle.id}`;
      const where = `the principle "${principle.id}"`;
      return [
        { id: `${at}.name`, text: principle.name, context: `${where}: its name` },
        { id: `${at}.summary`, text: principle.summary, context: `${where}: what it asks, in one sentence` },
        {
          id: `${at}.argument`,
          text: principle.argument,
          context: `${where}: where it sits in the articles' argument`,
        },
        ...(principle.discuss
          ? [{ id: `${at}.discuss`, text: principle.discuss, context: `${where}: a question for a workshop's room` }]
          : []),
      ];
    }),
  ];
}

/** A track's texts: its name (on the title screen, its page and the certificate) and its summary. */
export function trackTexts(track: Track): TextUnit[] {
  return [
    { id: 'title', text: track.title, context: "the track's name: on the title screen, its page and the certificate" },
    { id: 'summary', text: track.summary, context: "what the track covers, on the title screen and the track's page" },
  ];
}
