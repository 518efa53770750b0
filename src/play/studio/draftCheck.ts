// A draft checked as `npm run check:scenarios -- <file>` checks a file (the same loader, checks and analysis),
// reduced to what the story studio shows and can send from its worker: the problems at their lines, what the
// analysis says, and the loaded story to play.
import { checkStory } from '../../engine/analysis/checkStory.ts';
import { formatAnalysis, formatFinding, notCheckedReason } from '../../engine/analysis/index.ts';
import {
  loadScenario,
  principlesCited,
  type Diagnostic,
  type LibraryEntry,
  type ScenarioResult,
} from '../../engine/authoring.ts';
import type { ArtManifest, Catalogue, Grade, Scenario } from '../../engine/runtime.ts';
import { parseYamlSource } from '../../engine/yamlSource.ts';
import { beatBlocks } from './parsedText.ts';
import { playList, type PlayList } from './playList.ts';
import { storyMap, type StoryMap } from './storyMap.ts';

export interface DraftReport {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** The story, when it loads (it may still have errors: a grading rule broken, for one). */
  story: {
    scenario: Scenario;
    beats: number;
    breakdowns: number;
    endings: number;
    grades: { lowest: Grade; highest: Grade } | null;
    routine: Grade | null;
    /** The catalogue's principles a choice upholds or breaks, by id. */
    principles: string[];
    /** The command line's lines on the story: plays, grade range, routine path, grading rules, dominated choices. */
    analysis: string[];
    /** What the library's rules say of this one story (the command line's "library rule" lines). */
    findings: string[];
    /** Every play with its grade, as the Plays view lists them. */
    plays: PlayList;
    map: StoryMap;
    /** The line each beat's id is on, for the map's "Show in the text". */
    beatLines: Record<string, number>;
  } | null;
}

/** What a story that loads shows before its analysis is done: its map. */
export interface DraftLoaded {
  map: StoryMap;
}

/**
 * `early` hears the map as soon as the story has loaded, before the analysis (a third to a half of a check; a second
 * or more for a 10,000-beat story): the map is drawn then, once, and the check's problems join it when they come.
 */
export function checkDraft(
  name: string,
  text: string,
  catalogue: Catalogue,
  art: ArtManifest,
  early?: (loaded: DraftLoaded) => void,
): DraftReport {
  const loaded: ScenarioResult = loadScenario(name, text, { catalogue, art });
  const map = loaded.ok ? storyMap(loaded.scenario) : null;
  if (map) early?.({ map });
  const entry: LibraryEntry = loaded.ok
    ? { file: name, title: loaded.scenario.title, scenario: loaded.scenario, errors: [], warnings: loaded.warnings }
    : { file: name, title: name, scenario: null, errors: loaded.errors, warnings: [] };
  const checked = checkStory(entry, () => text);
  const { scenario } = entry;
  const { analysis } = checked;
  if (!scenario || !analysis) return { errors: checked.errors, warnings: checked.warnings, story: null };
  const beats = Object.values(scenario.beats);
  return {
    errors: checked.errors,
    warnings: checked.warnings,
    story: {
      scenario,
      beats: beats.length,
      breakdowns: beats.filter((b) => b.breakdown).length,
      endings: beats.filter((b) => b.ending).length,
      grades:
        analysis.grades.kind === 'computed'
          ? { lowest: analysis.grades.lowest, highest: analysis.grades.highest }
          : null,
      routine: analysis.routine?.grade ?? null,
      principles: principlesCited(scenario),
      analysis: formatAnalysis(analysis),
      findings: checked.findings.map(formatFinding),
      plays: playList(analysis.plays, notCheckedReason(analysis.plays)),
      map: map ?? storyMap(scenario),
      beatLines: beatLines(name, text, Object.keys(scenario.beats)),
    },
  };
}

function beatLines(name: string, text: string, beats: string[]): Record<string, number> {
  // Found by their lines where they can be (a second reading of a big story's text took a third of its check).
  const blocks = beatBlocks(text);
  if (blocks && beats.every((id) => blocks.beats.has(id))) {
    const lines: Record<string, number> = {};
    let line = 1;
    let at = 0;
    for (const [id, { from }] of blocks.beats) {
      for (; at < from; at++) if (text.charCodeAt(at) === 10) line++;
      lines[id] = line;
    }
    return lines;
  }
  const parsed = parseYamlSource(name, text);
  const lines: Record<string, number> = {};
  if (parsed.ok) for (const id of beats) lines[id] = parsed.source.locate(['beats', id], { key: true }).line;
  return lines;
}
