// The lint run in `npm test`: typescript-eslint's recommended rules, and the floors of the house (README,
// "How it is built") as an import rule, so an import that runs up a floor, a circle, or the page's first
// program reaching for the engine's authoring side fails the tests instead of waiting for a reviewer.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The floors, bottom to top. A file imports from its own floor and the floors below it, never above. */
export const FLOORS = [
  {
    type: 'words',
    pattern: ['src/i18n'],
    says: "the interface's words in each language, and numbers and dates the player's way",
  },
  {
    type: 'engine',
    pattern: ['src/engine'],
    says: 'the rules: load, check, play and score a story; no page, no stage',
  },
  {
    type: 'play',
    pattern: ['src/play', 'src/lms'],
    says: 'a play and what it is kept in: the session, the stores, the LMS reports',
  },
  { type: 'screens', pattern: ['src/ui'], says: 'the DOM screens: each draws what the play floor hands it' },
  { type: 'stage', pattern: ['src/game'], says: 'the Phaser stage and its scenes, which mount the screens' },
  { type: 'app', pattern: ['src/app'], says: 'start-up wiring: reads the page, makes the stores, starts the game' },
];

/**
 * The engine's runtime side (src/engine/runtime.ts and the files it is made of): enough to play a compiled
 * story. The rest of the engine is its authoring side (src/engine/authoring.ts: loaders, checks, analysis).
 */
export const ENGINE_RUNTIME = [
  'runtime',
  'beatTitle',
  'catalogue',
  'choiceOrder',
  'compileScenario',
  'grading',
  'libraryLookup',
  'limits',
  'mastery',
  'playLog',
  'playStep',
  'plural',
  'presentBeat',
  'rehearsal',
  'rules',
  'schema',
  'scoring',
  'seededRandom',
  'storyOpening',
  'storyPlayer',
  'storageLike',
  'track',
  'trackStanding',
  'zod',
].map((name) => `src/engine/${name}.ts`);

/** The page's first program: src/main.ts and the start-up files it imports (it must stay small and quick). */
export const FIRST_PROGRAM = [
  'src/main.ts',
  'src/app/opening.ts',
  'src/app/pageBasics.ts',
  'src/app/warmStory.ts',
  'src/app/playableStory.ts',
  'src/app/firstVisit.ts',
  'src/app/entryScreen.ts',
];

const floorBelow = (index) => FLOORS.slice(0, index + 1).map((floor) => floor.type);
/** Every other file of the engine is on its authoring side: a new engine file is, until it is listed above. */
const ENGINE_AUTHORING = readdirSync('src/engine', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => `src/engine/${name.split('\\').join('/')}`)
  .filter((path) => !ENGINE_RUNTIME.includes(path));
const engineAuthoring = { file: { path: ENGINE_AUTHORING } };
const RUNTIME_ONLY =
  "{{to.file.path}} is on the engine's authoring side: the runtime (ENGINE_RUNTIME) and the page's first program play compiled stories and load none";

export const floorRules = {
  files: ['src/**/*.{ts,js}'],
  plugins: { boundaries, 'import-x': importX },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    'import-x/extensions': ['.ts', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    'boundaries/elements': FLOORS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false })),
    'boundaries/files': [
      { category: 'runtime', pattern: ENGINE_RUNTIME },
      { category: 'first-program', pattern: FIRST_PROGRAM },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        // Imports of packages, and imports inside one floor, are checked too (the policies below allow them where they may be).
        checkAllOrigins: true,
        checkInternals: true,
        checkUnknownLocals: true,
        message:
          '{{from.element.type}} may not import {{to.element.type}} ({{to.file.path}}): see the floors in README "How it is built"',
        policies: [
          // Packages from npm and Node, and the build's virtual modules, are for any floor (Phaser excepted, below).
          { allow: { to: { module: { origin: ['external', 'core', 'unknown'] } } } },
          // So is the art's manifest (assets/manifest.json), which the build writes from the art.
          { allow: { to: { file: { path: 'assets/*.json' } } } },
          // And the look builder (assets/src/character-builder.mjs), which draws a story's own looks from the art's
          // parts: the stage draws them, the studio shows them; both fetch it only when a story has such a look.
          {
            from: { element: { types: ['screens', 'stage'] } },
            allow: {
              to: {
                file: {
                  path: [
                    'assets/src/character-builder.mjs',
                    'assets/src/character-art.mjs',
                    'assets/src/characters-*.mjs',
                  ],
                },
              },
            },
          },
          ...FLOORS.map((floor, index) => ({
            from: { element: { type: floor.type } },
            allow: { to: { element: { types: floorBelow(index) } } },
          })),
          // src/main.ts, the page's entry, is on the top floor with the rest of start-up (a file, so not an element of its own).
          {
            from: { file: { path: 'src/main.ts' } },
            allow: { to: { element: { types: floorBelow(FLOORS.length - 1) } } },
          },
          // Playing a compiled story never needs a loader or an analysis.
          { from: { file: { categories: 'runtime' } }, disallow: { to: engineAuthoring }, message: RUNTIME_ONLY },
          // The page's first program plays with the runtime alone: the authoring side (YAML, zod's checks) loads later, if at all.
          { from: { file: { categories: 'first-program' } }, disallow: { to: engineAuthoring }, message: RUNTIME_ONLY },
          // index.ts is the whole engine, for tools and tests; the game's modules name the face they use.
          {
            from: { element: { type: '!engine' } },
            disallow: { to: { file: { path: 'src/engine/index.ts' } } },
            message:
              'import src/engine/runtime.ts or src/engine/authoring.ts, not the whole engine (index.ts is for tools and tests)',
          },
          // The stage is the only floor that knows Phaser.
          {
            from: { element: { type: '!stage' } },
            disallow: { to: { module: { source: 'phaser' } } },
            message: 'only the stage (src/game) imports Phaser',
          },
        ],
      },
    ],
    // A circle of value imports (a type-only import runs nothing, so it makes no circle at load time).
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-scorm/**',
      'test-output/**',
      'coverage/**',
      'node_modules/**',
      'tests/browser/fixtures/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // `const { id, ...rest } = x` is how the code leaves a property out of a copy: the named one is meant to go unused.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  floorRules,
  {
    // The studio reads the draft through one kept Document (src/play/studio/parsedText.ts), which nobody changes.
    files: ['src/play/studio/**/*.ts', 'src/ui/studio/**/*.ts'],
    ignores: ['src/play/studio/parsedText.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'yaml',
              importNames: ['parseDocument', 'parse', 'Parser', 'Composer'],
              message: 'read the draft with documentOf (src/play/studio/parsedText.ts): one parse per text, kept',
            },
          ],
        },
      ],
    },
  },
);
