// Where the Insights screen's plays come from: files picked, a folder picked, or either dropped on the screen
// (a folder's JSON files, however deep); and the list of what each file gave, problems included.
import { t } from '../../i18n/intl.ts';
import type { SourceSummary } from '../../play/insights/insightsPool.ts';
import { button, h, onFilesDropped } from '../dom.ts';

/** "Add files…" and "Add a folder…": real buttons, each opening a hidden file input. */
export function filePickers(add: (files: readonly File[]) => void): HTMLElement[] {
  const input = (folder: boolean) => {
    const el = h('input', {
      type: 'file',
      multiple: true,
      accept: folder ? undefined : '.json,application/json',
      class: 'visually-hidden',
      tabindex: -1,
      'aria-hidden': 'true',
      webkitdirectory: folder,
    });
    el.addEventListener('change', () => {
      const files = [...(el.files ?? [])].filter((f) => !folder || /\.json$/i.test(f.name));
      el.value = '';
      add(files);
    });
    return el;
  };
  const files = input(false);
  const folder = input(true);
  return [
    button(t('insights.addFiles'), () => files.click(), { class: 'button primary' }),
    button(t('insights.addFolder'), () => folder.click(), { class: 'button' }),
    files,
    folder,
  ];
}

/** Files or folders dropped anywhere on the screen; a folder's JSON files are read, however deep. */
export function acceptDrops(screen: HTMLElement, add: (files: readonly File[]) => void): void {
  onFilesDropped(screen, (transfer) => {
    const entries = [...transfer.items].flatMap((item) => item.webkitGetAsEntry() ?? []);
    void Promise.all(entries.map(filesIn)).then((found) => add(found.flat()));
  });
}

async function filesIn(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile)
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (f) => resolve([f]),
        () => resolve([]),
      ),
    );
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // A directory reader hands its entries over in batches, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) => reader.readEntries(resolve, () => resolve([])));
    if (!batch.length) break;
    children.push(...batch);
  }
  const nested = await Promise.all(children.filter((c) => c.isDirectory || /\.json$/i.test(c.name)).map(filesIn));
  return nested.flat();
}

export function sourceList(readings: readonly SourceSummary[], skipped: number): HTMLElement[] {
  if (!readings.length) return [];
  const read = readings.filter((r) => !r.problems.length || r.plays || r.statements);
  const problems = readings.flatMap((r) => r.problems);
  const line = (r: SourceSummary) =>
    t(
      r.kind === 'progress'
        ? 'insights.source.progress'
        : r.kind === 'workshop'
          ? 'insights.source.workshop'
          : 'insights.source.statements',
      {
        file: r.source,
        plays: r.plays,
        statements: r.statements,
      },
    );
  return [
    h('ul', { class: 'insights-files' }, ...read.map((r) => h('li', {}, line(r)))),
    ...(skipped ? [h('p', { class: 'insights-note' }, t('insights.skipped', { count: skipped }))] : []),
    ...(problems.length
      ? [
          // Folded once something was read, so a long list does not push the views off the screen; the status
          // line has said how many there are.
          h(
            'details',
            { class: 'insights-problems', open: !read.some((r) => r.plays || r.statements) },
            h('summary', {}, t('insights.problems', { count: problems.length })),
            h('ul', {}, ...problems.map((p) => h('li', {}, h('code', {}, p.message)))),
          ),
        ]
      : []),
  ];
}
