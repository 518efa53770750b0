// The text-only baseline: the same first beat as the game shows for the same
// seed, as plain HTML with real <button>s and no script, styles or fonts. It is
// what "showing the story" costs at the least on this machine and this browser,
// so the game's time divided by it is a figure that holds across machines.
import { replaySteps, type BeatView } from '../../src/engine/index.ts';
import { readLibrary } from '../projectFiles.ts';

export const BENCH_SCENARIO = 'pub-caesar-dressing';
export const BENCH_SEED = 'bench';

/** The first beat as the engine presents it for the bench's story and seed (variations decided by the seed). */
export function firstBeat(scenarioId = BENCH_SCENARIO, seed = BENCH_SEED): BeatView {
  const library = readLibrary();
  const scenario = library.entries.find((e) => e.scenario?.id === scenarioId)?.scenario;
  if (!scenario || !library.catalogue)
    throw new Error(`the scenario ${scenarioId} does not load; run npm run check:scenarios`);
  const { player } = replaySteps(scenario, library.catalogue, seed, [], { timers: false });
  try {
    return player.view();
  } finally {
    player.stop();
  }
}

/** A baseline page's head: nothing but what any page needs, so the pages differ only in how they show the story. */
export const pageHead = (title: string): string[] => [
  '<!doctype html>',
  '<html lang="en">',
  '<head>',
  '<meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  // An empty icon, so the browser does not fetch /favicon.ico (which the preview server answers with the game's page).
  '<link rel="icon" href="data:,">',
  `<title>${title}</title>`,
  '</head>',
];

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page keeps the game's class names for the story box (story-screen, lines, text, choices), so one
 * in-page probe measures both pages with the same selectors and the same notion of "visible".
 */
export function baselineHtml(view: BeatView): string {
  const lines = view.lines.map(
    (line) =>
      `<p class="line">${line.name ? `<span class="speaker">${escape(line.name)}:</span> ` : ''}<span class="text">${escape(line.text)}</span></p>`,
  );
  const buttons =
    view.kind === 'choices'
      ? view.choices.map((choice) => `<button type="button" class="choice">${escape(choice.text)}</button>`)
      : [`<button type="button">${view.kind === 'ending' ? 'See your debrief' : 'Continue'}</button>`];
  return [
    ...pageHead('Service Hero: text-only baseline'),
    '<body>',
    '<main class="story-screen">',
    '<section aria-label="Story">',
    `<div class="lines">${lines.join('')}</div>`,
    `<div class="choices" role="group" aria-label="What do you do?">${buttons.join('')}</div>`,
    '</section>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
