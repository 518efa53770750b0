// Statements the LRS refused for good are set aside, never dropped: kept in
// this browser under the page's own key (so tabs never overwrite each other),
// counted in the reporting status, and saved as a JSON file of statements on
// request, which an LMS administrator can inspect or post to the LRS by hand.
import type { Statement } from '@xapi/xapi';
import type { QueueStorage } from './tabQueueStore.ts';

export interface SetAsideEntry {
  statement: Statement;
  status: number;
  detail: string;
  at: string;
}

export interface SetAsideStore {
  add(entry: SetAsideEntry): void;
  /** The learner's statements set aside in this browser for this LRS, by any page, oldest first. */
  all(): SetAsideEntry[];
}

/** `belongs` keeps each learner to their own: on a shared browser another learner's statements are neither counted nor saved. */
export function openSetAside(
  storage: QueueStorage | null,
  prefix: string,
  pageId: string,
  belongs: (statement: Statement) => boolean,
): SetAsideStore {
  const own = `${prefix}.set-aside.${pageId}`;
  // Kept in memory too: without storage they still last as long as the tab.
  const mine: SetAsideEntry[] = [];
  const read = (key: string): SetAsideEntry[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as SetAsideEntry[]) : [];
    } catch {
      return [];
    }
  };
  const keys = (): string[] => {
    if (!storage) return [];
    const found: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(`${prefix}.set-aside.`) && key !== own) found.push(key);
    }
    return found;
  };
  return {
    add(entry) {
      mine.push(entry);
      try {
        storage?.setItem(own, JSON.stringify(mine));
      } catch {
        /* the reporting status says unsent statements are not being kept */
      }
    },
    all: () =>
      [...keys().flatMap(read), ...mine]
        .filter((entry) => belongs(entry.statement))
        .sort((a, b) => a.at.localeCompare(b.at)),
  };
}
