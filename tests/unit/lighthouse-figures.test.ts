// npm run lighthouse reads its figures from Lighthouse's report: the scores as percentages, the main
// thread's work the largest first, and the long tasks without the address they were served from.
import { describe, expect, it } from 'vitest';
import { formatPage, median, pageFigures, type LighthouseResult } from '../../tools/bench/lighthouseFigures.ts';

const report: LighthouseResult = {
  lighthouseVersion: '13.5.0',
  categories: { performance: { score: 0.61 }, accessibility: { score: 1 } },
  audits: {
    'total-blocking-time': { numericValue: 850.4 },
    'largest-contentful-paint': { numericValue: 2400 },
    'mainthread-work-breakdown': {
      details: {
        items: [
          { group: 'styleLayout', groupLabel: 'Style & Layout', duration: 300 },
          { group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 900 },
        ],
      },
    },
    'bootup-time': { details: { items: [{ url: 'http://127.0.0.1:4199/assets/phaser-X.js', total: 700 }] } },
    'long-tasks': {
      details: {
        items: [
          { url: 'http://127.0.0.1:4199/assets/phaser-X.js', duration: 120, startTime: 3000 },
          { url: 'Unattributable', duration: 400, startTime: 900 },
        ],
      },
    },
  },
};

describe('Lighthouse figures', () => {
  it('reads the scores, the blocking time and what kept the main thread busy', () => {
    const figures = pageFigures(report);
    expect(figures).toMatchObject({
      performance: 61,
      accessibility: 100,
      totalBlockingTime: 850.4,
      largestContentfulPaint: 2400,
      firstContentfulPaint: null,
    });
    expect(figures.mainThread.map((m) => m.kind)).toEqual(['Script Evaluation', 'Style & Layout']);
    expect(figures.scripts).toEqual([{ url: '/assets/phaser-X.js', ms: 700 }]);
    expect(figures.longTasks.map((t) => t.ms)).toEqual([400, 120]);
    expect(formatPage('title', figures)).toContain(
      'title: performance 61, accessibility 100\n  FCP –, LCP 2400 ms, total blocking time 850 ms',
    );
  });

  it('takes the median of the runs that have a value', () => {
    expect(median([61, null, 53, 57])).toBe(57);
    expect(median([53, 61])).toBe(57);
    expect(median([null])).toBeNull();
  });
});
