// The built page's Content-Security-Policy, as a <meta> in index.html, and the headers a host should send
// with it (dist/_headers), which can carry what a <meta> cannot.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { Deployment } from './deployment.ts';

/**
 * The built page's Content-Security-Policy. Each source is the least the game needs:
 * - script-src 'self': no eval and no inline script (any the build wrote into the page would be allowed by
 *   its hash; there is none today) (Phaser, XState, zod in jitless mode (src/engine/zod.ts) and the LMS clients all run
 *   without eval; tests/browser/csp.test.ts proves other inline script and eval are blocked).
 * - style-src 'self' (and the hash of any style the build wrote into the page). The UI
 *   sets its few inline styles through the CSSOM (h() in src/ui/dom.ts), which the policy does not
 *   govern, and all scenario text is inserted as text nodes, never parsed as HTML.
 * - img-src adds data: and blob: for the images Phaser makes from SVG art and canvases.
 * - connect-src allows the LRS origins the deployment names (SERVICE_HERO_LRS, tools/vite/deployment.ts),
 *   or any http(s) origin when it names none: the launch URL names the LRS (`endpoint`/`fetch`).
 * - worker-src 'self' for the service worker; manifest-src 'self' for the web manifest.
 * frame-ancestors cannot be set from a <meta> (browsers ignore it there). A host that wants it
 * should send it as an HTTP header, and must allow its LMS: LMSs run the game inside a frame,
 * so framing is deliberately not forbidden here.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:", // narrowed to the deployment's LRS origins in pagePolicy
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** What a page's inline elements of a kind hold (a script with src= is not inline). */
export function inlineContents(html: string, element: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${element}(\\s[^>]*)?>([\\s\\S]*?)</${element}>`, 'gi'))]
    .filter(([, attributes]) => !/\ssrc=/i.test(attributes ?? ''))
    .map(([, , content]) => content ?? '');
}

/**
 * The policy for a page, allowing exactly the inline scripts and styles the build wrote into it, by their
 * hashes, and connections to the trusted LRS origins only (any http(s) origin when `trustedLrs` is null).
 */
export function pagePolicy(html: string, trustedLrs: readonly string[] | null = null): string {
  const hashes = (element: 'script' | 'style') =>
    inlineContents(html, element)
      .map((content) => ` 'sha256-${createHash('sha256').update(content).digest('base64')}'`)
      .join('');
  const connect =
    trustedLrs === null ? "connect-src 'self' https: http:" : ["connect-src 'self'", ...trustedLrs].join(' ');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", (s) => s + hashes('script'))
    .replace("style-src 'self'", (s) => s + hashes('style'))
    .replace("connect-src 'self' https: http:", connect);
}

/**
 * dist/_headers, in the format Netlify and Cloudflare Pages read (README › Hosting shows the same for other
 * servers): the page's policy plus frame-ancestors, which only a header can carry, and the headers that stop
 * a browser guessing a file's type and a launch link (it carries the LRS credentials) leaking as a referrer.
 */
export function headersFile(html: string, deployment: Pick<Deployment, 'trustedLrs' | 'lmsOrigins'>): string {
  const framing = deployment.lmsOrigins === null ? '' : `; frame-ancestors 'self' ${deployment.lmsOrigins.join(' ')}`;
  return [
    '/*',
    `  Content-Security-Policy: ${pagePolicy(html, deployment.trustedLrs)}${framing}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}

/**
 * Puts the policy in the built page's <head>, right after the charset and before any script or style.
 * Build only: the dev server's HMR needs inline script. It runs last, on the page as built.
 */
export function contentSecurityPolicy(read: (mode: string) => Deployment): Plugin {
  let deployment: Deployment | null = null;
  return {
    name: 'service-hero:content-security-policy',
    apply: 'build',
    configResolved(config) {
      deployment = read(config.mode);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html))
          throw new Error('index.html needs a <meta charset> for the Content-Security-Policy to follow');
        const tag = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html, deployment?.trustedLrs ?? null).replaceAll("'", '&#39;')}" />`;
        return html.replace(charset, (meta) => `${meta}\n    ${tag}`);
      },
    },
    writeBundle(options, bundle) {
      const page = bundle['index.html'];
      if (!deployment || !options.dir || page?.type !== 'asset') return;
      const html = typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
      writeFileSync(join(options.dir, '_headers'), headersFile(html, deployment));
    },
  };
}
