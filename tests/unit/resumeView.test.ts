import { describe, expect, it } from 'vitest';
import {
  RESUME_VIEW_KEY,
  resumeViewFor,
  resumeViewStore,
  sameSteps,
  type ResumeView,
} from '../../src/play/resumeView.ts';
import type { StorageLike } from '../../src/engine/storageLike.ts';

const steps = [{ kind: 'continue' }, { kind: 'choose', id: 'ask' }];
const kept: Omit<ResumeView, 'locale'> = {
  scenarioId: 'bakery-mini',
  seed: 'seed-1',
  steps,
  info: { title: 'Bakery', role: 'Counter', place: 'A bakery', customerName: 'Dee' },
  view: {
    beat: 'counter',
    breakdown: null,
    lines: [],
    kind: 'choices',
    choices: [{ id: 'ask', text: 'Ask.' }],
    patienceSeconds: null,
    ending: null,
    mood: 50,
    customerExpression: 'content',
    onStage: [],
  },
  moments: [{ label: 'At the counter', steps: 0 }],
};

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const progressText = (current: unknown) =>
  JSON.stringify({ format: 'service-hero-progress', version: 1, current, attempts: [] });

function keptText(locale = 'en'): string {
  const storage = memory();
  resumeViewStore(storage, () => locale)!.save(kept);
  return storage.map.get(RESUME_VIEW_KEY)!;
}

describe('the beat kept for a fast resume', () => {
  it('is shown only for the very play the progress holds, in the language it was drawn in', () => {
    const current = { scenarioId: 'bakery-mini', seed: 'seed-1', steps, savedAt: 'x', registration: 'r' };
    expect(resumeViewFor(progressText(current), keptText(), 'en')?.view.beat).toBe('counter');
    // The same steps written with their fields in another order are the same steps.
    const reordered = { ...current, steps: [{ kind: 'continue' }, { id: 'ask', kind: 'choose' }] };
    expect(resumeViewFor(progressText(reordered), keptText(), 'en')).not.toBeNull();
    expect(resumeViewFor(progressText({ ...current, steps: steps.slice(0, 1) }), keptText(), 'en')).toBeNull();
    expect(resumeViewFor(progressText({ ...current, seed: 'seed-2' }), keptText(), 'en')).toBeNull();
    expect(resumeViewFor(progressText({ ...current, scenarioId: 'other' }), keptText(), 'en')).toBeNull();
    expect(resumeViewFor(progressText(null), keptText(), 'en')).toBeNull();
    expect(resumeViewFor(progressText(current), keptText('es'), 'en')).toBeNull();
  });

  it('is ignored, never thrown over, when either record cannot be read or is not the shape written', () => {
    const current = progressText({ scenarioId: 'bakery-mini', seed: 'seed-1', steps });
    expect(resumeViewFor(null, keptText(), 'en')).toBeNull();
    expect(resumeViewFor(current, null, 'en')).toBeNull();
    expect(resumeViewFor('{not json', keptText(), 'en')).toBeNull();
    expect(resumeViewFor(current, '{not json', 'en')).toBeNull();
    const broken = JSON.parse(keptText()) as Record<string, unknown>;
    for (const spoil of [
      { view: null },
      { view: { ...kept.view, kind: 'ending' } },
      { info: { title: 1 } },
      { moments: 'x' },
    ])
      expect(resumeViewFor(current, JSON.stringify({ ...broken, ...spoil }), 'en')).toBeNull();
  });

  it('is cleared rather than left stale when the storage refuses the write', () => {
    const storage = memory();
    const store = resumeViewStore(storage, () => 'en')!;
    store.save(kept);
    expect(storage.map.has(RESUME_VIEW_KEY)).toBe(true);
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    store.save({ ...kept, steps: [] });
    expect(storage.map.has(RESUME_VIEW_KEY)).toBe(false);
    expect(resumeViewStore(null, () => 'en')).toBeNull();
  });

  it('compares steps whatever order their fields were written in', () => {
    expect(sameSteps([{ a: 1, b: [{ c: 2, d: 3 }] }], [{ b: [{ d: 3, c: 2 }], a: 1 }])).toBe(true);
    expect(sameSteps(undefined, [])).toBe(true);
    expect(sameSteps([{ a: 1 }], [{ a: 2 }])).toBe(false);
  });
});
