// The customer's patience in a play, as the player meets it: the time limits setting (off, normal, double; WCAG
// 2.2.1), a pause key that stops the clock and hides nothing, the bar drawn from the time really left (also under
// reduced motion), warnings said aloud, and which setting the play ran under, for assessed tracks. The story's
// player only hears of it when the patience runs out (the session's `expire`); the engine's own clock stays off.
import { t } from '../i18n/intl.ts';
import { PATIENCE_FACTOR, type SettingsStore, type TimeLimits } from '../play/settings/settingsStore.ts';
import type { Announcer } from './announcer.ts';
import { PatienceGate, PatienceTimer, type PatienceWarning, type TimerHost } from './patienceTimer.ts';
import { onSettingsDialog } from './settingsDialog.ts';
import type { StoryGauges } from './storyGauges.ts';

export interface StoryPatienceOptions {
  gauges: StoryGauges;
  settings: Pick<SettingsStore, 'settings' | 'subscribe'>;
  announcer: Announcer;
  customerName: string;
  openSettings(): void;
  /** Whether any beat of the story has a timer: the setting is shown in every such story. */
  timed: boolean;
  /** In a workshop the facilitator starts the patience, at the story's own length, or not at all. */
  workshop: boolean;
  /** Whether the story screen reports when the whole beat and every choice have been seen (controlsSeen). */
  awaitSeen: boolean;
  /** The player paused the customer's patience (P), or let it run again: the story's reading aloud follows. */
  onPause?(paused: boolean): void;
  /** The most lenient setting this play already ran under (a resumed play). */
  ranUnder?: TimeLimits | undefined;
  host?: TimerHost;
  /** The clock started: it is drawn every frame from now until it runs out or stops (`running`). */
  onRun?(): void;
}

/** Lenient first: a play that ran any timed beat without a limit ran without time pressure there. */
const LENIENCY: readonly TimeLimits[] = ['normal', 'double', 'off'];

