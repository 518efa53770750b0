// The debrief's sentences that the engine also writes in English (the headline, the ledger's verdict, a harm's
// phrase), said in the page's language. The engine keeps its English (rule R7 checks the headline against the
// ending, and the engine has no words floor); these are built from the same facts of the report (the grade
// step, the core, the ledger's figures), and tests/unit/debrief-words.test.ts holds the English to the
// engine's, play by play, so the two cannot drift apart.
import type { Harm, ReportCard, ServiceLevel } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { formatNumber, t } from '../i18n/intl.ts';

export const levelLabel = (level: ServiceLevel): string => t(`debrief.level.${level}`);

export const harmPhrase = (harm: Harm | null): string => t(harm ? `debrief.harm.${harm}` : 'debrief.harm.unknown');

/** A whole-number percentage, "94%", as the page's language writes one. */
export const percent = (value: number): string => formatNumber(value / 100, { style: 'percent' });

/** An amount in the story's currency: "£4.50". */
export const money = (currency: string, amount: number): string =>
  t('debrief.money', {
    currency,
    amount: formatNumber(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
  });

/** A change with its sign: "+3", "-2", "0". */
export const signed = (n: number): string => formatNumber(n, { signDisplay: 'exceptZero' });

/** The report's headline (grading.ts's headlineFor), in the page's language. */
export function headline(report: Pick<ReportCard, 'gradeStep' | 'core' | 'experience'>): string {
  const step = report.gradeStep;
  const held = report.core === 'delivered' ? 'delivered' : 'honest';
  switch (step.kind) {
    case 'core-failed':
      return t('debrief.headline.coreFailed');
    case 'harm-at-breakdown':
      return t(`debrief.headline.harmAtBreakdown.${held}`, { harm: harmPhrase(step.harm) });
    case 'low-score':
      return t(`debrief.headline.lowScore.${held}`);
    case 'harm-caps':
      return t(`debrief.headline.harmCaps.${held}`, { harm: harmPhrase(step.harm) });
    case 'experience':
      return t(`debrief.headline.experience.${held}`);
    case 'care':
      return t(`debrief.headline.care.${held}`);
    case 'core': {
      const id: MessageId =
        report.experience === 'delivered' ? `debrief.headline.core.surprise.${held}` : `debrief.headline.core.${held}`;
      return t(id, {
        where: step.breakdown ? 'breakdown' : 'none',
        breakdown: (step.breakdown ?? '').replace(/[.!?]+$/, ''),
      });
    }
  }
}

/** The ledger's verdict (scoring.ts's ledgerVerdict), in the page's language. */
export function ledgerVerdict(ledger: ReportCard['ledger']): string {
  const { cost, minutes, loyalty } = ledger;
  return t('debrief.ledger.verdict', {
    spent: cost > 0 || minutes > 0 ? 'yes' : 'no',
    money: money(ledger.currency, cost),
    minutes,
    kept: loyalty > 0 ? 'raised' : loyalty < 0 ? 'lowered' : 'kept',
    loyalty: formatNumber(loyalty),
    lost: -loyalty,
  });
}
