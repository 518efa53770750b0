// A story or the catalogue with its texts in another language: each text a translation has (by the ids
// storyTexts.ts gives) takes its place, and every other text stays as written, so a story half translated plays
// with its untranslated lines in English, line by line. Only texts change: ids, levels, effects and the way
// through are the story's own, so a play is graded the same in every language. A translated line loses its
// recording (which says the line in the story's own language).
import type { Catalogue } from '../catalogue.ts';
import type { Scenario } from '../schema.ts';
import type { Track } from '../track.ts';

/** Translated texts by their id in the story (storyTexts.ts), only those a translator has finished. */
export type TranslatedTexts = Readonly<Record<string, string>>;

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The element of a list an id segment names: a choice or principle by its id, an article by its file, a line by its place. */
function child(container: Container, segment: string): unknown {
  if (!Array.isArray(container)) return container[segment];
  const byName = container.find(
    (item) =>
      isContainer(item) && !Array.isArray(item) && (item['id'] === segment || item['file'] === `${segment}.txt`),
  );
  return byName ?? (/^\d+$/.test(segment) ? container[Number(segment)] : undefined);
}

/** Puts one text in place; a text whose id names nothing (or names no text) is left out. */
function place(root: Container, id: string, text: string): boolean {
  const segments = id.split('.');
  const last = segments.pop();
  if (last === undefined) return false;
  let at: unknown = root;
  for (const segment of segments) at = isContainer(at) ? child(at, segment) : undefined;
  if (!isContainer(at)) return false;
  // A line is an object whose text is its `text`; its id ends with its place in the beat.
  const target = Array.isArray(at) ? child(at, last) : at;
  const key = Array.isArray(at) ? 'text' : last;
  if (!isContainer(target) || Array.isArray(target) || typeof target[key] !== 'string') return false;
  target[key] = text;
  // A line's recording says its words in the story's language: the translated line is read by the browser's voice.
  if (Array.isArray(at)) delete target['audio'];
  return true;
}

function translated<T extends object>(source: T, texts: TranslatedTexts): { result: T; placed: string[] } {
  // A story is plain data read from a file: a JSON copy is a full one (the engine runs without the DOM's structuredClone).
  const result = JSON.parse(JSON.stringify(source)) as T;
  const placed = Object.entries(texts).flatMap(([id, text]) =>
    place(result as unknown as Container, id, text) ? [text] : [],
  );
  return { result, placed };
}

/** The story in a translation's words where it has them; `placed` lists the texts put in. */
export function translateScenario(
  scenario: Scenario,
  texts: TranslatedTexts,
): { scenario: Scenario; placed: string[] } {
  const { result, placed } = translated(scenario, texts);
  return { scenario: result, placed };
}

/** The catalogue with its principles' names, summaries and questions in a translation's words where it has them. */
export function translateCatalogue(
  catalogue: Catalogue,
  texts: TranslatedTexts,
): { catalogue: Catalogue; placed: string[] } {
  const { result, placed } = translated(catalogue, texts);
  return { catalogue: result, placed };
}

/** A track with its name and summary in a translation's words where it has them. */
export function translateTrack(track: Track, texts: TranslatedTexts): { track: Track; placed: string[] } {
  const { result, placed } = translated(track, texts);
  return { track: result, placed };
}
