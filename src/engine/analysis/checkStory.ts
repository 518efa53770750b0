// What `npm run check:scenarios` finds in one story file, as data: the loader's errors and warnings, then, for a
// story that loads, the analysis and what it places in the file (each grading rule's violation, the best choices'
// positions, decisions without a title). The command line prints it; the story studio shows it beside the text
// as it is written, so an author sees the same message at the same line in both.
import { untitledDecisions, untitledMessage } from '../beatTitle.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { LibraryEntry } from '../scenarioLibrary.ts';
import { parseYamlSource } from '../yamlSource.ts';
import { formatPositions } from './choicePositions.ts';
import { formatViolation } from './gradingRules.ts';
import { analyseScenario, type ScenarioAnalysis } from './index.ts';
import { scenarioRules, type ScenarioFinding } from './libraryRules.ts';

export interface CheckedStory {
  entry: LibraryEntry;
  analysis: ScenarioAnalysis | null;
  /** Load errors, then each grading rule's violations, placed in the file. */
  errors: Diagnostic[];
  warnings: Diagnostic[];
  findings: ScenarioFinding[];
}

/**
 * `text` gives the file's text: it is read again only to place what the analysis found, so a sound story with
 * nothing to place is read once.
 */
export function checkStory(entry: LibraryEntry, text: () => string): CheckedStory {
  if (!entry.scenario) return { entry, analysis: null, errors: entry.errors, warnings: entry.warnings, findings: [] };
  const analysis = analyseScenario(entry.scenario);
  let source: ReturnType<typeof parseYamlSource> | undefined;
  const place = (at: (string | number)[], message: string): Diagnostic => {
    source ??= parseYamlSource(entry.file, text());
    return source.ok
      ? source.source.diagnostic(at, message)
      : { file: entry.file, line: 1, col: 1, field: '', message };
  };
  const violations = analysis.violations ?? [];
  const errors = violations.filter((v) => v.severity === 'error').map((v) => place(v.at, formatViolation(v)));
  const warnings = [
    ...entry.warnings,
    ...violations.filter((v) => v.severity === 'warning').map((v) => place(v.at, formatViolation(v))),
  ];
  if (analysis.positions) warnings.push(place(['beats'], formatPositions(analysis.positions)));
  // A trainee reads a decision beat's title as a debrief heading; one made from its words is a stopgap.
  warnings.push(...untitledDecisions(entry.scenario).map((u) => place(['beats', u.beat], untitledMessage(u.derived))));
  // The analysis's graph again: building it is most of the library rules' cost on a big story.
  const findings = scenarioRules({ file: entry.file, scenario: entry.scenario }, analysis.graph);
  return { entry, analysis, errors, warnings, findings };
}
