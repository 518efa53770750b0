// Reads a story's lines aloud as each beat appears (Settings › Read aloud): a line with a recording plays it, any
// other line is given to the browser's speech synthesis in its own language (a translation's, or the story's),
// narration in a plain voice and each character in a voice of their own (a pitch and pace of their own, the same
// in every beat). One line after the other, never over itself: a new beat stops the last one's lines, and the
// story's pauses (the settings dialog open, the customer's patience paused) pause it too. The text stays on
// screen as its caption, so a recording that cannot be played (no such file, the browser refused) is read by
// the browser's voice instead.
import type { BeatView, LineView } from '../engine/runtime.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';

/** The part of the browser's speechSynthesis used here; a test gives its own. */
export interface Speech {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

/** A recording being played. `done` is true once it played to its end, false if it could not be played. */
export interface Playing {
  done: Promise<boolean>;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** Why the story is paused: the settings dialog is open, or the trainee paused the customer's patience (P). */
export type PauseReason = 'settings' | 'patience';

/** Plays a line's recording; the page's own is `browserRecordings`. */
export type Recordings = (url: string) => Playing;

export interface SpokenLine {
  text: string;
  lang: string;
  pitch: number;
  rate: number;
}

/** A voice for each speaker: narration plain, every character their own pitch and pace, the same every time. */
export function voiceOf(speaker: string | null): { pitch: number; rate: number } {
  if (speaker === null) return { pitch: 1, rate: 1 };
  let hash = 0;
  for (const char of speaker) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  // Pitch 0.7–1.35 in eight steps, pace 0.9–1.1 in five: apart enough to hear who is speaking.
  return { pitch: 0.7 + (hash % 8) * 0.093, rate: 0.9 + ((hash >>> 3) % 5) * 0.05 };
}

const spoken = (line: LineView): SpokenLine => ({
  text: line.text,
  lang: storyLanguageOf(line.text),
  ...voiceOf(line.speaker),
});

/**
 * The longest a spoken line is waited for before a recording after it plays: some browsers never say a long
 * utterance has ended. Generous, at about a third of an average reading pace.
 */
const longestSpeechMs = (text: string) => 4000 + text.length * 200;

export class ReadAloud {
  private beat: BeatView | null = null;
  /** What holds the reading: the settings dialog, the customer's patience paused, or both. */
  private readonly holds = new Set<PauseReason>();
  /** Whether anything was given to the synthesiser: only then is there anything to stop. */
  private spoke = false;
  private playing: Playing | null = null;
  /** Counts beats shown: a reading whose beat has gone stops at its next step. */
  private reading = 0;
  private unpaused: (() => void) | null = null;

  constructor(
    private readonly speech: Speech | null,
    private readonly enabled: () => boolean,
    private readonly recordings: Recordings | null = null,
  ) {}

  /** A beat is on show: its lines are read, the last beat's stop. The same beat drawn again is not read again. */
  show(view: BeatView): void {
    if (this.beat === view) return;
    this.beat = view;
    this.silence();
    if (!this.enabled() || (!this.speech && !this.recordings)) return;
    void this.read(view.lines, ++this.reading);
  }

  private get paused(): boolean {
    return this.holds.size > 0;
  }

  /**
   * The story paused for a reason (or that reason went): so does the reading, which goes on once nothing holds it,
   * so closing the settings does not start it while the customer's patience is still paused.
   */
  pause(reason: PauseReason, held: boolean): void {
    const was = this.paused;
    if (held) this.holds.add(reason);
    else this.holds.delete(reason);
    const paused = this.paused;
    if (paused === was) return;
    if (paused) this.playing?.pause();
    else this.playing?.resume();
    if (this.spoke) {
      if (paused) this.speech?.pause();
      else this.speech?.resume();
    }
    if (!paused) {
      this.unpaused?.();
      this.unpaused = null;
    }
  }

  /** The setting changed: turned off, the reading stops at once; turned on, it starts with the next beat. */
  settingChanged(): void {
    if (!this.enabled()) this.silence();
  }

  stop(): void {
    this.silence();
    this.beat = null;
  }

  private silence(): void {
    this.reading += 1;
    this.playing?.stop();
    this.playing = null;
    if (this.spoke) this.speech?.cancel();
    this.spoke = false;
  }

  /**
   * Lines without a recording go to the synthesiser together (it says them in turn); a recording waits for what
   * was said before it, and what follows waits for the recording.
   */
  private async read(lines: readonly LineView[], reading: number): Promise<void> {
    let said: Promise<void> = Promise.resolve();
    for (const line of lines) {
      if (line.audio === null || !this.recordings) {
        said = this.say(line);
        continue;
      }
      await said;
      if (reading !== this.reading) return;
      if (this.paused) await new Promise<void>((resume) => (this.unpaused = resume));
      if (reading !== this.reading) return;
      const playing = (this.playing = this.recordings(line.audio));
      const played = await playing.done;
      if (reading !== this.reading) return;
      this.playing = null;
      said = played ? Promise.resolve() : this.say(line);
    }
  }

  /** Gives a line to the synthesiser; resolves once it has been said (or could not be), or after a while. */
  private say(line: LineView): Promise<void> {
    if (!this.speech) return Promise.resolve();
    const words = spoken(line);
    const utterance = new SpeechSynthesisUtterance(words.text);
    utterance.lang = words.lang;
    utterance.pitch = words.pitch;
    utterance.rate = words.rate;
    // The browser's voice for the line's language, if it has one; else its default reads it as best it can.
    const voice = this.speech.getVoices().find((v) => v.lang.toLowerCase().startsWith(words.lang.toLowerCase()));
    if (voice) utterance.voice = voice;
    const said = new Promise<void>((done) => {
      utterance.addEventListener('end', () => done());
      utterance.addEventListener('error', () => done());
      setTimeout(done, longestSpeechMs(words.text));
    });
    this.spoke = true;
    this.speech.speak(utterance);
    if (this.paused) this.speech.pause();
    return said;
  }
}

/** The page's speech synthesis, where the browser has one. */
export const browserSpeech = (): Speech | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null;

/** Plays recordings with the page's own audio element. */
export const browserRecordings = (): Recordings | null =>
  typeof Audio === 'undefined'
    ? null
    : (url) => {
        const audio = new Audio(url);
        let settle: (played: boolean) => void = () => undefined;
        const done = new Promise<boolean>((resolve) => (settle = resolve));
        audio.addEventListener('ended', () => settle(true), { once: true });
        audio.addEventListener('error', () => settle(false), { once: true });
        // Refused (no press on the page yet, as browsers ask before sound plays) or not found: the voice reads it.
        const start = () => audio.play().catch(() => settle(false));
        void start();
        return {
          done,
          pause: () => audio.pause(),
          resume: () => void start(),
          stop: () => {
            audio.pause();
            settle(true);
          },
        };
      };