const browserHost: TimerHost = {
  now: () => performance.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class StoryPatience {
  private readonly gate: PatienceGate;
  private readonly host: TimerHost;
  private pending: { seconds: number; expire: () => void } | null = null;
  private timer: PatienceTimer | null = null;
  private ranUnder: TimeLimits;
  private dialogOpen = false;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly options: StoryPatienceOptions) {
    this.gate = new PatienceGate(options.awaitSeen);
    this.host = options.host ?? browserHost;
    this.ranUnder = options.ranUnder ?? 'normal';
    options.gauges.actions = { togglePause: () => this.togglePause(), changeTimeLimits: () => this.changeTimeLimits() };
    this.showSetting();
    this.unsubscribe.push(options.settings.subscribe(() => this.settingChanged()));
    this.unsubscribe.push(onSettingsDialog((open) => this.settingsOpen(open)));
  }

  /** The story screen was built anew (another language): its gauges show this clock from now on. */
  useGauges(gauges: StoryGauges): void {
    this.options.gauges = gauges;
    gauges.actions = { togglePause: () => this.togglePause(), changeTimeLimits: () => this.changeTimeLimits() };
    this.showSetting();
    if (!this.timer) gauges.stopPatience();
    this.tick();
  }

  /** The setting the play ran under at its most lenient: 'normal' unless a timed beat ran without or with a longer limit. */
  get playedUnder(): TimeLimits {
    return this.ranUnder;
  }

  /** Whether a clock is counting (or held), to be drawn each frame. */
  get running(): boolean {
    return this.timer !== null && !this.timer.over;
  }

  /** A new beat is on screen: whatever ran stops, and this beat's patience (if any) waits for its controls. */
  beat(seconds: number | null, expire: () => void): void {
    this.clear();
    this.gate.reset();
    this.pending = seconds ? { seconds, expire } : null;
    // A timed beat shown with time limits off ran without time pressure, whether or not its clock would have started.
    if (seconds && !this.options.workshop && this.factor() === null) this.ranWith('off');
  }

  /** The beat's controls are live (the story screen's `revealed`). */
  controlsLive(): void {
    if (!this.options.workshop && this.gate.controlsLive()) this.start();
  }

  /** The whole beat and every choice have been seen (reported by the story screen, where it does). */
  controlsSeen(): void {
    if (!this.options.workshop && this.gate.controlsSeen()) this.start();
  }

  /** The facilitator starts the customer's patience. */
  startNow(): void {
    if (!this.timer) this.start();
  }

  /** The pause key (P), wherever focus is but in a text field; true when it was taken. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.key.toLowerCase() !== 'p' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return false;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select')))
      return false;
    if (!this.timer || this.timer.over) return false;
    event.preventDefault();
    this.togglePause();
    return true;
  }

  /** Draws the bar from the time left and says warnings as they come due; called every frame. */
  tick(): void {
    const timer = this.timer;
    if (!timer || timer.over) return;
    const stepwise = document.documentElement.dataset['motion'] === 'reduced';
    this.options.gauges.showPatience(timer.remainingMs(), timer.total, { paused: timer.paused, stepwise });
    for (const warning of timer.warnings()) this.options.announcer.say(this.warningText(warning, timer));
  }

  stop(): void {
    this.clear();
    this.pending = null;
    this.unsubscribe.forEach((off) => off());
  }

  private start(): void {
    const pending = this.pending;
    if (!pending) return;
    const factor = this.factor();
    if (factor === null) return this.ranWith('off');
    this.ranWith(this.options.workshop ? 'normal' : this.options.settings.settings().timeLimits);
    this.timer = new PatienceTimer(pending.seconds * factor * 1000, this.host, () => {
      this.options.gauges.stopPatience();
      pending.expire();
    });
    if (this.dialogOpen) this.timer.hold('settings');
    this.tick();
    this.options.onRun?.();
  }

  private clear(): void {
    this.timer?.stop();
    this.timer = null;
    this.options.gauges.stopPatience();
  }

  private factor(): number | null {
    return this.options.workshop ? 1 : PATIENCE_FACTOR[this.options.settings.settings().timeLimits];
  }

  private ranWith(setting: TimeLimits): void {
    if (LENIENCY.indexOf(setting) > LENIENCY.indexOf(this.ranUnder)) this.ranUnder = setting;
  }

  private showSetting(): void {
    const { timed, workshop, settings } = this.options;
    this.options.gauges.showTimeLimits(timed && !workshop ? settings.settings().timeLimits : null);
  }

  /** A change made in the middle of a beat applies to it: off stops the clock; a new length keeps the time spent. */
  private settingChanged(): void {
    this.showSetting();
    const timer = this.timer;
    if (!timer || timer.over || this.options.workshop || !this.pending) return;
    const factor = this.factor();
    if (factor === null) {
      this.clear();
      this.ranWith('off');
      this.options.announcer.say(t('story.patience.off', { name: this.options.customerName }));
      return;
    }
    this.ranWith(this.options.settings.settings().timeLimits);
    timer.setTotal(this.pending.seconds * factor * 1000);
  }

  /** The clock waits while the settings are open: the player went there to change it, perhaps. */
  private settingsOpen(open: boolean): void {
    this.dialogOpen = open;
    if (open) this.timer?.hold('settings');
    else this.timer?.release('settings');
    this.tick();
  }

  /** The settings, open at the time limits: the player came for them, and they are far down a phone's dialog. */
  private changeTimeLimits(): void {
    this.options.openSettings();
    document.querySelector<HTMLInputElement>('dialog.settings-dialog input[name="timeLimits"]:checked')?.focus();
  }

  private togglePause(): void {
    const timer = this.timer;
    if (!timer || timer.over) return;
    const name = this.options.customerName;
    if (timer.pausedByPlayer) {
      timer.release('player');
      this.options.announcer.say(t('story.patience.running', { name }));
    } else {
      timer.hold('player');
      this.options.announcer.say(t('story.patience.paused', { name }));
    }
    this.options.onPause?.(timer.pausedByPlayer);
    this.tick();
  }

  private warningText(warning: PatienceWarning, timer: PatienceTimer): string {
    const name = this.options.customerName;
    const seconds = Math.ceil(timer.remainingMs() / 1000);
    return t(warning === 'half' ? 'story.patience.half' : 'story.patience.last', { name, seconds });
  }
}
