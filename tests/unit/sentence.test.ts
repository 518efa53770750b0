// A patience text shown in the debrief ends in one full stop, whether or not its author wrote one.
import { describe, expect, it } from 'vitest';
import { asSentence } from '../../src/ui/sentence.ts';

describe('a text as a sentence', () => {
  it.each([
    ['You hesitated, and the customer ran out of patience', 'You hesitated, and the customer ran out of patience.'],
    ['She turned to go.', 'She turned to go.'],
    ['She turned to go. ', 'She turned to go.'],
    ['Really?', 'Really?'],
    ['"Fine!"', '"Fine!"'],
    ['She said “wait…”', 'She said “wait…”'],
    ['(and then she left.)', '(and then she left.)'],
  ])('%j → %j', (text, sentence) => {
    expect(asSentence(text)).toBe(sentence);
  });
});
