// Read aloud's order with recordings: a recording waits for the lines said before it, the lines after it wait
// for the recording, a recording that cannot play is read by the voice, and a new beat or a pause stops or holds
// whatever is under way. The browser's speech and audio are stand-ins that the test ends by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BeatView, LineView } from '../../src/engine/runtime.ts';
import { ReadAloud, type Playing, type Speech } from '../../src/ui/readAloud.ts';

class Utterance extends EventTarget {
  lang = '';
  pitch = 1;
  rate = 1;
  voice: unknown = null;
  constructor(readonly text: string) {
    super();
  }
}

beforeAll(() => Object.assign(globalThis, { SpeechSynthesisUtterance: Utterance }));
afterAll(() => Reflect.deleteProperty(globalThis, 'SpeechSynthesisUtterance'));

/** What was heard, in order, and handles to end each utterance and recording. */
function outputs() {
  const heard: string[] = [];
  const utterances: Utterance[] = [];
  const recordings: { url: string; end(played: boolean): void; paused: boolean; stopped: boolean }[] = [];
  const speech: Speech = {
    speak: (u) => {
      heard.push(`say ${u.text}`);
      utterances.push(u as unknown as Utterance);
    },
    cancel: () => heard.push('cancel'),
    pause: () => heard.push('pause speech'),
    resume: () => heard.push('resume speech'),
    getVoices: () => [],
  };
  const play = (url: string): Playing => {
    heard.push(`play ${url}`);
    let end: (played: boolean) => void = () => undefined;
    const done = new Promise<boolean>((resolve) => (end = resolve));
    const record = { url, end, paused: false, stopped: false };
    recordings.push(record);
    return {
      done,
      pause: () => (record.paused = true),
      resume: () => (record.paused = false),
      stop: () => {
        record.stopped = true;
        end(true);
      },
    };
  };
  const said = (text: string) => utterances.find((u) => u.text === text)!.dispatchEvent(new Event('end'));
  return { heard, speech, play, recordings, said };
}

const line = (text: string, audio: string | null = null, speaker: string | null = 'ada'): LineView => ({
  speaker,
  name: speaker,
  look: null,
  text,
  face: null,
  audio,
});

const beat = (...lines: LineView[]): BeatView => ({
  beat: 'b',
  breakdown: null,
  lines,
  kind: 'continue',
  choices: [],
  patienceSeconds: null,
  ending: null,
  mood: 50,
  customerExpression: 'content',
  onStage: [],
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading aloud with recordings', () => {
  it('plays a recording after the lines before it are said, and says the next line once it has played', async () => {
    const out = outputs();
    const reader = new ReadAloud(out.speech, () => true, out.play);
    reader.show(beat(line('Morning.', null, null), line('One sourdough.', '/a.wav'), line('Coming up.')));
    await settle();
    expect(out.heard).toEqual(['say Morning.']);
    out.said('Morning.');
    await settle();
    expect(out.heard).toEqual(['say Morning.', 'play /a.wav']);
    out.recordings[0]!.end(true);
    await settle();
    expect(out.heard).toEqual(['say Morning.', 'play /a.wav', 'say Coming up.']);
  });

  it('reads a line whose recording cannot be played with the voice', async () => {
    const out = outputs();
    const reader = new ReadAloud(out.speech, () => true, out.play);
    reader.show(beat(line('One sourdough.', '/missing.wav'), line('Please.')));
    await settle();
    out.recordings[0]!.end(false);
    await settle();
    expect(out.heard).toEqual(['play /missing.wav', 'say One sourdough.', 'say Please.']);
  });

  it('stops a recording when the next beat comes, and goes on with that beat only', async () => {
    const out = outputs();
    const reader = new ReadAloud(out.speech, () => true, out.play);
    reader.show(beat(line('One sourdough.', '/a.wav'), line('From the old beat.')));
    await settle();
    reader.show(beat(line('The next beat.')));
    await settle();
    expect(out.recordings[0]!.stopped).toBe(true);
    expect(out.heard).toEqual(['play /a.wav', 'say The next beat.']);
  });

  it('holds a recording while anything pauses the story, and pauses one that is playing', async () => {
    const out = outputs();
    const reader = new ReadAloud(out.speech, () => true, out.play);
    reader.show(beat(line('Morning.'), line('One sourdough.', '/a.wav'), line('Later.', '/b.wav')));
    reader.pause('patience', true);
    out.said('Morning.');
    await settle();
    expect(out.heard).toEqual(['say Morning.', 'pause speech']);
    // The settings opened and closed while the patience is paused: still held.
    reader.pause('settings', true);
    reader.pause('settings', false);
    await settle();
    expect(out.heard).toEqual(['say Morning.', 'pause speech']);
    reader.pause('patience', false);
    await settle();
    expect(out.heard.slice(-2)).toEqual(['resume speech', 'play /a.wav']);
    reader.pause('settings', true);
    expect(out.recordings[0]!.paused).toBe(true);
    reader.pause('settings', false);
    expect(out.recordings[0]!.paused).toBe(false);
  });

  it('says nothing with the setting off', async () => {
    const out = outputs();
    new ReadAloud(out.speech, () => false, out.play).show(beat(line('One sourdough.', '/a.wav')));
    await settle();
    expect(out.heard).toEqual([]);
  });
});
