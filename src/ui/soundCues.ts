// Small cues made on the spot with the Web Audio API (no sound files): a soft
// bell when choices appear, a low two-note sting at a breakdown, and a short
// phrase for the grade. Quiet by design, and silent when sound is off.
import type { Grade } from '../engine/runtime.ts';

export interface SoundCues {
  choices(): void;
  breakdown(): void;
  grade(grade: Grade): void;
}

type Note = { freq: number; at: number; length: number; type?: OscillatorType };

const PHRASES: Record<Grade, Note[]> = {
  A: [523.25, 659.25, 783.99, 1046.5].map((freq, i) => ({ freq, at: i * 0.11, length: 0.35 })),
  B: [523.25, 659.25, 783.99].map((freq, i) => ({ freq, at: i * 0.12, length: 0.35 })),
  C: [440, 523.25].map((freq, i) => ({ freq, at: i * 0.14, length: 0.3 })),
  D: [392, 349.23].map((freq, i) => ({ freq, at: i * 0.16, length: 0.35 })),
  F: [293.66, 261.63].map((freq, i) => ({ freq, at: i * 0.2, length: 0.45, type: 'triangle' as const })),
};

export function createSoundCues(enabled: () => boolean): SoundCues {
  let context: AudioContext | null = null;
  // Making an AudioContext takes tens of milliseconds (the audio device is opened), which would stall the frame the
  // first cue plays in, as the choices appear. So it is made in an idle moment after the player's first click or key
  // (browsers let a page start audio only after one).
  if (typeof window !== 'undefined' && typeof AudioContext !== 'undefined') {
    const warm = () => {
      const make = () => {
        if (enabled() && !context) {
          try {
            context = new AudioContext();
          } catch {
            // No audio device: the cues stay silent.
          }
        }
      };
      if ('requestIdleCallback' in window) window.requestIdleCallback(make, { timeout: 2000 });
      else setTimeout(make, 0);
    };
    window.addEventListener('pointerdown', warm, { once: true, capture: true });
    window.addEventListener('keydown', warm, { once: true, capture: true });
  }
  const play = (notes: readonly Note[], volume = 0.08) => {
    if (!enabled() || typeof AudioContext === 'undefined') return;
    try {
      // Browsers allow audio only after a gesture; every cue follows one (a click or a key).
      context ??= new AudioContext();
      if (context.state === 'suspended') void context.resume();
      const start = context.currentTime + 0.02;
      for (const note of notes) {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.type = note.type ?? 'sine';
        osc.frequency.value = note.freq;
        gain.gain.setValueAtTime(0, start + note.at);
        gain.gain.linearRampToValueAtTime(volume, start + note.at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
        osc.connect(gain).connect(context.destination);
        osc.start(start + note.at);
        osc.stop(start + note.at + note.length + 0.05);
      }
    } catch {
      // No audio device (or a browser that refuses): the game is complete without sound.
    }
  };
  return {
    choices: () => play([{ freq: 880, at: 0, length: 0.25 }], 0.04),
    breakdown: () =>
      play(
        [
          { freq: 329.63, at: 0, length: 0.3, type: 'triangle' },
          { freq: 311.13, at: 0.16, length: 0.4, type: 'triangle' },
        ],
        0.07,
      ),
    grade: (grade) => play(PHRASES[grade]),
  };
}
