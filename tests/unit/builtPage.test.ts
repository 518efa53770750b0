// The built page is a plain Vite entry (src/main.ts): a real production build is made here and read as a
// browser would, to show that the page loads its entry by URL with nothing inline, that the entry holds only
// what the first screen needs (the engine's player, XState, zod and Phaser come with the rest of the game, by
// dynamic import), and that the policy allows no inline code.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH_REST } from '../../src/i18n/englishRest.ts';
import { pagePolicy } from '../../tools/vite/contentSecurityPolicy.ts';
import { projectRoot } from '../../tools/projectFiles.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the page’s policy', () => {
  it('allows the inline scripts and styles by hash, and nothing for scripts loaded by src', () => {
    const page =
      '<head><style>p{color:red}</style><script type="module">go()</script><script type="module" src="./x.js"></script></head>';
    const policy = pagePolicy(page);
    expect(policy).toContain(`script-src 'self' ${sha256('go()')};`);
    expect(policy).toContain(`style-src 'self' ${sha256('p{color:red}')};`);
    expect(policy.match(/sha256-/g)).toHaveLength(2);
    expect(pagePolicy('<head></head>')).toContain("script-src 'self';");
  });
});

describe('a production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'service-hero-build-'));
  let html = '';
  let chunks: Rolldown.OutputChunk[] = [];
  // The bundle as the build made it, to see which modules went into which chunk.
  const keep: Plugin = {
    name: 'keep-bundle',
    generateBundle: (_options, bundle) =>
      void (chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk')),
  };
  // A deployment that names its LRS and its LMS, as README › Hosting says.
  const deploymentEnv = {
    SERVICE_HERO_LRS: 'https://lrs.example.com, https://lms.example.com',
    SERVICE_HERO_LMS_ORIGINS: 'https://lms.example.com',
  };
  beforeAll(async () => {
    Object.assign(process.env, deploymentEnv);
    try {
      await build({
        root: projectRoot,
        mode: 'production',
        logLevel: 'silent',
        plugins: [keep],
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      for (const name of Object.keys(deploymentEnv)) delete process.env[name];
    }
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('connects only to the LRS origins the deployment names, and sends the headers a meta cannot carry', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    expect(policy).toContain("connect-src 'self' https://lrs.example.com https://lms.example.com;");
    expect(policy).not.toMatch(/https: http:/);
    const headers = readFileSync(join(outDir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'self' https://lms.example.com\n`);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  });

  it('leaves the running game unreachable from the console: no window.serviceHero in any built file', () => {
    const code = readdirSync(join(outDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'));
    expect(code.length).toBeGreaterThan(3);
    expect(code.some((c) => c.includes('startGame'))).toBe(true);
    for (const c of code) expect(c).not.toContain('serviceHero');
  });

  it('loads its entry by URL, with its styles, and writes no script or style into the page', () => {
    expect([...html.matchAll(/<script([^>]*)>/g)].map(([, attributes]) => attributes)).toEqual([
      expect.stringMatching(/ type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"/),
    ]);
    expect(html).not.toMatch(/<style/);
    const sheets = [...html.matchAll(/<link rel="stylesheet"[^>]* href="\.\/([^"]+)"/g)].map(([, file]) =>
      readFileSync(join(outDir, file!), 'utf8'),
    );
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toContain('.story-screen');
    // The web fonts come with the rest of the game (src/app/webFonts.ts), not before the first screen: its only
    // faces are the local fallbacks shaped like them (tools/vite/fontStacks.ts), which download nothing.
    expect(sheets[0]).toContain('@font-face');
    expect(sheets[0]).not.toMatch(/url\(/);
  });

  /** The modules of a chunk and of every chunk it imports statically: what must arrive before it runs. */
  const staticModules = (chunk: Rolldown.OutputChunk): string[] => {
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const seen = new Set<Rolldown.OutputChunk>();
    const visit = (c: Rolldown.OutputChunk) => {
      if (seen.has(c)) return;
      seen.add(c);
      for (const file of c.imports) visit(byFile.get(file)!);
    };
    visit(chunk);
    return [...seen].flatMap((c) => c.moduleIds);
  };

  /** Fails naming each pattern some module matches: each is what must not be loaded there. */
  const expectNone = (modules: readonly string[], heavy: readonly RegExp[]) => {
    for (const pattern of heavy)
      expect(
        modules.filter((id) => pattern.test(id)),
        String(pattern),
      ).toEqual([]);
  };

  it('keeps the engine’s player, XState, zod and Phaser out of the entry and everything it imports statically', () => {
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const entry = chunks.find((c) => c.isEntry && /(index\.html|src[\\/]main\.ts)$/.test(c.facadeModuleId ?? ''));
    expect(entry, 'the entry chunk').toBeDefined();
    const modules = staticModules(entry!);
    expect(modules.some((id) => id.endsWith('/src/app/opening.ts'))).toBe(true);
    expectNone(modules, [
      /node_modules[\\/]phaser[\\/]/,
      /node_modules[\\/]xstate[\\/]/,
      /node_modules[\\/]zod[\\/]/,
      /src[\\/]engine[\\/]storyPlayer/,
      /src[\\/]app[\\/]start\.ts$/,
      // The English of the screens after a story's opening: most of what the entry weighed (src/i18n/catalog.ts).
      /src[\\/]i18n[\\/]englishRest\.ts$/,
      ...Object.keys(ENGLISH_REST).map((namespace) => new RegExp(`messages[\\\\/]en[\\\\/]${namespace}\\.json$`)),
    ]);
    expect(modules.some((id) => /messages[\\/]en[\\/]story\.json$/.test(id))).toBe(true);
    // The rest of the game is a dynamic import of the entry's.
    expect(entry!.dynamicImports.map((file) => byFile.get(file)?.facadeModuleId ?? '')).toContainEqual(
      expect.stringMatching(/src[\\/]app[\\/]start\.ts$/),
    );
  });

  it('draws a first visit’s title or track from a chunk that needs neither the stores nor zod, XState or Phaser', () => {
    const title = chunks.find((c) => /src[\\/]app[\\/]entryScreen\.ts$/.test(c.facadeModuleId ?? ''));
    expect(title, 'the chunk of src/app/entryScreen.ts').toBeDefined();
    const modules = staticModules(title!);
    expect(modules.some((id) => id.endsWith('/src/ui/titleScreen.ts'))).toBe(true);
    expectNone(modules, [
      /node_modules[\\/]phaser[\\/]/,
      /node_modules[\\/]xstate[\\/]/,
      /node_modules[\\/]zod[\\/]/,
      /src[\\/]engine[\\/]schema\.ts$/,
      /src[\\/]play[\\/]progress[\\/]progressStore\.ts$/,
      /src[\\/]app[\\/]start\.ts$/,
      /src[\\/]i18n[\\/]englishRest\.ts$/,
      /shipped-library/,
    ]);
  });

  // Every entry (the title, a track, a resume, an LMS launch) waits for the rest of the game: the YAML readers
  // and the checks, which only a story file opened from disk needs, must not be part of that wait. A value
  // imported through an engine barrel (engine/authoring.ts) once brought both readers in.
  it('keeps the YAML readers and the story checks out of what the rest of the game needs to start', () => {
    const start = chunks.find((c) => /src[\\/]app[\\/]start\.ts$/.test(c.facadeModuleId ?? ''));
    expect(start, 'the chunk of src/app/start.ts').toBeDefined();
    const modules = staticModules(start!);
    expect(modules.some((id) => /node_modules[\\/]xstate[\\/]/.test(id))).toBe(true);
    expectNone(modules, [
      /node_modules[\\/]js-yaml[\\/]/,
      /node_modules[\\/]yaml[\\/]/,
      /src[\\/]engine[\\/]loadScenario\.ts$/,
      /src[\\/]engine[\\/]analysis[\\/]/,
    ]);
  });

  it('allows no inline script or style in its policy', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
  });
});
