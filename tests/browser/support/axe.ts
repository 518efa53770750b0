// axe-core's serious and critical findings against WCAG 2.1 A/AA (colour contrast included), one readable
// line each, for the screen on show now.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function violations(page: Page, screen: string): Promise<string[]> {
  // The game's text waits for its web fonts; audit what a player reads, after they are in.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${screen}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`,
      ),
    );
}
