// What the profile screen says after moving progress in or out: which file, and what it added. Only what
// happened: an import that added nothing says so, and an export says the browser is saving the file (the
// page cannot know where the browser puts it, or whether the player then cancels).
import { formatList, t } from '../i18n/intl.ts';

/** `titles` are the stories of the plays added, each once, in the order they were played. */
export function importedMessage(file: string, added: number, inFile: number, titles: readonly string[]): string {
  if (inFile === 0) return t('profile.imported.empty', { file });
  if (added === 0) return t('profile.imported.nothingNew', { file, inFile });
  // A list without "and" ("A, B, C"): the "and N more" after it is a message of its own.
  const list = formatList(titles.slice(0, 3), { type: 'unit', style: 'short' });
  const stories = titles.length > 3 ? t('profile.imported.andMore', { stories: list, more: titles.length - 3 }) : list;
  const message = t('profile.imported.added', { file, added, stories });
  return inFile > added ? `${message} ${t('profile.imported.alreadyHere', { count: inFile - added })}` : message;
}

export function exportedMessage(file: string, played: number): string {
  return t('profile.exported', { file, played });
}
