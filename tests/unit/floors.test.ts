// The floors of the house (README, "How it is built") are a lint rule (eslint.config.js). These lint a few
// deliberately wrong imports, as if written in the files named, and check the rule catches each one (and
// passes a right one, so it is not simply failing everything); then they follow the page's first program's
// imports to check it reaches nothing of the engine's authoring side.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_RUNTIME } from '../../eslint.config.js';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

/** The rules that fail when `text`, written as the file at `filePath`, is linted. */
async function broken(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await broken('src/ui/wrong.ts', 'export const warm = 1;\n'); // loads the plugins once
}, 60_000);

// Each lint follows the imports it checks through the real source tree (for circles), which takes seconds.
describe('the floors, as a lint rule', { timeout: 60_000 }, () => {
  it('passes an import down a floor: a screen reading the play session', async () => {
    expect(
      await broken(
        'src/ui/wrong.ts',
        "import { PlaySession } from '../play/playSession.ts';\nexport const session = PlaySession;\n",
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'the play floor importing a screen',
      'src/play/wrong.ts',
      "import { StoryScreen } from '../ui/storyScreen.ts';\nexport const screen = StoryScreen;\n",
      /play may not import screens/,
    ],
    [
      'the engine importing the play floor',
      'src/engine/wrong.ts',
      "import { PlaySession } from '../play/playSession.ts';\nexport const session = PlaySession;\n",
      /engine may not import play/,
    ],
    [
      'a screen importing the stage',
      'src/ui/wrong.ts',
      "import { SceneKeys } from '../game/services.ts';\nexport const keys = SceneKeys;\n",
      /screens may not import stage/,
    ],
    [
      'the stage importing start-up',
      'src/game/wrong.ts',
      "import { startGame } from '../app/start.ts';\nexport const start = startGame;\n",
      /stage may not import app/,
    ],
    [
      'a screen importing Phaser',
      'src/ui/wrong.ts',
      "import Phaser from 'phaser';\nexport const phaser = Phaser;\n",
      /only the stage \(src\/game\) imports Phaser/,
    ],
    [
      'a game module importing the whole engine',
      'src/ui/wrong.ts',
      "import { plural } from '../engine/index.ts';\nexport const p = plural;\n",
      /not the whole engine/,
    ],
  ])('fails %s', async (_what, filePath, text, expected) => {
    const found = await broken(filePath, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^boundaries\/dependencies/);
    expect(found[0]).toMatch(expected);
  });

  it("fails the page's first program importing the engine's authoring side, and passes its runtime", async () => {
    const authoring = await broken(
      'src/app/opening.ts',
      "import { loadScenario } from '../engine/authoring.ts';\nexport const load = loadScenario;\n",
    );
    expect(authoring).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: src\/engine\/authoring\.ts is on the engine's authoring side/),
    ]);
    expect(
      await broken(
        'src/main.ts',
        "import { loadScenario } from './engine/loadScenario.ts';\nexport const load = loadScenario;\n",
      ),
    ).toHaveLength(1);
    expect(
      await broken(
        'src/app/opening.ts',
        "import { orderChoices } from '../engine/choiceOrder.ts';\nexport const order = orderChoices;\n",
      ),
    ).toEqual([]);
  });

  it("fails the engine's runtime importing a loader", async () => {
    const found = await broken(
      'src/engine/storyPlayer.ts',
      "import { loadScenario } from './loadScenario.ts';\nexport const load = loadScenario;\n",
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^boundaries\/dependencies: src\/engine\/loadScenario\.ts is on the engine's authoring side/,
      ),
    ]);
  });

  it('fails an import circle', async () => {
    // grading.ts imports values (LEVEL_POINTS) from rules.ts: rules.ts importing grading.ts back closes a circle.
    expect(readFileSync(resolve(root, 'src/engine/grading.ts'), 'utf8')).toMatch(
      /^import \{[^}]*\bLEVEL_POINTS\b[^}]*\} from '\.\/rules\.ts';$/m,
    );
    const found = await broken(
      'src/engine/rules.ts',
      "import { gradePlay } from './grading.ts';\nexport const grade = gradePlay;\n",
    );
    expect(found).toEqual(['import-x/no-cycle: Dependency cycle detected']);
  });
});

/** The files a module loads when it runs: its static imports, followed (type-only imports load nothing). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [resolve(root, entry)];
  const imports = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (let file = todo.pop(); file; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|js)$/.test(file)) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(imports)) {
      const target = resolve(dirname(file), spec!);
      if (existsSync(target)) todo.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/'));
}

describe("the engine's runtime face", () => {
  it('is made of the runtime files alone', () => {
    const engine = staticGraph('src/engine/runtime.ts');
    expect(engine.length).toBeGreaterThan(10);
    expect(engine.filter((file) => !ENGINE_RUNTIME.includes(file))).toEqual([]);
  });

  it("is all the page's first program reaches of the engine", () => {
    const first = staticGraph('src/main.ts');
    expect(first).toContain('src/app/opening.ts');
    const engine = first.filter((file) => file.startsWith('src/engine/'));
    expect(engine.length).toBeGreaterThan(0);
    expect(engine.filter((file) => !ENGINE_RUNTIME.includes(file))).toEqual([]);
  });
});
