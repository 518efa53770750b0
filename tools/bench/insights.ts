// Insights at a cohort's scale (issue 16), in the production build: 1,000 learners play 10 stories each through the
// engine and the game's own xAPI reporter (tools/insightsCohort.ts), about 110,000 statements, stored in the test
// LRS, which pages them 500 at a time as a real one does. Side by side in the same browser: the same pages fetched
// and nothing else (the baseline: what the network and the LRS cost), then Insights reading them from its form,
// to every view drawn; the page's longest task throughout, and the memory of the page and its Insights worker.
import type { Browser, CDPSession } from 'playwright-core';
import { startTestLrs, storeStatements } from '../testLrs/testLrs.ts';
import { ms } from './stats.ts';
import { cohortStatements } from '../cohortStatements.ts';

export interface InsightsFigures {
  learners: number;
  statements: number;
  pageSize: number;
  /** Every page fetched in the page with fetch(), nothing parsed but the JSON: the network's and the LRS's share. */
  fetchOnlyMs: number;
  /** From Read pressed to the last page counted, then to every view drawn once after it. */
  readMs: number;
  allDrawnMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** JavaScript heaps at the end: the page's and the Insights worker's (null where Chromium does not say). */
  heapMb: { page: number; worker: number | null };
}

const PAGE_SIZE = 500;
const VIEWS = ['Principles', 'Grades', 'People', 'Choices'] as const;

export async function measureInsights(
  browser: Browser,
  baseUrl: string,
  learners: number,
  progress: (message: string) => void,
): Promise<InsightsFigures> {
  const statements = await cohortStatements(learners, 10);
  progress(`insights: ${statements.length.toLocaleString('en')} statements made, storing them in the test LRS`);
  const lrs = await startTestLrs();
  try {
    await storeStatements(lrs, statements);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      lrs.pageStatements(PAGE_SIZE);
      await page.goto(`${baseUrl}?insights`);
      const fetchOnlyMs = await page.evaluate(
        async ({ endpoint, auth, size }) => {
          const started = performance.now();
          let url: string | null = `${endpoint}statements?limit=${size}&ascending=true`;
          while (url) {
            const answer = await fetch(url, { headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' } });
            const { more } = (await answer.json()) as { more?: string };
            url = more ? new URL(more, endpoint).href : null;
          }
          return performance.now() - started;
        },
        { endpoint: lrs.endpoint, auth: lrs.auth, size: PAGE_SIZE },
      );
      progress(`insights: the pages fetched alone in ${ms(fetchOnlyMs)}; now read by Insights`);

      lrs.pageStatements(PAGE_SIZE);
      await page.locator('.insights-lrs summary').click();
      await page.getByLabel('LRS address (its xAPI endpoint)').fill(lrs.endpoint);
      await page.getByLabel('Key (user name)').fill('service-hero');
      await page.getByLabel('Secret (password)').fill('test-password');
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const started = Date.now();
      await page.getByRole('button', { name: 'Read statements' }).click();
      await page
        .locator('.lrs-status')
        .filter({ hasText: /^Read [\d,]+ statements/ })
        .waitFor({ timeout: 300_000 });
      const readMs = Date.now() - started;
      for (const view of VIEWS) {
        await page.getByRole('tab', { name: view }).click();
        await page.locator(`#insights-${view.toLowerCase()}`).waitFor();
        // Its charts too, each drawn in a task after the view's (src/ui/insights/charts.ts, chartsLater).
        await page.waitForFunction(() => !document.querySelector('.insights-chart-slot'), undefined, { polling: 16 });
      }
      const allDrawnMs = Date.now() - started;
      // A frame after the last view, so its task has ended and been observed.
      const longTasks = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) =>
            requestAnimationFrame(() =>
              setTimeout(() => resolve((window as unknown as { longTasks: number[] }).longTasks), 0),
            ),
          ),
      );
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const workerHeap = await workerHeapSize(cdp, 'insightsWorker');
      return {
        learners,
        statements: statements.length,
        pageSize: PAGE_SIZE,
        fetchOnlyMs,
        readMs,
        allDrawnMs,
        longestTaskMs: Math.max(0, ...longTasks),
        longTasks: longTasks.length,
        heapMb: { page: usedSize / 1e6, worker: workerHeap === null ? null : workerHeap / 1e6 },
      };
    } finally {
      await page.close();
    }
  } finally {
    await lrs.close();
  }
}

/**
 * A dedicated worker's JavaScript heap, after a collection: workers have no performance.memory, so it is asked of
 * the worker's own DevTools target, reached through the page's (auto-attach lists the workers it already has).
 */
async function workerHeapSize(cdp: CDPSession, urlPart: string): Promise<number | null> {
  const attached = new Promise<string | null>((resolve) => {
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.url.includes(urlPart)) resolve(sessionId);
    });
    setTimeout(() => resolve(null), 5000);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await attached;
  if (!sessionId) return null;
  const answers = new Map<number, (result: { usedSize?: number }) => void>();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message) as { id: number; result?: { usedSize?: number } };
    answers.get(id)?.(result ?? {});
  });
  const ask = (id: number, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      answers.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await ask(1, 'HeapProfiler.collectGarbage');
  return (await ask(2, 'Runtime.getHeapUsage')).usedSize ?? null;
}

export function formatInsights(f: InsightsFigures): string {
  const mb = (v: number | null) => (v === null ? 'not reported' : `${v.toFixed(0)} MB`);
  return [
    `${f.learners.toLocaleString('en')} learners × 10 stories: ${f.statements.toLocaleString('en')} statements in the test LRS, ` +
      `${f.pageSize} a page.`,
    `The pages fetched alone (baseline): ${ms(f.fetchOnlyMs)}. Insights: read and counted ${ms(f.readMs)}, every view ` +
      `drawn ${ms(f.allDrawnMs)} after Read was pressed.`,
    `Longest task on the page: ${ms(f.longestTaskMs)} (${f.longTasks} over 50 ms). Heap at the end: page ` +
      `${mb(f.heapMb.page)}, Insights worker ${mb(f.heapMb.worker)}.`,
  ].join('\n');
}
