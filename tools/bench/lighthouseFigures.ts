// The figures `npm run lighthouse` prints from a Lighthouse result (its JSON report, `lhr`): the two scores
// the issue targets and what kept a throttled phone's main thread busy. Pure, so it is tested without a browser.

interface Audit {
  numericValue?: number;
  details?: { items?: readonly Record<string, unknown>[] };
}

/** The parts of a Lighthouse result read here (lighthouse/types/lhr). */
export interface LighthouseResult {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, Audit | undefined>;
}

export interface PageFigures {
  performance: number | null;
  accessibility: number | null;
  /** Milliseconds on Lighthouse's simulated, throttled phone. */
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  totalBlockingTime: number | null;
  speedIndex: number | null;
  /** Main-thread time by kind of work (script evaluation, style and layout, …), the largest first. */
  mainThread: { kind: string; ms: number }[];
  /** Main-thread time by script, the largest first. */
  scripts: { url: string; ms: number }[];
  /** Tasks over 50 ms on the throttled phone, the longest first. */
  longTasks: { url: string; ms: number; startMs: number }[];
}

const score = (lhr: LighthouseResult, id: string) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
};
const numeric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? null;
const items = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.details?.items ?? [];
const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** A script's file name without the address it was served from, which changes from run to run. */
const shortUrl = (url: string) => url.replace(/^https?:\/\/[^/]+\//, '/');

export function pageFigures(lhr: LighthouseResult): PageFigures {
  const byMs = <T extends { ms: number }>(list: T[]) => list.sort((a, b) => b.ms - a.ms);
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    firstContentfulPaint: numeric(lhr, 'first-contentful-paint'),
    largestContentfulPaint: numeric(lhr, 'largest-contentful-paint'),
    totalBlockingTime: numeric(lhr, 'total-blocking-time'),
    speedIndex: numeric(lhr, 'speed-index'),
    mainThread: byMs(
      items(lhr, 'mainthread-work-breakdown').map((i) => ({
        kind: text(i['groupLabel']) || text(i['group']),
        ms: num(i['duration']),
      })),
    ),
    scripts: byMs(items(lhr, 'bootup-time').map((i) => ({ url: shortUrl(text(i['url'])), ms: num(i['total']) }))),
    longTasks: byMs(
      items(lhr, 'long-tasks').map((i) => ({
        url: shortUrl(text(i['url'])),
        ms: num(i['duration']),
        startMs: num(i['startTime']),
      })),
    ),
  };
}

const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);

/** A few readable lines for one audited page. */
export function formatPage(name: string, figures: PageFigures): string {
  const top = <T>(list: T[], n: number) => list.slice(0, n);
  return [
    `${name}: performance ${figures.performance ?? '–'}, accessibility ${figures.accessibility ?? '–'}`,
    `  FCP ${ms(figures.firstContentfulPaint)}, LCP ${ms(figures.largestContentfulPaint)}, total blocking time ${ms(figures.totalBlockingTime)}, speed index ${ms(figures.speedIndex)}`,
    `  main thread: ${top(figures.mainThread, 5)
      .map((m) => `${m.kind} ${ms(m.ms)}`)
      .join(', ')}`,
    `  by script: ${top(figures.scripts, 4)
      .map((s) => `${s.url} ${ms(s.ms)}`)
      .join(', ')}`,
    `  long tasks (${figures.longTasks.length}): ${top(figures.longTasks, 6)
      .map((t) => `${ms(t.ms)} at ${ms(t.startMs)} ${t.url}`)
      .join('; ')}`,
  ].join('\n');
}

/** The median of the runs' values, ignoring runs without one. */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
