import { stories } from 'virtual:shipped-stories';

/** The id of the shipped, playable story a link names by its id or its file name, if there is one. */
export function playableStory(idOrFile: string): string | null {
  if (Object.hasOwn(stories, idOrFile)) return idOrFile;
  return Object.entries(stories).find(([, story]) => story.file === idOrFile)?.[0] ?? null;
}
