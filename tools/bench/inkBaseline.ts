// The second baseline: a text-only story player of the kind trainers write today, the same story as an
// inkjs page (Inky's web export, without its fade-ins: the runtime, the compiled story and a script that
// shows the text and the choices as buttons). The issue that set the entries' target measured against such
// a page; the script-free page (baseline.ts) is the floor under any page that runs a script at all.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import type { Scenario } from '../../src/engine/index.ts';
import { projectRoot, readLibrary } from '../projectFiles.ts';
import { pageHead } from './baseline.ts';

export const INK_PAGE = 'bench-ink.html';
const INK_DIR = 'bench-ink';

/** Ink reads these as syntax anywhere in a line; a backslash makes each plain text. */
const escapeInk = (text: string) => text.replace(/[\\#{}[\]|~<>/*+\-=]/g, (c) => `\\${c}`);
const knot = (beatId: string) => `b_${beatId.replace(/[^A-Za-z0-9]/g, '_')}`;

type Next = Scenario['beats'][string]['next'];
/** A text-only player has no flags: branches go where the last one, the one without a condition, goes. */
const target = (next: Next): string | null =>
  next === undefined ? null : typeof next === 'string' ? next : (next.at(-1)?.go ?? null);

/** The story as ink: a knot per beat, its unconditional lines, and its choices or Continue as ink choices. */
export function inkSource(scenario: Scenario): string {
  const name = (speaker: string | null) =>
    speaker === null ? null : speaker === 'you' ? 'You' : (scenario.cast[speaker]?.name ?? speaker);
  const out = [`-> ${knot(scenario.start)}`, ''];
  for (const [id, beat] of Object.entries(scenario.beats)) {
    out.push(`=== ${knot(id)} ===`);
    for (const line of beat.lines) {
      if (line.when !== undefined) continue;
      const speaker = name(line.speaker);
      out.push(escapeInk(speaker ? `${speaker}: ${line.text}` : line.text));
    }
    if (beat.choices)
      for (const choice of beat.choices) out.push(`+ [${escapeInk(choice.text)}] -> ${knot(target(choice.next)!)}`);
    else if (beat.next !== undefined) out.push(`+ [Continue] -> ${knot(target(beat.next)!)}`);
    else out.push('-> END');
    out.push('');
  }
  return out.join('\n');
}

/** The player's own script: Inky's web export's loop, writing each paragraph and choice at once. */
const MAIN_JS = `(function () {
  var story = new inkjs.Story(storyContent);
  var lines = document.querySelector('.lines');
  var choices = document.querySelector('.choices');
  function show() {
    while (story.canContinue) {
      var p = document.createElement('p');
      p.className = 'line';
      p.textContent = story.Continue();
      lines.appendChild(p);
    }
    choices.replaceChildren();
    story.currentChoices.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'choice';
      button.textContent = choice.text;
      button.addEventListener('click', function () {
        story.ChooseChoiceIndex(choice.index);
        lines.replaceChildren();
        show();
      });
      choices.appendChild(button);
    });
  }
  show();
})();
`;

const INK_HTML = [
  ...pageHead('Service Hero: text-only ink player'),
  '<body>',
  // The game's class names, so one probe measures every page with the same selectors.
  '<main class="story-screen">',
  '<section aria-label="Story">',
  '<div class="lines"></div>',
  '<div class="choices" role="group" aria-label="What do you do?"></div>',
  '</section>',
  '</main>',
  `<script src="${INK_DIR}/ink.js"></script>`,
  `<script src="${INK_DIR}/story.js"></script>`,
  `<script src="${INK_DIR}/main.js"></script>`,
  '</body>',
  '</html>',
  '',
].join('\n');

/** Compiles the story to ink's JSON and writes the page and its three scripts into the served site. */
export function writeInkBaseline(siteDir: string, scenarioId: string): void {
  const scenario = readLibrary().entries.find((e) => e.scenario?.id === scenarioId)?.scenario;
  if (!scenario) throw new Error(`the scenario ${scenarioId} does not load; run npm run check:scenarios`);
  const compiler = new Compiler(inkSource(scenario));
  const story = compiler.Compile();
  if (compiler.errors.length) throw new Error(`ink could not compile the story: ${compiler.errors.join('; ')}`);
  const dir = join(siteDir, INK_DIR);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(projectRoot, 'node_modules/inkjs/dist/ink.js'), join(dir, 'ink.js'));
  writeFileSync(join(dir, 'story.js'), `var storyContent = ${story.ToJson() ?? 'null'};\n`);
  writeFileSync(join(dir, 'main.js'), MAIN_JS);
  writeFileSync(join(siteDir, INK_PAGE), INK_HTML);
}
