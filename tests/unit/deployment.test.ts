// A deployment names the LRS hosts it trusts (README › Hosting): the build's policy and the game's own
// check of a launch link both follow it, and a bad name is refused at build time, saying which.
import { describe, expect, it } from 'vitest';
import type { LmsLaunch } from '../../src/lms/launch.ts';
import { isTrusted, trustLaunch } from '../../src/lms/trustedLrs.ts';
import { headersFile, pagePolicy } from '../../tools/vite/contentSecurityPolicy.ts';
import { parseOrigins, readDeployment } from '../../tools/vite/deployment.ts';

const actor = { mbox: 'mailto:ada@example.com' };
const xapi = (endpoint: string): LmsLaunch => ({
  kind: 'xapi',
  endpoint,
  auth: 'Basic x',
  actor,
  registration: null,
  activityId: null,
});

describe('the deployment’s names', () => {
  it('reads origins separated by spaces or commas, keeping only the origin', () => {
    expect(parseOrigins('SERVICE_HERO_LRS', ' https://lrs.example.com/ ,http://127.0.0.1:* ')).toEqual([
      'https://lrs.example.com',
      'http://127.0.0.1:*',
    ]);
    expect(parseOrigins('SERVICE_HERO_LRS', undefined)).toBeNull();
    expect(parseOrigins('SERVICE_HERO_LRS', '  ')).toBeNull();
  });

  it('refuses every bad entry at once, naming the variable', () => {
    expect(() =>
      parseOrigins('SERVICE_HERO_LRS', 'ftp://files.example.com lrs.example.com https://lrs.example.com/xapi/'),
    ).toThrow(
      /^SERVICE_HERO_LRS: "ftp:\/\/files.example.com" is not an http\(s\) origin.*; "lrs.example.com" is not .*; "https:\/\/lrs.example.com\/xapi\/" has a path; give the origin only, like https:\/\/lrs.example.com$/,
    );
  });

  it('trusts any LRS when none is named, the local test LRS in the test build, and exposes the game only outside production', () => {
    expect(readDeployment('production', {})).toEqual({ trustedLrs: null, lmsOrigins: null, exposeGame: false });
    expect(readDeployment('e2e', {}).trustedLrs).toEqual(['http://127.0.0.1:*', 'http://localhost:*']);
    expect(readDeployment('e2e', {}).exposeGame).toBe(true);
    expect(readDeployment('production', { SERVICE_HERO_LRS: 'https://lrs.example.com' }).trustedLrs).toEqual([
      'https://lrs.example.com',
    ]);
  });
});

describe('a launch link’s addresses', () => {
  const trusted = ['https://lrs.example.com', 'http://127.0.0.1:*'];

  it('match an origin exactly, or any port where the pattern says so', () => {
    expect(isTrusted('https://lrs.example.com/xapi/', trusted)).toBe(true);
    expect(isTrusted('https://lrs.example.com:8443/xapi/', trusted)).toBe(false);
    expect(isTrusted('http://lrs.example.com/xapi/', trusted)).toBe(false);
    expect(isTrusted('https://lrs.example.com.evil.example/xapi/', trusted)).toBe(false);
    expect(isTrusted('http://127.0.0.1:4180/xapi/', trusted)).toBe(true);
    expect(isTrusted('https://127.0.0.1:4180/xapi/', trusted)).toBe(false);
  });

  it('turn a launch to an untrusted host into a refused launch that says why, before anything is sent', () => {
    expect(trustLaunch(xapi('https://lrs.example.com/xapi/'), trusted)).toEqual(xapi('https://lrs.example.com/xapi/'));
    expect(trustLaunch(xapi('https://collector.evil.example/xapi/'), trusted)).toEqual({
      kind: 'invalid',
      standard: 'xAPI',
      problems: [
        'endpoint: https://collector.evil.example is not one of the addresses this site reports to (https://lrs.example.com, http://127.0.0.1:*)',
      ],
    });
    const cmi5: LmsLaunch = {
      kind: 'cmi5',
      endpoint: 'https://lrs.example.com/xapi/',
      fetch: 'https://lms.evil.example/token',
      actor,
      registration: '6b0a8f3e-2f7c-4a58-9f38-0d1c1d5e2a11',
      activityId: 'https://example.com/au',
    };
    const refused = trustLaunch(cmi5, trusted);
    expect(refused.kind === 'invalid' && refused.problems).toEqual([
      'fetch: https://lms.evil.example is not one of the addresses this site reports to (https://lrs.example.com, http://127.0.0.1:*)',
    ]);
    expect(trustLaunch(xapi('https://anything.example/xapi/'), null).kind).toBe('xapi');
    expect(trustLaunch({ kind: 'scorm', version: '2004' }, trusted)).toEqual({ kind: 'scorm', version: '2004' });
  });
});

describe('the policy and the headers', () => {
  it('connect only to the trusted origins, and frame only inside the named LMSs', () => {
    expect(pagePolicy('<head></head>', ['https://lrs.example.com'])).toContain(
      "connect-src 'self' https://lrs.example.com;",
    );
    expect(pagePolicy('<head></head>', null)).toContain("connect-src 'self' https: http:;");
    const headers = headersFile('<head></head>', {
      trustedLrs: ['https://lrs.example.com'],
      lmsOrigins: ['https://lms.example.com'],
    });
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; .*; frame-ancestors 'self' https:\/\/lms.example.com\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: no-referrer\n$/,
    );
    expect(headersFile('<head></head>', { trustedLrs: null, lmsOrigins: null })).not.toContain('frame-ancestors');
  });
});
