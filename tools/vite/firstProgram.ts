// The page's first program (src/main.ts: the styles, the settings, the story opening) is written into the
// built index.html, so it runs the moment the page is parsed rather than after a second round of requests;
// on a cold load that round was the largest part of the wait for a story's first choice. The rest of the
// game (src/app/start.ts) is built as usual, as an entry of its own, and the first program asks for it, and
// for a linked story's data, by the file names this build gave them (src/app/builtFiles.ts).
//
// The two are separate programs, so they share no module instance: whatever both need that holds state
// (the opening on screen, the settings store, the screen reader's voice) is made once by the first program
// and handed to startGame() as an argument. In the dev server, src/main.ts is loaded as a module, as written.
import { join } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import type { BuiltFiles, BuiltModule } from '../../src/app/builtFiles.ts';
import { shippedContent } from './shippedContent.ts';

const PAGE_SCRIPT = /<script type="module" src="\/src\/main\.ts"><\/script>\s*/;
const PAGE_ENTRY = 'src/main.ts';
const START = 'src/app/start.ts';
const BUILT_FILES = 'src/app/builtFiles.ts';
const REST_OF_GAME = 'virtual:rest-of-game';
const FILE_NAMES = 'virtual:built-file-names';
/** The page's style element with the web fonts (see splitFontFaces); src/main.ts switches it on by this id. */
const WEB_FONTS_ID = 'web-fonts';
/** Stands for the built file names in the first program until the rest of the site has been built. */
const PLACEHOLDER = '__SERVICE_HERO_BUILT_FILES__';

interface FirstProgramBuild {
  js: string;
  css: string;
  /** The files its styles refer to (the fonts), to be written with the site. */
  assets: { fileName: string; source: string | Uint8Array }[];
}

/** The dev server's rest of the game: src/main.ts imports it like any module. */
function restOfGameByImport(): Plugin {
  return {
    name: 'service-hero:rest-of-game',
    apply: 'serve',
    resolveId: (id) => (id === REST_OF_GAME ? `\0${REST_OF_GAME}` : undefined),
    load: (id) => (id === `\0${REST_OF_GAME}` ? `export const loadRestOfGame = () => import('/${START}');` : undefined),
  };
}

/** What a module of the first program's build needs to import a built file by name. */
const importByFileName = (root: string) => [`import { files } from '${FILE_NAMES}';`, `import { importBuilt } from ${JSON.stringify(join(root, BUILT_FILES))};`];

