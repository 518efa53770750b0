// The bench's pure helpers: the statistics it reports and the targets it marks.
import { describe, expect, it } from 'vitest';
import { extrapolate, growthPer10x, median, quantile, summarize, table } from '../../tools/bench/stats.ts';
import { compiledCodeBytes } from '../../tools/bench/heapSnapshot.ts';
import { memoryFigures } from '../../tools/bench/report.ts';
import { evaluateTargets, type TargetInput } from '../../tools/bench/targets.ts';

describe('quantiles', () => {
  it('interpolates between closest ranks, whatever the order of the values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
  });

  it('refuses no values and a q outside 0…1', () => {
    expect(() => quantile([], 0.5)).toThrow(/no values/);
    expect(() => quantile([1], 1.5)).toThrow(/within 0…1/);
  });

  it('summarises a series', () => {
    expect(summarize([3, 1, 2])).toEqual({ n: 3, min: 1, median: 2, p90: 2.8, p95: 2.9, max: 3 });
  });
});

describe('growth per 10×', () => {
  it('is 10 for linear time and 100 for quadratic, even between sizes not 10× apart', () => {
    expect(
      growthPer10x([
        { size: 100, ms: 1 },
        { size: 1000, ms: 10 },
      ]),
    ).toEqual([null, 10]);
    const quadratic = growthPer10x([
      { size: 10, ms: 1 },
      { size: 40, ms: 16 },
    ]);
    expect(quadratic[1]).toBeCloseTo(100);
  });

  it('has nothing to say about a size whose time is missing', () => {
    expect(
      growthPer10x([
        { size: 100, ms: Number.NaN },
        { size: 1000, ms: 5 },
      ]),
    ).toEqual([null, null]);
  });

  it('extrapolates at the last growth seen, never below linear', () => {
    expect(
      extrapolate(
        [
          { size: 100, ms: 10 },
          { size: 1000, ms: 40 },
        ],
        10_000,
      ),
    ).toBeCloseTo(400);
    expect(
      extrapolate(
        [
          { size: 100, ms: 1 },
          { size: 1000, ms: 100 },
        ],
        10_000,
      ),
    ).toBeCloseTo(10_000);
    expect(extrapolate([], 10)).toBeNull();
  });
});

describe('the report table', () => {
  it('pads columns and right-aligns figures', () => {
    expect(
      table(
        ['', 'ms'],
        [
          ['a', '5 ms'],
          ['long name', '120 ms'],
        ],
      ).split('\n'),
    ).toEqual(['           ms', '─────────  ──────', 'a            5 ms', 'long name  120 ms']);
  });
});

