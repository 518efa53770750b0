// Completion in the story studio's source view (src/ui/studio/schemaCompletion.ts), from the scenario format's JSON
// Schema: the fields that may stand at the cursor and are not written yet, and the values a field allows.
import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/engine/authoring.ts';
import { scenarioCompletion } from '../../src/ui/studio/schemaCompletion.ts';

const complete = scenarioCompletion(scenarioJsonSchema());

/** The completions offered where `|` stands in the text, asked for with Ctrl+Space. */
function offered(text: string): string[] {
  const pos = text.indexOf('|');
  const state = EditorState.create({ doc: text.replace('|', '') });
  const result = complete(new CompletionContext(state, pos, true));
  return result ? result.options.map((o) => o.label) : [];
}

const story = (cursorLine: string) =>
  [
    'format: 2',
    'id: bakery',
    'beats:',
    '  hello:',
    '    lines:',
    '      - Hi there.',
    '    choices:',
    '      - text: Ask what they need',
    cursorLine,
    '  next-beat:',
    '    lines: [Bye]',
  ].join('\n');

describe('completion in the studio source view', () => {
  it('offers a choice the fields it may have, not the one written', () => {
    const fields = offered(story('        |'));
    expect(fields).toEqual(expect.arrayContaining(['level', 'next', 'upholds', 'breaks', 'feedback', 'when']));
    expect(fields).not.toContain('text');
    expect(fields).not.toContain('lines');
  });

  it('offers a new list item every field of a choice', () => {
    expect(offered(story('      - |'))).toEqual(expect.arrayContaining(['text', 'level', 'next']));
  });

  it('offers a beat its fields, and the story its own', () => {
    expect(offered(story('    br|'))).toEqual(expect.arrayContaining(['breakdown']));
    expect(offered(story('    |'))).toEqual(expect.arrayContaining(['patience', 'ending', 'title']));
    const top = offered('format: 2\nid: bakery\n|\nbeats: {}');
    expect(top).toEqual(expect.arrayContaining(['title', 'summary', 'cast', 'start']));
    expect(top).not.toContain('id');
    expect(top).not.toContain('beats');
  });

  it("offers a field's allowed values after its name", () => {
    expect(offered(story('        level: |'))).toEqual(['harmful', 'routine', 'good', 'heroic']);
    expect(offered(story('        level: go|'))).toEqual(['harmful', 'routine', 'good', 'heroic']);
    expect(offered('format: 2\nbeats:\n  end:\n    ending:\n      core: |')).toEqual([
      'delivered',
      'handled-honestly',
      'failed',
    ]);
  });
});
