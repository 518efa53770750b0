// The page's entry: the styles, then the game. It is kept tiny so that the story a link names (or the
// one a reload resumes) starts downloading at once, alongside the game's code rather than after it has
// all been run. Which screen opens is still decided in app/start.ts; this only warms the cache (a second
// import of the same story module is the same download).
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@fontsource/fredoka/600.css';
import '@fontsource/fredoka/700.css';
import './ui/styles.css';
import './ui/settings.css';
import { stories } from 'virtual:shipped-stories';
import { readLaunchOptions } from './app/launchOptions.ts';
import { PROGRESS_KEY } from './app/progress/progressKey.ts';

function likelyStory(): string | null {
  const wanted = readLaunchOptions(window.location.search).scenario;
  if (wanted) return Object.hasOwn(stories, wanted) ? wanted : null;
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null');
    const id = (saved as { current?: { scenarioId?: unknown } } | null)?.current?.scenarioId;
    return typeof id === 'string' && Object.hasOwn(stories, id) ? id : null;
  } catch {
    return null; // unreadable or unavailable: app/start.ts reports it
  }
}

const story = likelyStory();
if (story) void stories[story]!.load().catch(() => undefined);
await import('./app/start.ts');
