// The customer's patience on one beat, as a clock the player can pause: it knows how much time is left, runs out
// once, and says which warnings have come due. Time and the one timeout it schedules are injected, so tests run
// it without waiting (tests/unit/patienceTimer.test.ts). It decides nothing about the story: running out calls
// `expired`, and the session tells the story's player.

export interface TimerHost {
  /** Milliseconds on a clock that only goes forward (performance.now in the page). */
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Why the clock is held; it runs only while nothing holds it. */
export type PauseReason = 'player' | 'settings';

/** Warnings said as the patience drains: half gone, then the last few seconds (or the last fifth, if sooner). */
export type PatienceWarning = 'half' | 'last';
const LAST_MS = 5000;

export class PatienceTimer {
  private spentMs = 0;
  private runningSince: number | null = null;
  private readonly holds = new Set<PauseReason>();
  private handle: unknown = undefined;
  private done = false;
  private readonly warned = new Set<PatienceWarning>();

  constructor(
    private totalMs: number,
    private readonly host: TimerHost,
    private readonly expired: () => void,
  ) {
    this.run();
  }

  get total(): number {
    return this.totalMs;
  }

  get paused(): boolean {
    return this.holds.size > 0;
  }

  /** Held by the player (the pause key) rather than only while the settings are open. */
  get pausedByPlayer(): boolean {
    return this.holds.has('player');
  }

  get over(): boolean {
    return this.done;
  }

  remainingMs(): number {
    const running = this.runningSince === null ? 0 : this.host.now() - this.runningSince;
    return Math.max(0, this.totalMs - this.spentMs - running);
  }

  /** What is left, from 1 (full) to 0. */
  fraction(): number {
    return this.totalMs > 0 ? this.remainingMs() / this.totalMs : 0;
  }

  hold(reason: PauseReason): void {
    if (this.done) return;
    this.holds.add(reason);
    this.halt();
  }

  release(reason: PauseReason): void {
    if (this.done || !this.holds.delete(reason)) return;
    if (!this.paused) this.run();
  }

  /** A new length (the time limits setting changed): the time already spent stays spent. */
  setTotal(totalMs: number): void {
    if (this.done) return;
    const wasRunning = this.runningSince !== null;
    this.halt();
    this.totalMs = totalMs;
    if (wasRunning) this.run();
  }

  /** The beat ended some other way (a choice, a rewind, the story left): it never runs out now. */
  stop(): void {
    this.halt();
    this.done = true;
  }

  /** The warnings that have come due since last asked, each once; when two come due together, the later one. */
  warnings(): PatienceWarning[] {
    if (this.done) return [];
    const left = this.remainingMs();
    const at: Record<PatienceWarning, number> = { half: this.totalMs / 2, last: Math.min(LAST_MS, this.totalMs / 5) };
    const due = (['half', 'last'] as const).filter((w) => left <= at[w] && !this.warned.has(w));
    due.forEach((w) => this.warned.add(w));
    return due.slice(-1);
  }

  private run(): void {
    if (this.done || this.paused || this.runningSince !== null) return;
    const left = this.remainingMs();
    this.runningSince = this.host.now();
    this.handle = this.host.setTimer(() => this.fire(), left);
  }

  private halt(): void {
    if (this.runningSince !== null) this.spentMs += this.host.now() - this.runningSince;
    this.runningSince = null;
    this.host.clearTimer(this.handle);
    this.handle = undefined;
  }

  private fire(): void {
    if (this.done) return;
    // A timer can fire a little early or late against the clock; what counts is that it was due.
    this.halt();
    this.spentMs = this.totalMs;
    this.done = true;
    this.expired();
  }
}

/**
 * When a beat's patience may start: once its controls are live (controlsGuard.ts), and, where the story screen
 * reports it, once the whole beat and every choice have been seen. Each signal says whether to start now; the
 * answer is yes once per beat.
 */
export class PatienceGate {
  private live = false;
  private seen = false;
  private started = false;

  constructor(private readonly awaitSeen: boolean) {}

  /** A new beat (or the same one shown again): nothing of it has been seen yet. */
  reset(): void {
    this.live = this.seen = this.started = false;
  }

  controlsLive(): boolean {
    this.live = true;
    return this.ready();
  }

  controlsSeen(): boolean {
    this.seen = true;
    return this.ready();
  }

  private ready(): boolean {
    if (this.started || !this.live || (this.awaitSeen && !this.seen)) return false;
    this.started = true;
    return true;
  }
}
