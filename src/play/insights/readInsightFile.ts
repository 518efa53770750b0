// One file dropped on the Insights screen, read for its plays: a progress export, a workshop summary, or xAPI
// statements (a list, or an LRS's page of them). Read fast with JSON.parse; a file that does not fit is read once
// more by the loader that places problems (line, column, property), every problem in one go, as a progress
// import is (describeProgressFile.ts). A file that cannot be read adds nothing and spoils nothing else.
import { describeIssues } from '../../engine/describeIssues.ts';
import { formatDiagnostic, sortDiagnostics } from '../../engine/diagnostics.ts';
import { fieldNamesOf } from '../../engine/loadYaml.ts';
import { parseYamlSource } from '../../engine/yamlSource.ts';
import type { z } from '../../engine/zod.ts';
import { t } from '../../i18n/intl.ts';
import { describeProgressFile, inJsonWords, jsonErrorPlace } from '../progress/describeProgressFile.ts';
import { PROGRESS_FORMAT, Progress } from '../progress/progressSchema.ts';
import { playsFromProgress, playsFromWorkshop, type FilePlays, type StoryShelf } from './fromFiles.ts';
import { playsFromStatements, type StoryIndex } from './fromStatements.ts';
import type { PlayRecord, SourceProblem, SourceReading } from './playRecords.ts';
import { StatementList, StatementPage } from './statementShape.ts';
import { WorkshopFile } from './workshopShape.ts';

export function readInsightFile(file: string, text: string, shelf: StoryShelf): SourceReading {
  const problem = (message: string): SourceProblem => ({ source: file, message });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return unread(file, [problem(t('insights.file.notJson', { where: `${file}${jsonErrorPlace(text, error)}` }))]);
  }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : null;
  if (record && 'format' in record && record.format === PROGRESS_FORMAT) {
    const read = Progress.safeParse(data);
    if (!read.success) return unread(file, describeProgressFile(file, text).map(problem));
    return fromFilePlays(file, 'progress', playsFromProgress(file, read.data, shelf));
  }
  if (Array.isArray(data) || (record && 'statements' in record)) {
    const read = Array.isArray(data) ? StatementList.safeParse(data) : StatementPage.safeParse(data);
    if (!read.success)
      return unread(file, placed(file, text, Array.isArray(data) ? StatementList : StatementPage).map(problem));
    const statements = Array.isArray(read.data) ? read.data : read.data.statements;
    return { source: file, kind: 'statements', plays: [], statements, problems: [] };
  }
  if (record && 'rows' in record && 'scenario' in record) {
    const read = WorkshopFile.safeParse(data);
    if (!read.success) return unread(file, placed(file, text, WorkshopFile).map(problem));
    const room = t('insights.room', { date: read.data.date, story: read.data.title });
    return fromFilePlays(file, 'workshop', playsFromWorkshop(file, read.data, shelf, room));
  }
  return unread(file, [problem(t('insights.file.notOurs', { where: file }))]);
}

const unread = (source: string, problems: SourceProblem[]): SourceReading => ({
  source,
  kind: 'statements',
  plays: [],
  statements: [],
  problems,
});

/**
 * Every problem of a file that does not fit its schema, at its line and column, in JSON's words. Read by the
 * loader's own YAML reader (JSON is YAML), which keeps where each value is; a list at the top is allowed here.
 */
function placed(file: string, text: string, schema: z.ZodType): string[] {
  const parsed = parseYamlSource(file, text);
  if (!parsed.ok) return parsed.errors.map((d) => formatDiagnostic(inJsonWords(d)));
  const result = schema.safeParse(parsed.source.data, { reportInput: true });
  if (result.success) return [];
  const issues = describeIssues(result.error.issues, parsed.source, fieldNamesOf(schema));
  return sortDiagnostics(issues).map((d) => formatDiagnostic(inJsonWords(d)));
}

function fromFilePlays(file: string, kind: SourceReading['kind'], read: FilePlays): SourceReading {
  const problems = [
    ...[...new Set(read.unknownStories)].map((story) => ({
      source: file,
      message: t('insights.file.unknownStory', { where: file, story }),
    })),
    ...[...new Set(read.changedStories)].map((story) => ({
      source: file,
      message: t('insights.file.changedStory', { where: file, story }),
    })),
  ];
  return { source: file, kind, plays: read.plays, statements: [], problems };
}

/** Every source's plays: the files' own, and those the statements of all sources make together. */
export function playsOf(
  readings: readonly SourceReading[],
  stories: StoryIndex,
): { plays: PlayRecord[]; skipped: number } {
  const pooled = playsFromStatements(
    readings.flatMap((r) => r.statements),
    stories,
  );
  return { plays: [...readings.flatMap((r) => r.plays), ...pooled.plays], skipped: pooled.skipped };
}
