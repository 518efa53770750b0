// `npm run lrs:demo`: an LRS on this machine with a made-up cohort's plays, for trying Insights' LRS reading before a
// company's LRS is at hand. It holds every statement the cohort's plays made, stored over a spread of times (so a
// reading's progress bar shows how far it has come), behind the key it prints; a wrong option is said in one line.
import { describe, expect, it } from 'vitest';
import { startDemoLrs } from '../../tools/demoLrs.ts';

describe('the demo LRS', { timeout: 60_000 }, () => {
  it('holds a cohort’s statements, stored over a spread of times, behind the key it prints', async () => {
    const started = await startDemoLrs(['--learners', '3']);
    if (typeof started === 'string') throw new Error(started);
    const { lrs, statements } = started;
    try {
      expect(statements).toBeGreaterThan(3 * 4 * 3);
      const headers = { 'X-Experience-API-Version': '1.0.3' };
      const refused = await fetch(`${lrs.endpoint}statements`, { headers });
      expect(refused.status).toBe(401);
      const authorization = `Basic ${Buffer.from('service-hero:test-password').toString('base64')}`;
      const stored: string[] = [];
      for (let url: string | null = `${lrs.endpoint}statements?limit=500`; url;) {
        const page = (await (await fetch(url, { headers: { ...headers, Authorization: authorization } })).json()) as {
          statements: { stored: string }[];
          more?: string;
        };
        stored.push(...page.statements.map((s) => s.stored));
        url = page.more ? new URL(page.more, lrs.endpoint).href : null;
      }
      expect(stored.length).toBe(statements);
      expect(new Set(stored).size).toBeGreaterThan(1);
    } finally {
      await lrs.close();
    }
  });

  it('says what is wrong with its command line', async () => {
    await expect(startDemoLrs(['--learners', 'lots'])).resolves.toMatch(
      /^--learners lots: a whole number from 1 to 5000\n/,
    );
    await expect(startDemoLrs(['--port'])).resolves.toMatch(/^--port needs a value, like --port 8787\n/);
    await expect(startDemoLrs(['--colour', 'red'])).resolves.toMatch(/^unknown option --colour; the options are/);
  });
});
