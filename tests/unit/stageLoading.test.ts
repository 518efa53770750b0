import { describe, expect, it, vi } from 'vitest';
import { loadStageWhenIdle, stageLoader } from '../../src/app/stageLoading.ts';

function fakeWindow(readyState: DocumentReadyState) {
  const listeners: Array<() => void> = [];
  const timers: Array<{ run: () => void; ms: number }> = [];
  const idle: Array<() => void> = [];
  const win = {
    document: { readyState },
    addEventListener: (_type: string, run: () => void) => listeners.push(run),
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    requestIdleCallback: (run: () => void) => idle.push(run),
  };
  return { win: win as unknown as Parameters<typeof loadStageWhenIdle>[1], listeners, timers, idle };
}

describe('stageLoader', () => {
  it('starts loading once, however often a press asks', async () => {
    const start = vi.fn(async () => {});
    const stage = stageLoader(start);
    await Promise.all([stage.load(), stage.load(), stage.load()]);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('logs a failure rather than leaving a rejected promise behind', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(stageLoader(() => Promise.reject(new Error('offline'))).load()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledWith('[start] the stage could not be loaded', expect.any(Error));
    error.mockRestore();
  });
});

describe('loadStageWhenIdle', () => {
  it('waits for the load event, then the delay, then an idle moment', () => {
    const load = vi.fn();
    const { win, listeners, timers, idle } = fakeWindow('interactive');
    loadStageWhenIdle(load, win, 3000);
    expect(timers).toHaveLength(0);
    listeners.forEach((run) => run());
    expect(timers.map((t) => t.ms)).toEqual([3000]);
    timers[0]!.run();
    expect(load).not.toHaveBeenCalled();
    idle[0]!();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('starts the delay at once when the page has already loaded', () => {
    const { win, timers } = fakeWindow('complete');
    loadStageWhenIdle(() => {}, win, 10);
    expect(timers.map((t) => t.ms)).toEqual([10]);
  });
});
