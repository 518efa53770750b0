// What a deployment says about where it runs, read from the environment at build time:
// - SERVICE_HERO_LRS: the LRS (and cmi5 LMS) origins the game may report to. The policy's connect-src and
//   the game's own check of a launch link both use it, so a crafted link cannot send a learner's results
//   (their name and email are in the actor) to a host the administrator never named.
// - SERVICE_HERO_LMS_ORIGINS: the LMS origins allowed to frame the game (frame-ancestors, header only).
import type { Plugin } from 'vite';

/** An origin, or an origin with any port (`http://127.0.0.1:*`), as CSP source expressions write them. */
export type TrustedOrigin = string;

/** The test build reports only to the test LRS on this machine, so the browser tests see the policy bite. */
const E2E_LRS = ['http://127.0.0.1:*', 'http://localhost:*'];

export interface Deployment {
  /** Null when the deployment names none: any http(s) LRS a launch names may be reported to. */
  trustedLrs: TrustedOrigin[] | null;
  /** Null when unnamed: no frame-ancestors in the headers (a meta policy cannot carry it anyway). */
  lmsOrigins: TrustedOrigin[] | null;
  /** Browser tests and the bench reach the running game through window.serviceHero; players' builds do not. */
  exposeGame: boolean;
}

/** Reads a list of origins, naming the variable and the value that is wrong. */
export function parseOrigins(variable: string, raw: string | undefined): TrustedOrigin[] | null {
  if (raw === undefined || !raw.trim()) return null;
  const problems: string[] = [];
  const origins = raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const anyPort = entry.endsWith(':*');
      try {
        const url = new URL(anyPort ? entry.slice(0, -2) : entry);
        if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
        if (url.pathname !== '/' || url.search || url.hash)
          problems.push(`"${entry}" has a path; give the origin only, like ${url.origin}`);
        return anyPort ? `${url.origin}:*` : url.origin;
      } catch {
        problems.push(`"${entry}" is not an http(s) origin, like https://lrs.example.com`);
        return '';
      }
    });
  if (problems.length) throw new Error(`${variable}: ${problems.join('; ')}`);
  return origins;
}

export function readDeployment(mode: string, env: Record<string, string | undefined>): Deployment {
  const named = parseOrigins('SERVICE_HERO_LRS', env['SERVICE_HERO_LRS']);
  return {
    trustedLrs: named ?? (mode === 'e2e' ? E2E_LRS : null),
    lmsOrigins: parseOrigins('SERVICE_HERO_LMS_ORIGINS', env['SERVICE_HERO_LMS_ORIGINS']),
    exposeGame: mode !== 'production',
  };
}

/** `virtual:deployment`: what the running game needs of the deployment. */
export function deployment(read: (mode: string) => Deployment): Plugin {
  const id = 'virtual:deployment';
  let mode = 'production';
  return {
    name: 'service-hero:deployment',
    configResolved(config) {
      mode = config.mode;
    },
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const { trustedLrs, exposeGame } = read(mode);
      return `export const trustedLrs = ${JSON.stringify(trustedLrs)};\nexport const exposeGame = ${JSON.stringify(exposeGame)};\n`;
    },
  };
}
