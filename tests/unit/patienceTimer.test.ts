// The customer's patience as a pausable clock, on injected time: no real waiting.
import { describe, expect, it } from 'vitest';
import { PatienceGate, PatienceTimer, type TimerHost } from '../../src/ui/patienceTimer.ts';

/** A clock the test moves by hand, firing due timers as it passes them. */
function fakeHost() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const host: TimerHost = {
    now: () => now,
    setTimer: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimer: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  };
  return { host, advance, pending: () => timers.size };
}

describe('the patience timer', () => {
  it('drains from full and runs out once, at its length', () => {
    const { host, advance } = fakeHost();
    let expired = 0;
    const timer = new PatienceTimer(25_000, host, () => expired++);
    expect(timer.fraction()).toBe(1);
    advance(10_000);
    expect(timer.fraction()).toBeCloseTo(0.6);
    advance(14_999);
    expect(expired).toBe(0);
    advance(1);
    expect(expired).toBe(1);
    expect(timer.fraction()).toBe(0);
    advance(60_000);
    expect(expired).toBe(1);
  });

  it('a pause stops it where it is, and it resumes with what was left', () => {
    const { host, advance, pending } = fakeHost();
    let expired = 0;
    const timer = new PatienceTimer(10_000, host, () => expired++);
    advance(4_000);
    timer.hold('player');
    expect(pending()).toBe(0);
    advance(600_000);
    expect(expired).toBe(0);
    expect(timer.remainingMs()).toBe(6_000);
    timer.release('player');
    advance(5_999);
    expect(expired).toBe(0);
    advance(1);
    expect(expired).toBe(1);
  });

  it('stays paused while anything still holds it (the player paused, then opened the settings)', () => {
    const { host, advance } = fakeHost();
    const timer = new PatienceTimer(10_000, host, () => undefined);
    timer.hold('player');
    timer.hold('settings');
    timer.release('settings');
    advance(20_000);
    expect(timer.paused).toBe(true);
    expect(timer.pausedByPlayer).toBe(true);
    expect(timer.remainingMs()).toBe(10_000);
  });

  it('a new length keeps the time already spent', () => {
    const { host, advance } = fakeHost();
    let expired = 0;
    const timer = new PatienceTimer(10_000, host, () => expired++);
    advance(4_000);
    timer.setTotal(20_000);
    expect(timer.remainingMs()).toBe(16_000);
    advance(15_999);
    expect(expired).toBe(0);
    advance(1);
    expect(expired).toBe(1);
  });

  it('stopped, it never runs out', () => {
    const { host, advance } = fakeHost();
    let expired = 0;
    const timer = new PatienceTimer(10_000, host, () => expired++);
    timer.stop();
    advance(20_000);
    expect(expired).toBe(0);
  });

  it('warns once at half, and once in the last five seconds', () => {
    const { host, advance } = fakeHost();
    const timer = new PatienceTimer(25_000, host, () => undefined);
    advance(12_000);
    expect(timer.warnings()).toEqual([]);
    advance(500);
    expect(timer.warnings()).toEqual(['half']);
    expect(timer.warnings()).toEqual([]);
    advance(7_500);
    expect(timer.warnings()).toEqual(['last']);
    advance(1_000);
    expect(timer.warnings()).toEqual([]);
  });
});

describe('when patience starts', () => {
  it('once the controls are live, once per beat', () => {
    const gate = new PatienceGate(false);
    expect(gate.controlsLive()).toBe(true);
    expect(gate.controlsLive()).toBe(false);
    gate.reset();
    expect(gate.controlsLive()).toBe(true);
  });

  it('where the screen reports it, only once the beat and every choice have also been seen, in either order', () => {
    const gate = new PatienceGate(true);
    expect(gate.controlsLive()).toBe(false);
    expect(gate.controlsSeen()).toBe(true);
    gate.reset();
    expect(gate.controlsSeen()).toBe(false);
    expect(gate.controlsLive()).toBe(true);
    expect(gate.controlsSeen()).toBe(false);
  });
});
