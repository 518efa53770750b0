// Reads a story's lines aloud as each beat appears, with the browser's speech synthesis (Settings › Read aloud):
// each line in its own language (a translation's, or the story's English), narration in a plain voice and each
// character in a voice of their own (a pitch and pace of their own, the same in every beat), one line after the
// other, never over itself: a new beat stops the last one's lines, and the story's pauses (the settings dialog
// open, the customer's patience paused) pause it too. The text stays on screen as its caption.
import type { BeatView } from '../engine/runtime.ts';
import { storyLanguageOf } from '../i18n/storyLanguage.ts';

/** The part of the browser's speechSynthesis used here; a test gives its own. */
export interface Speech {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
}

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

/** What a beat says aloud, in order. */
export function spokenLines(view: BeatView): SpokenLine[] {
  return view.lines.map((line) => ({ text: line.text, lang: storyLanguageOf(line.text), ...voiceOf(line.speaker) }));
}

export class ReadAloud {
  private beat: BeatView | null = null;
  private paused = false;
  /** Whether anything was given to the synthesiser: only then is there anything to stop. */
  private spoke = false;

  constructor(
    private readonly speech: Speech | null,
    private readonly enabled: () => boolean,
  ) {}

  /** A beat is on show: its lines are read, the last beat's stop. The same beat drawn again is not read again. */
  show(view: BeatView): void {
    if (this.beat === view) return;
    this.beat = view;
    this.silence();
    if (!this.speech || !this.enabled()) return;
    this.spoke = true;
    const voices = this.speech.getVoices();
    for (const line of spokenLines(view)) {
      const utterance = new SpeechSynthesisUtterance(line.text);
      utterance.lang = line.lang;
      utterance.pitch = line.pitch;
      utterance.rate = line.rate;
      // The browser's voice for the line's language, if it has one; else its default reads it as best it can.
      const voice = voices.find((v) => v.lang.toLowerCase().startsWith(line.lang.toLowerCase()));
      if (voice) utterance.voice = voice;
      this.speech.speak(utterance);
    }
    if (this.paused) this.speech.pause();
  }

  /** The story paused (or went on): so does the reading. */
  pause(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    if (!this.spoke) return;
    if (paused) this.speech?.pause();
    else this.speech?.resume();
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
    if (this.spoke) this.speech?.cancel();
    this.spoke = false;
  }
}

/** The page's speech synthesis, where the browser has one. */
export const browserSpeech = (): Speech | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : null;