describe('the targets', () => {
  const met: TargetInput = {
    firstChoiceRatio: 1.5,
    entries: [{ name: 'title (bare address)', ratio: 1.9 }],
    jsBeforeFirstChoiceGzip: 100_000,
    jsFullyDrawnGzip: 400_000,
    p95FrameMs: 16.8,
    heapRatio: 1.02,
    heapRatioWithCode: 1.12,
    check10kMs: 900,
    check100kMs: 9000,
    check100kPredictedMs: null,
    studioKeyP95Ms: 30,
    studioEditToMapMs: 150,
    studioBigOpenMs: 2500,
    studioBigRefused: null,
    insightsAllDrawnMs: 9000,
    insightsLongestTaskMs: 150,
    insightsHeapMb: 250,
  };

  it('are all met by figures inside every limit', () => {
    expect(evaluateTargets(met).map((t) => t.met)).toEqual(Array(14).fill(true));
  });

  it("count Insights' figures over their limits as missed, and a worker's heap not reported as not measured", () => {
    const slow = evaluateTargets({
      ...met,
      insightsAllDrawnMs: 10_001,
      insightsLongestTaskMs: 201,
      insightsHeapMb: 301,
    });
    expect(slow.filter((t) => t.met === false).map((t) => t.name)).toEqual([
      'insights: 100,000 statements read, every view drawn',
      'insights: longest task on the page',
      'insights: heap, page and worker',
    ]);
    const unknown = evaluateTargets({ ...met, insightsHeapMb: null });
    expect(unknown.find((t) => t.name === 'insights: heap, page and worker')).toMatchObject({
      met: null,
      actual: 'not measured',
    });
  });

  it('count a big story the studio refuses to open as missed', () => {
    const refused = evaluateTargets({ ...met, studioBigOpenMs: null, studioBigRefused: 'too big' });
    expect(refused.find((t) => t.name.startsWith('studio: 10,000'))).toMatchObject({ met: false, actual: 'refused' });
    const slow = evaluateTargets({ ...met, studioKeyP95Ms: 51, studioEditToMapMs: 201, studioBigOpenMs: 3001 });
    expect(slow.filter((t) => t.met === false).map((t) => t.name)).toEqual([
      'studio, 500 beats: key to next frame while checking, p95',
      'studio, 500 beats: edit to map redrawn, slowest',
      'studio: 10,000 beats opened, map drawn',
    ]);
  });

  it('are missed one by one by figures over their limits', () => {
    const missed = evaluateTargets({
      ...met,
      firstChoiceRatio: 37,
      entries: [{ name: 'track link', ratio: 2.1 }],
      jsBeforeFirstChoiceGzip: 529_000,
      heapRatio: 1.2,
    });
    expect(missed.filter((t) => t.met === false).map((t) => t.name)).toEqual([
      'first choice vs text-only baseline',
      'first control, track link, vs ink player',
      'JS before the first choice (gzip)',
      'heap after 50 plays ÷ after 5',
    ]);
  });

  it('are "not measured" without a figure, and a skipped 100,000 is missed only when its prediction is over', () => {
    const none = evaluateTargets({ ...met, p95FrameMs: null, check100kMs: null, check100kPredictedMs: 57_000 });
    expect(none.find((t) => t.name === 'p95 frame time')).toMatchObject({ met: null, actual: 'not measured' });
    expect(none.find((t) => t.name === '100,000 beats checked')).toMatchObject({
      met: false,
      actual: 'skipped, predicted ≈ 57 s',
    });
    const hopeful = evaluateTargets({ ...met, check100kMs: null, check100kPredictedMs: 8000 });
    expect(hopeful.find((t) => t.name === '100,000 beats checked')?.met).toBeNull();
  });

  it('show the whole heap beside the objects in the target', () => {
    const heap = evaluateTargets(met).find((t) => t.name.startsWith('heap'));
    expect(heap).toMatchObject({ actual: '1.02 objects, 1.12 with code', met: true });
  });
});

describe('the memory figures', () => {
  it('count the bytes of "code" nodes in a heap snapshot, and nothing else', () => {
    const snapshot = {
      snapshot: {
        meta: {
          node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
          node_types: [['hidden', 'object', 'code', 'string'], 'string'],
        },
      },
      // type, name, id, self_size, edge_count
      nodes: [1, 0, 1, 100, 0, 2, 0, 3, 40, 0, 3, 0, 5, 7, 0, 2, 0, 7, 2, 0],
    };
    expect(compiledCodeBytes(snapshot)).toBe(42);
    expect(() =>
      compiledCodeBytes({ ...snapshot, snapshot: { meta: { node_fields: ['type'], node_types: [['object']] } } }),
    ).toThrow(/sizes/);
  });

  it('judge leaks by the objects: code that V8 compiled along the way does not count against the game', () => {
    const reading = (plays: number, usedBytes: number, codeBytes: number) => ({
      plays,
      usedBytes,
      totalBytes: usedBytes * 2,
      codeBytes,
    });
    const figures = memoryFigures(
      { readings: [reading(5, 8_000, 3_000), reading(50, 9_000, 3_700)], plays: 50, steps: 200, seconds: 40 },
      50,
    );
    expect(figures.ratio).toBeCloseTo(9_000 / 8_000);
    expect(figures.objectRatio).toBeCloseTo(5_300 / 5_000);
    expect(figures.at5).toBe(8_000);
    expect(
      memoryFigures({ readings: [reading(5, 8_000, 3_000)], plays: 50, steps: 20, seconds: 4 }, 50).objectRatio,
    ).toBeNull();
  });
});
