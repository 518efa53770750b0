// Brainstorm skeletons are valid scenario files before and after an author fills them in.
import { afterAll, describe, expect, it } from 'vitest';
import { blankScenario, FILL_IN, skeletonId, skeletonScenario } from '../../src/play/skeleton.ts';
import { useLocale } from '../../src/i18n/intl.ts';
import { analyseScenario } from '../../src/engine/analysis/index.ts';
import { checkStory } from '../../src/engine/analysis/checkStory.ts';
import { isFillIn, LEVEL_POINTS, loadScenario } from '../../src/engine/index.ts';
import { realArt, realCatalogue } from './support.ts';

const check = (text: string) => loadScenario('skeleton.yaml', text, { catalogue: realCatalogue(), art: realArt() });

describe('brainstorm skeletons', () => {
  it('are valid scenarios as exported, carrying the breakdown the room named', () => {
    const text = skeletonScenario({ breakdown: 'The card machine goes down at the busiest hour', role: 'cashier' }, 0);
    const result = check(text);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('brainstorm-1-the-card-machine-goes-down');
    expect(result.scenario.beats['breakdown']?.breakdown).toBe('The card machine goes down at the busiest hour');
    expect(result.scenario.role).toBe('cashier');
    expect(text.split(FILL_IN).length).toBeGreaterThan(20);
  });

  it('meet every grading rule, load in format 2 with no warning but their FILL IN notes, and never list the best option first', () => {
    const text = skeletonScenario({ breakdown: 'The card machine goes down at the busiest hour', role: 'cashier' }, 0);
    const result = check(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));

    expect(result.warnings.filter((w) => !isFillIn(w))).toEqual([]);
    // Nor any the studio's check adds: every beat with choices asks for its title.
    const entry = { file: 'skeleton.yaml', title: '', scenario: result.scenario, errors: [], warnings: [] };
    const checked = checkStory(entry, () => text);
    expect([...checked.errors, ...checked.warnings]).toEqual([]);
    const analysis = analyseScenario(result.scenario);
    expect(analysis.violations).toEqual([]);
    expect(analysis.grades).toMatchObject({ lowest: 'F', highest: 'A' });
    expect(analysis.routine?.grade).toBe('C');
    for (const beat of Object.values(result.scenario.beats)) {
      const choices = beat.choices ?? [];
      if (choices.length < 2) continue;
      const best = Math.max(...choices.map((c) => LEVEL_POINTS[c.level]));
      expect(LEVEL_POINTS[choices[0]!.level]).toBeLessThan(best);
    }
  });

  it('warn at every text still to fill in, at its line, saying what to write there (issue 18)', () => {
    const text = skeletonScenario({ breakdown: 'The card machine goes down at the busiest hour', role: 'cashier' }, 0);
    const result = check(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const lines = text.split('\n');
    const marked = lines.flatMap((line, i) =>
      line.includes(FILL_IN) && !line.trimStart().startsWith('#') ? [i + 1] : [],
    );

    expect(marked.length).toBeGreaterThan(20);
    expect(result.warnings.map((w) => w.line)).toEqual(marked);
    for (const w of result.warnings) {
      expect(w.kind).toBe('fill-in');
      // What the skeleton asked for, apart from the message's English: the studio says the note in its own words.
      expect(w.message).toBe(`still to fill in: ${w.asked}`);
      expect(lines[w.line - 1]!.slice(w.col - 1)).toMatch(/^["']?FILL IN:/);
    }
    expect(result.warnings.find((w) => w.field === 'title')?.message).toBe(
      'still to fill in: a short title for "The card machine goes down at the busiest hour"',
    );
  });

  it('warn at a mark however the YAML writes it: folded over a line, or spelt with an escape', () => {
    const text = skeletonScenario({ breakdown: 'The card machine goes down at the busiest hour', role: 'cashier' }, 0);
    // Every mark filled in but the title's, written three ways the file's text does not show it plainly.
    const filled = text.replace(/FILL IN: [^"\n]*/g, 'Written by the author').replace(/^#.*\n/gm, '');
    expect(filled).not.toContain('FILL');
    const title = (value: string) => filled.replace(/^title: .*$/m, `title: ${value}`);
    for (const written of ['"\\x46ILL IN: a title"', '"FILL\n  IN: a title"', '"FILL\\ IN: a title"']) {
      const result = check(title(written));
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
      expect(
        result.warnings.filter(isFillIn).map((w) => [w.field, w.message]),
        written,
      ).toEqual([['title', 'still to fill in: a title']]);
    }
    const clean = check(title('A title'));
    expect(clean.ok && clean.warnings.filter(isFillIn)).toEqual([]);
  });

  it('stay valid once every placeholder is filled in', () => {
    const filled = skeletonScenario({ breakdown: 'Wrong size delivered', role: '' }, 4).replace(
      /FILL IN: [^"\n]*/g,
      'Written by the author',
    );
    // The header comment keeps its instructions; no value is left unfilled.
    expect(
      filled
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n'),
    ).not.toContain(FILL_IN);
    const result = check(filled);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('keep whatever the room typed as text, even YAML or markup', () => {
    const nasty = 'Price: "free" #1\n- item: <script>alert(1)</script> & {braces}';
    const result = check(skeletonScenario({ breakdown: nasty, role: 'agent: senior' }, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.beats['breakdown']?.breakdown).toBe(nasty);
    expect(result.scenario.role).toBe('agent: senior');
    expect(skeletonId({ breakdown: '!!!', role: '' }, 2)).toBe('brainstorm-3');
  });

  describe('in the language of the page they were made on', () => {
    afterAll(() => useLocale('en'));

    it('say so after their id, so their words are marked with it', async () => {
      // The pseudo-locale too, whose words are the longest: a title it asked for once ran past a title's limit.
      for (const language of ['en', 'es', 'ar', 'en-XA'] as const) {
        await useLocale(language);
        for (const text of [blankScenario('my-story'), skeletonScenario({ breakdown: 'x', role: '' }, 0)]) {
          expect(text, language).toMatch(new RegExp(`^id: [a-z0-9-]+\\nlanguage: ${language}\\n`, 'm'));
          const result = check(text);
          expect(result.ok && result.scenario.language, language).toBe(language);
        }
      }
      await useLocale('es');
      expect(blankScenario('my-story')).toMatch(/^title: "?FILL IN: el título de la historia/m);
    });
  });
});
