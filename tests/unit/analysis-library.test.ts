// Library rules (principle coverage, per-scenario richness, feature use) and the
// Mermaid diagram of a scenario.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/engine/index.ts';
import {
  coverageMatrix,
  formatCoverageMatrix,
  formatFinding,
  libraryRules,
  mermaidText,
  scenarioDiagram,
  scenarioRules,
  shortCondition,
  shortIds,
} from '../../src/engine/analysis/index.ts';
import { miniScenario } from '../support/generateScenario.ts';

const catalogue: Catalogue = {
  format: 1,
  articles: [{ file: '000_c3e8adf0cbd3a5b1.txt', title: 'An article' }],
  principles: ['listen', 'own-it', 'rare'].map((id) => ({
    id,
    name: id,
    summary: `About ${id}.`,
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    who: 'frontline' as const,
    argument: `Where ${id} sits.`,
  })),
};

/** A story with every level, two breakdowns and three endings, citing `cites` on its heroic choice. */
function richStory(id: string, cites: string[]) {
  return miniScenario(
    {
      start: {
        breakdown: true,
        choices: [
          ['a', 'harmful', 'lost', ['listen']],
          ['b', 'routine', 'mid', ['listen', 'own-it']],
        ],
        patience: { next: 'lost', cites: ['own-it'] },
      },
      mid: {
        breakdown: true,
        choices: [
          ['c', 'good', 'ok', ['own-it']],
          ['d', 'heroic', 'great', cites],
        ],
      },
      lost: { ending: 'failed' },
      ok: { ending: 'delivered' },
      great: { ending: 'handled-honestly', experience: 'A surprise.' },
    },
    id,
  );
}

describe('principle coverage', () => {
  const entries = [
    { file: 'scenarios/one.yaml', scenario: richStory('first-story', ['listen', 'rare']) },
    { file: 'scenarios/two.yaml', scenario: richStory('second-story', ['listen']) },
  ];

  it('counts, per principle and scenario, the choices and timeouts that cite it', () => {
    const matrix = coverageMatrix(entries, catalogue);

    expect(matrix.principles).toEqual(['listen', 'own-it', 'rare']);
    expect(matrix.counts).toEqual([
      [3, 3],
      [3, 3],
      [1, 0],
    ]);
  });

  it('fails a principle cited by only one scenario, naming it and where it is cited', () => {
    const { findings } = libraryRules(entries, catalogue);
    const coverage = findings.filter((f) => f.rule === 'principle-coverage');

    expect(coverage).toEqual([
      { rule: 'principle-coverage', principle: 'rare', citedIn: ['scenarios/one.yaml'], needed: 2 },
    ]);
    expect(formatFinding(coverage[0]!)).toBe(
      'principle "rare" is cited in 1 scenario: scenarios/one.yaml; each principle needs at least 2',
    );
  });

  it('prints a compact table with short ids, a legend and a mark on under-cited principles', () => {
    const text = formatCoverageMatrix(coverageMatrix(entries, catalogue));

    expect(text).toContain('principle  fs ss  scenarios');
    expect(text).toMatch(/^listen\s+3\s+3\s+2$/m);
    expect(text).toMatch(/^rare\s+1\s+·\s+1 !$/m);
    expect(text).toContain('where fs = first-story, ss = second-story');
  });

  it('makes short ids from initials, numbering clashes', () => {
    expect(shortIds(['support-no-fix', 'shoes-not-fitting', 'pub'])).toEqual(['snf', 'snf2', 'p']);
  });
});

describe('rules for each scenario', () => {
  it('passes a story with two breakdowns, three endings and every level', () => {
    expect(scenarioRules({ file: 'scenarios/one.yaml', scenario: richStory('one', ['listen']) })).toEqual([]);
  });

  it('reports too few breakdowns and endings, and the levels no reachable route has', () => {
    const thin = miniScenario({
      start: {
        breakdown: true,
        choices: [
          ['go', 'good', 'done'],
          ['wow', 'heroic', 'done'],
        ],
      },
      done: { ending: 'delivered' },
    });

    const findings = scenarioRules({ file: 'scenarios/thin.yaml', scenario: thin });

    expect(findings.map(formatFinding)).toEqual([
      'scenarios/thin.yaml: has 1 breakdown beat; a scenario needs at least 2',
      'scenarios/thin.yaml: has 1 ending; a scenario needs at least 3',
      'scenarios/thin.yaml: no reachable choice or timeout is harmful or routine; a scenario needs every level (harmful, routine, good, heroic)',
    ]);
  });
});

