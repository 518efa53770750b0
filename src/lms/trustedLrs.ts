// A launch link names the LRS (and, for cmi5, the LMS's fetch address) the game reports to. A deployment
// that names the hosts it trusts has every other host refused here, before anything is sent, with the
// reason on screen; the page's connect-src would block the request anyway, but silently.
import type { LmsLaunch } from './launch.ts';

/** Does an origin pattern (`https://lrs.example.com`, `http://127.0.0.1:*`) cover this address? */
export function isTrusted(address: string, trusted: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  return trusted.some((pattern) => {
    if (!pattern.endsWith(':*')) return url.origin === pattern;
    const base = new URL(pattern.slice(0, -2));
    return url.protocol === base.protocol && url.hostname === base.hostname;
  });
}

/** The launch as read, or an invalid launch naming each address the deployment does not trust. */
export function trustLaunch(launch: LmsLaunch, trusted: readonly string[] | null): LmsLaunch {
  if (trusted === null || (launch.kind !== 'xapi' && launch.kind !== 'cmi5')) return launch;
  const addresses: [string, string][] = [['endpoint', launch.endpoint]];
  if (launch.kind === 'cmi5') addresses.push(['fetch', launch.fetch]);
  const problems = addresses
    .filter(([, address]) => !isTrusted(address, trusted))
    .map(
      ([name, address]) =>
        `${name}: ${new URL(address).origin} is not one of the addresses this site reports to (${trusted.join(', ')})`,
    );
  return problems.length ? { kind: 'invalid', standard: launch.kind === 'cmi5' ? 'cmi5' : 'xAPI', problems } : launch;
}