/** In the first program's own build, the rest of the game and the stories are asked for by file name. */
function restOfGameByFileName(root: string): Plugin {
  return {
    name: 'service-hero:rest-of-game-by-file-name',
    resolveId: (id) => (id === REST_OF_GAME || id === FILE_NAMES ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${FILE_NAMES}`) return `export const files = JSON.parse(${JSON.stringify(PLACEHOLDER)});`;
      if (id === `\0${REST_OF_GAME}`) return [...importByFileName(root), `export const loadRestOfGame = () => importBuilt(files.start);`].join('\n');
      return undefined;
    },
  };
}

async function buildFirstProgram(config: ResolvedConfig): Promise<FirstProgramBuild> {
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [
      restOfGameByFileName(config.root),
      shippedContent({
        imports: importByFileName(config.root),
        load: (storyId) => `importBuilt(files.stories[${JSON.stringify(storyId)}])`,
      }),
    ],
    // The styles are written into the page, so the fonts they name are found from the page, in assets/.
    experimental: { renderBuiltUrl: (fileName) => `./${fileName}` },
    build: {
      write: false,
      target: config.build.target,
      minify: config.build.minify,
      modulePreload: false,
      cssCodeSplit: false,
      copyPublicDir: false,
      assetsInlineLimit: config.build.assetsInlineLimit,
      rolldownOptions: { input: join(config.root, PAGE_ENTRY), output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const assets = outputs.filter((o): o is Rolldown.OutputAsset => o.type === 'asset');
  const styles = assets.filter((a) => a.fileName.endsWith('.css'));
  if (chunks.length !== 1 || styles.length !== 1) {
    throw new Error(`the first program (${PAGE_ENTRY}) must build to one script and one style sheet, not ${chunks.length} and ${styles.length}`);
  }
  const js = chunks[0]!.code;
  const css = String(styles[0]!.source);
  if (/<\/script/i.test(js) || /<\/style/i.test(css)) throw new Error(`the first program (${PAGE_ENTRY}) contains "</script" or "</style", which would end its element in the page early`);
  return { js, css, assets: assets.filter((a) => !styles.includes(a)).map((a) => ({ fileName: a.fileName, source: a.source })) };
}

/** A chunk's file, every chunk it imports (directly or not) and all their styles, as Vite's preloading would ask for them. */
function builtModule(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk): BuiltModule {
  const imports = new Set<string>();
  const css = new Set<string>();
  const visit = (current: Rolldown.OutputChunk) => {
    for (const file of current.viteMetadata?.importedCss ?? []) css.add(file);
    for (const file of current.imports) {
      const imported = bundle[file];
      if (imports.has(file) || imported?.type !== 'chunk') continue;
      imports.add(file);
      visit(imported);
    }
  };
  visit(chunk);
  return { file: chunk.fileName, imports: [...imports], css: [...css] };
}

const STORY_MODULE = '\0virtual:shipped-story/';

function builtFiles(bundle: Rolldown.OutputBundle, root: string): BuiltFiles {
  const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId === join(root, START));
  if (!start) throw new Error(`the build has no chunk for ${START}`);
  const stories: Record<string, BuiltModule> = {};
  for (const chunk of chunks) {
    if (chunk.facadeModuleId?.startsWith(STORY_MODULE)) stories[chunk.facadeModuleId.slice(STORY_MODULE.length)] = builtModule(bundle, chunk);
  }
  return { start: builtModule(bundle, start), stories };
}

/**
 * The web fonts' rules, apart from the other styles. The page declares them switched off (media="not all")
 * and the first program switches them on once the opening has been painted (src/main.ts): fonts still on
 * their way made that first layout about 18 ms instead of 10, and it is painted in the fallback font either
 * way, since the font files take longer than that to arrive.
 */
function splitFontFaces(css: string): { fontFaces: string; rest: string } {
  const fontFace = /@font-face\s*\{[^}]*\}/g;
  return { fontFaces: (css.match(fontFace) ?? []).join(''), rest: css.replace(fontFace, '') };
}

/** The first program with the file names filled in; the placeholder must be there exactly once. */
export function withFileNames(js: string, files: BuiltFiles): string {
  const placeholder = new RegExp(`(["'\`])${PLACEHOLDER}\\1`, 'g');
  const found = js.match(placeholder)?.length ?? 0;
  if (found !== 1) throw new Error(`the first program should name the built files in one place, not ${found}`);
  return js.replace(placeholder, () => JSON.stringify(JSON.stringify(files)));
}

/** Writes the first program into the built page, in place of its module script. */
function firstProgramInThePage(): Plugin {
  let config: ResolvedConfig;
  let program: Promise<FirstProgramBuild> | null = null;
  return {
    name: 'service-hero:first-program-in-the-page',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          input: { index: 'index.html', start: START },
          // startGame is called by the first program, so the start entry keeps its exports.
          preserveEntrySignatures: 'exports-only',
        },
      },
    }),
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      program = buildFirstProgram(config);
      // Awaited where it is used; a failure here is reported there, with the build's own error.
      program.catch(() => undefined);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!program || !bundle) throw new Error('the first program was not built');
        const { js, css } = await program;
        const script = withFileNames(js, builtFiles(bundle, config.root));
        if (!html.includes('</head>')) throw new Error('index.html needs a </head> for the first program');
        const { fontFaces, rest } = splitFontFaces(css);
        // A module script runs once the page is parsed, wherever it stands; in the head it leaves the body to the game.
        const head = [`<style>${rest}</style>`, `<style id="${WEB_FONTS_ID}" media="not all">${fontFaces}</style>`, `<script type="module">${script}</script>`];
        return html.replace('</head>', () => `${head.join('\n  ')}\n  </head>`);
      },
    },
    async generateBundle(_options, bundle) {
      if (!program) throw new Error('the first program was not built');
      for (const asset of (await program).assets) if (!bundle[asset.fileName]) this.emitFile({ type: 'asset', ...asset });
    },
  };
}

/** The built page does not load src/main.ts as a module: firstProgramInThePage writes it in. */
function withoutPageScript(): Plugin {
  return {
    name: 'service-hero:without-page-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!PAGE_SCRIPT.test(html)) throw new Error(`index.html must load the first program with <script type="module" src="/${PAGE_ENTRY}"></script>`);
        return html.replace(PAGE_SCRIPT, '');
      },
    },
  };
}

export function firstProgram(): Plugin[] {
  return [restOfGameByImport(), withoutPageScript(), firstProgramInThePage()];
}