describe('features the library must show', () => {
  it('needs three scenarios each using patience, tested variations and conditions', () => {
    const plain = (id: string) => ({ file: `scenarios/${id}.yaml`, scenario: richStory(id, ['listen', 'rare']) });
    const conditional = (id: string) => ({
      file: `scenarios/${id}.yaml`,
      scenario: {
        ...richStory(id, ['listen', 'rare']),
        variations: {
          roll: [
            { id: 'x', weight: 1 },
            { id: 'y', weight: 1 },
          ],
        },
      },
    });
    const withWhen = conditional('c');
    withWhen.scenario.beats['start']!.lines[0]!.when = { variation: { roll: 'x' } };

    const { findings } = libraryRules([plain('a'), plain('b'), conditional('untested'), withWhen], catalogue);

    expect(findings.map(formatFinding)).toEqual([
      '1 scenario uses variations that a `when:` tests: scenarios/c.yaml; the library needs at least 3',
      '1 scenario uses a `when:` condition: scenarios/c.yaml; the library needs at least 3',
    ]);
  });
});

describe('Mermaid diagram', () => {
  const story = miniScenario({
    start: {
      choices: [['ask', 'good', [{ when: { chose: 'ask', mood: { below: 40 } }, go: 'broken' }, { go: 'quiet' }]]],
      patience: { next: 'quiet' },
    },
    broken: { breakdown: true, choices: [['end-it', 'heroic', 'end']] },
    quiet: { next: 'end' },
    end: { ending: 'delivered', title: 'The "best" [sort] of <end> #1 | {x}' },
  });
  const text = scenarioDiagram(story);

  it('is a top-down flowchart with a node per beat, shaped by its kind', () => {
    expect(text).toContain('flowchart TD\n');
    expect(text).toContain('  b_start["start"]');
    expect(text).toContain('  b_broken{{"broken<br/>breakdown"}}');
    expect(text).toContain('  b_quiet["quiet"]');
    expect(text).toMatch(/^ {2}b_end\(\["end<br\/>.*\(delivered\)"\]\)$/m);
    expect(text).toContain('  class b_broken breakdown');
    expect(text).toContain('  class b_start start');
  });

  it('labels choice edges with id and level, branches with their condition, and dashes timeouts', () => {
    expect(text).toContain('  b_start -->|"ask · good · if chose ask, mood#60;40"| b_broken');
    expect(text).toContain('  b_start -->|"ask · good · else"| b_quiet');
    expect(text).toContain('  b_start -.->|"timeout · harmful"| b_quiet');
    expect(text).toContain('  b_quiet --> b_end');
    expect(text).toContain('  b_broken -->|"end-it · heroic"| b_end');
  });

  it('escapes quotes, brackets and other markup in labels', () => {
    expect(text).toContain('The #quot;best#quot; #91;sort#93; of #60;end#62; #35;1 #124; #123;x#125; (delivered)');
    expect(mermaidText('say "hi" (now)')).toBe('say #quot;hi#quot; #40;now#41;');
    for (const line of text.split('\n').filter((l) => l.includes('"'))) {
      expect(line.match(/"/g)?.length, line).toBe(2);
    }
  });

  it('writes conditions short', () => {
    expect(
      shortCondition({ not: { flag: 'x' }, any: [{ variation: { oven: 'cold' } }, { loyalty: { above: 5 } }] }),
    ).toBe('not(flag x), any(oven=cold or loyalty>5)');
    expect(shortCondition({ chose: ['a-very-long-choice-id', 'another-very-long-choice-id'] })).toHaveLength(40);
  });

  it('never lets a beat id clash with a Mermaid keyword', () => {
    expect(
      scenarioDiagram(miniScenario({ end: { choices: [['x', 'good', 'graph']] }, graph: { ending: 'delivered' } })),
    ).toContain('b_end -->|"x · good"| b_graph');
  });
});
