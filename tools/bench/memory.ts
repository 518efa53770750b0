// The JS heap over many complete plays in one page: does the game let go of
// what a finished play used? Each play goes to its debrief through the
// buttons, then "Try another path" starts the next; readings are taken at the
// debrief, after forcing garbage collection, so only what is still reachable counts. Each reading also
// says how much of the heap is compiled code (heapSnapshot.ts says why that is told apart).
import type { Browser, CDPSession } from 'playwright-core';
import { playToDebrief, tryAnotherPath } from './drive.ts';
import { VIEWPORT } from './firstChoice.ts';
import { compiledCodeBytes, type HeapSnapshotJson } from './heapSnapshot.ts';

export interface HeapReading {
  plays: number;
  usedBytes: number;
  totalBytes: number;
  /** Bytecode and machine code: part of usedBytes. */
  codeBytes: number;
}

export interface MemoryResult {
  readings: HeapReading[];
  plays: number;
  steps: number;
  seconds: number;
}

async function heapAfterGc(cdp: CDPSession): Promise<{ usedSize: number; totalSize: number }> {
  // Twice: the first pass can leave garbage that only becomes unreachable once finalizers and weak callbacks have run.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

async function heapSnapshot(cdp: CDPSession): Promise<HeapSnapshotJson> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as HeapSnapshotJson;
}

export async function measureMemory(
  browser: Browser,
  storyUrl: string,
  plays: number,
  readAt: readonly number[],
  progress: (message: string) => void,
): Promise<MemoryResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(storyUrl);
    await page.getByRole('region', { name: 'Story' }).waitFor({ timeout: 60_000 });
    const started = performance.now();
    const readings: HeapReading[] = [];
    let steps = 0;
    for (let play = 1; play <= plays; play++) {
      steps += await playToDebrief(page, play);
      if (readAt.includes(play)) {
        const heap = await heapAfterGc(cdp);
        const codeBytes = compiledCodeBytes(await heapSnapshot(cdp));
        readings.push({ plays: play, usedBytes: heap.usedSize, totalBytes: heap.totalSize, codeBytes });
        const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
        progress(
          `after ${play} plays: ${mb(heap.usedSize)}, ${mb(codeBytes)} of it code (${((performance.now() - started) / 1000).toFixed(0)} s)`,
        );
      }
      if (play < plays) await tryAnotherPath(page);
    }
    return { readings, plays, steps, seconds: (performance.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}
