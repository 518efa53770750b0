// Pure helpers for the bench: summary statistics, growth factors and number
// formatting. Nothing here touches the browser or the disk, so it is unit-tested.

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks (numpy's default), so
 * the p90 of a handful of loads lies between two real loads instead of jumping to the slowest one.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile: q must be within 0…1, not ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export interface Summary {
  n: number;
  min: number;
  median: number;
  p90: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    min: Math.min(...values),
    median: quantile(values, 0.5),
    p90: quantile(values, 0.9),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
  };
}

/**
 * How much the time grows per 10× more input, between consecutive (size, time) points. Sizes need not
 * be exactly 10× apart: the ratio is scaled to a decade, so 10 means linear and 100 quadratic.
 * A point with nothing to compare with (the first, or a neighbour without a time) gets null.
 */
export function growthPer10x(points: readonly { size: number; ms: number }[]): (number | null)[] {
  return points.map((point, i) => {
    const previous = points[i - 1];
    if (!previous || !(previous.ms > 0) || !Number.isFinite(point.ms) || point.size <= previous.size) return null;
    const decades = Math.log10(point.size / previous.size);
    return (point.ms / previous.ms) ** (1 / decades);
  });
}

/**
 * A guess at the time for `size`, carrying on the last growth seen (never less than linear, since the
 * small sizes are dominated by fixed costs and would otherwise promise too much).
 */
export function extrapolate(points: readonly { size: number; ms: number }[], size: number): number | null {
  const last = points[points.length - 1];
  if (!last || size <= last.size) return null;
  const growth = Math.max(10, growthPer10x(points)[points.length - 1] ?? 10);
  return last.ms * growth ** Math.log10(size / last.size);
}

/** Sizes in kB of 1,000 bytes, as Vite prints them, so the figures match the build's own report. */
export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function ms(value: number | null, digits = 0): string {
  return value === null ? '—' : `${value.toFixed(digits)} ms`;
}

export function ratio(value: number | null, digits = 2): string {
  return value === null || !Number.isFinite(value) ? '—' : `${value.toFixed(digits)}×`;
}

/** A plain-text table with the columns padded to their widest cell; numbers read best right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d.,]+(\s?[a-zA-Z×%]+)?$|^—$/.test(cell.trim());
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (c > 0 && numeric(cell) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
