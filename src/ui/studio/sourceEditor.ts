// The studio's source view: the story's YAML in CodeMirror 6 (highlighting, undo and redo, completion from the
// format's schema, the checker's problems underlined at their lines). Tab is left to move focus, as a page's other fields do, so the keyboard
// never gets stuck in the editor; indenting is Ctrl+] and Ctrl+[ (CodeMirror's defaults). The editor lives in a
// shadow root of its own: there CodeMirror's styles go in as constructed style sheets, which the page's
// Content-Security-Policy allows, where the <style> elements it adds to a page's head are refused.
import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentLess, indentMore, redo, undo } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { scenarioJsonSchema, type Diagnostic } from '../../engine/authoring.ts';
import type { TextChange } from '../../play/studio/textEdits.ts';
import { scenarioCompletion } from './schemaCompletion.ts';
import { checkWords } from './checkWords.ts';

export interface SourceEditor {
  readonly element: HTMLElement;
  text(): string;
  /** Underlines the checker's problems (errors) and notes (warnings) at their places. */
  showProblems(errors: readonly Diagnostic[], warnings: readonly Diagnostic[]): void;
  /** Changes the text as a form asks: the changes, in the text as it is, are one step of undo together. */
  apply(changes: TextChange | readonly TextChange[]): void;
  /** Undoes or redoes the last change, a form's or a keystroke's, from a button as Ctrl+Z does in the text. */
  undo(): void;
  redo(): void;
  /** Puts the cursor at a line and column (1-based, as the checker gives them) and focuses the editor. */
  /** Puts the cursor there, in view, and the keyboard in the text unless told not to. */
  goTo(line: number, col: number, options?: { focus: boolean }): void;
  /** Where the cursor is, counted from 1. */
  cursor(): { line: number; col: number };
  destroy(): void;
}

/** The page's look, inside the shadow root (inherited properties, fonts and colours among them, cross into it). */
const look = EditorView.theme({
  '&': { height: '100%', fontSize: '0.8em', backgroundColor: '#fffdf8', borderRadius: '14px' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'DejaVu Sans Mono', monospace", lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f3e7d6', color: '#5a4a5e', borderRadius: '14px 0 0 14px' },
  '&.cm-focused': { outline: '4px solid #1d6fd6', outlineOffset: '-4px' },
});

/**
 * Past this many characters the text is shown without its YAML colours, as code editors do with very big files:
 * working out the colours of a 10,000-beat story kept the page busy for a second and more as it opened, while its
 * check, on the other core, waited for a share of the machine (`npm run bench -- --only studio`).
 */
export const COLOURED_MOST = 1_000_000;

/** Worked out once, when the first editor opens. */
let schema: Record<string, unknown> | undefined;

export function sourceEditor(text: string, label: string, changed: (text: string) => void): SourceEditor {
  // The text as a string, made once for each state of the document: a form reads it several times a drawing, and
  // writing out a 10,000-beat story's text took some 50 ms each time. Until the first change it is the text given.
  let written = { doc: null as unknown, text };
  const textOf = (doc: EditorState['doc']) => {
    if (written.doc !== doc) written = { doc, text: doc.toString() };
    return written.text;
  };
  const host = document.createElement('div');
  host.className = 'source-host';
  // A story file reads left to right whatever the page's language: its indentation is its structure, and its lines
  // begin with field names. Text in a right-to-left language keeps its own order within its line.
  host.dir = 'ltr';
  const root = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        ...(text.length <= COLOURED_MOST
          ? [yaml(), syntaxHighlighting(defaultHighlightStyle, { fallback: true })]
          : []),
        lintGutter(),
        // Ctrl+Space asks for the fields that may stand where the cursor is.
        autocompletion({ override: [scenarioCompletion((schema ??= scenarioJsonSchema()))] }),
        closeBrackets(),
        keymap.of([
          ...completionKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          { key: 'Mod-]', run: indentMore },
          { key: 'Mod-[', run: indentLess },
        ]),
        EditorView.lineWrapping,
        look,
        // tabindex as well: axe counts a scrolling region focusable only when what is inside names it so.
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed(textOf(update.state.doc));
        }),
      ],
    }),
  });
  written.doc = view.state.doc;
  const offset = (line: number, col: number) => {
    const { doc } = view.state;
    const at = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(at.from + Math.max(0, col - 1), at.to);
  };
  const marked = (d: Diagnostic, severity: 'error' | 'warning'): EditorDiagnostic => {
    const from = offset(d.line, d.col);
    const to = Math.max(from, view.state.doc.lineAt(from).to);
    return { from, to, severity, message: (d.field ? `${d.field}: ` : '') + checkWords(d) };
  };
  return {
    element: host,
    text: () => textOf(view.state.doc),
    showProblems(errors, warnings) {
      const list = [...errors.map((d) => marked(d, 'error')), ...warnings.map((d) => marked(d, 'warning'))];
      view.dispatch(setDiagnostics(view.state, list));
    },
    apply: (changes) => view.dispatch({ changes: [changes].flat() }),
    cursor() {
      const head = view.state.selection.main.head;
      const line = view.state.doc.lineAt(head);
      return { line: line.number, col: head - line.from + 1 };
    },
    undo: () => void undo(view),
    redo: () => void redo(view),
    goTo(line, col, { focus } = { focus: true }) {
      const at = offset(line, col);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      if (focus) view.focus();
    },
    destroy: () => view.destroy(),
  };
}
