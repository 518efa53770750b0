// What the profile screen says after moving progress in or out: which file, and what it added. Only what
// happened: an import that added nothing says so, and an export says the browser is saving the file (the
// page cannot know where the browser puts it, or whether the player then cancels).

import { plural } from '../engine/runtime.ts';
const plays = (n: number) => plural(n, { one: '# play', other: '# plays' });

/** `titles` are the stories of the plays added, each once, in the order they were played. */
export function importedMessage(file: string, added: number, inFile: number, titles: readonly string[]): string {
  if (inFile === 0) return `${file} holds no finished plays, so nothing was added.`;
  if (added === 0) return `Imported ${file}: nothing new, as all ${plays(inFile)} in it were already here.`;
  const stories =
    titles.length > 3 ? `${titles.slice(0, 3).join(', ')} and ${titles.length - 3} more` : titles.join(', ');
  const already =
    inFile > added ? ` ${plays(inFile - added)} in it ${inFile - added === 1 ? 'was' : 'were'} already here.` : '';
  return `Imported ${file}: added ${plays(added)} (${stories}).${already}`;
}

export function exportedMessage(file: string, played: number): string {
  return `Your browser is saving ${file}, with your ${plays(played)}: look in its downloads. Open it here with “Import progress” on another device.`;
}
