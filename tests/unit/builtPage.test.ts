// The built page carries its first program and styles inline (tools/vite/firstProgram.ts): a real
// production build is made here and read as a browser would, to show that everything the inline program
// names exists in the build, that the policy allows exactly the inline code and nothing else, and that the
// rest of the game still ships as files.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltFiles } from '../../src/app/builtFiles.ts';
import { pagePolicy } from '../../tools/vite/contentSecurityPolicy.ts';
import { withFileNames } from '../../tools/vite/firstProgram.ts';
import { projectRoot } from '../../tools/projectFiles.ts';

const files: BuiltFiles = { start: { file: 'assets/start-1.js', imports: ['assets/a-2.js'], css: ['assets/start-3.css'] }, stories: {} };
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the first program’s file names', () => {
  it('fills in the placeholder, in any quotes the minifier chose', () => {
    for (const quote of ['"', "'", '`']) {
      const filled = withFileNames(`const f=JSON.parse(${quote}__SERVICE_HERO_BUILT_FILES__${quote});`, files);
      expect(filled).not.toContain('__SERVICE_HERO_BUILT_FILES__');
      const literal = filled.slice('const f=JSON.parse('.length, -2);
      expect(JSON.parse(JSON.parse(literal) as string)).toEqual(files);
    }
  });

  it('refuses a program that names them nowhere, or twice', () => {
    expect(() => withFileNames('const f = 1;', files)).toThrow(/not 0/);
    expect(() => withFileNames('a("__SERVICE_HERO_BUILT_FILES__");b("__SERVICE_HERO_BUILT_FILES__")', files)).toThrow(/not 2/);
  });
});

describe('the page’s policy', () => {
  it('allows the inline scripts and styles by hash, and nothing for scripts loaded by src', () => {
    const page = '<head><style>p{color:red}</style><script type="module">go()</script><script type="module" src="./x.js"></script></head>';
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
  // A deployment that names its LRS and its LMS, as README › Hosting says.
  const deploymentEnv = { SERVICE_HERO_LRS: 'https://lrs.example.com, https://lms.example.com', SERVICE_HERO_LMS_ORIGINS: 'https://lms.example.com' };
  beforeAll(async () => {
    Object.assign(process.env, deploymentEnv);
    try {
      await build({ root: projectRoot, mode: 'production', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
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
    const code = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'));
    expect(code.length).toBeGreaterThan(3);
    expect(code.some((c) => c.includes('startGame'))).toBe(true);
    for (const c of code) expect(c).not.toContain('serviceHero');
  });

  it('writes the first program and its styles into the page, and loads no script or style sheet by URL', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toBe(' type="module"');
    expect(scripts[0]![2]!.length).toBeGreaterThan(10_000);
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    // The web fonts in a style of their own, switched off until the first program switches them on.
    const styles = [...html.matchAll(/<style([^>]*)>([\s\S]*?)<\/style>/g)];
    expect(styles.map(([, attributes]) => attributes)).toEqual(['', ' id="web-fonts" media="not all"']);
    expect(styles[0]![2]).toContain('.story-screen');
    expect(styles[0]![2]).not.toContain('@font-face');
    expect(styles[1]![2]!.match(/@font-face/g)!.length).toBeGreaterThanOrEqual(4);
    expect(styles[1]![2]!.replace(/@font-face\{[^}]*\}/g, '')).toBe('');
  });

  it('allows exactly that script and those styles in its policy', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!.replaceAll('&#39;', "'");
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => sha256(css!));
    expect(policy).toContain(`script-src 'self' ${sha256(script)};`);
    expect(policy).toContain(`style-src 'self' ${styles.join(' ')};`);
  });

  it('names only files the build wrote: the rest of the game, every story, and the fonts', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const named = /JSON\.parse\("(\{\\"start\\"[^]*?)"\)/.exec(script);
    expect(named, 'the built file names are in the program').not.toBeNull();
    const built = JSON.parse(JSON.parse(`"${named![1]!}"`) as string) as BuiltFiles;
    expect(built.start.file).toMatch(/^assets\/start-[\w-]+\.js$/);
    expect(Object.keys(built.stories)).toContain('pub-caesar-dressing');
    const all = [built.start, ...Object.values(built.stories)].flatMap((m) => [m.file, ...m.imports, ...m.css]);
    for (const file of all) expect(existsSync(join(outDir, file)), file).toBe(true);
    const fonts = [...html.matchAll(/url\(\.\/(assets\/[^)]+)\)/g)].map(([, file]) => file!);
    expect(fonts.length).toBeGreaterThan(4);
    for (const font of fonts) expect(existsSync(join(outDir, font)), font).toBe(true);
  });

  it('keeps the start entry’s startGame export, which the first program calls', () => {
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const start = /assets\/start-[\w-]+\.js/.exec(script)![0];
    expect(readFileSync(join(outDir, start), 'utf8')).toMatch(/export\s*\{[^}]*\bstartGame\b[^}]*\}/);
  });
});
