// The debrief's sentences that the engine also writes in English (the headline, the ledger's verdict, a harm's
// phrase), said in the page's language. The engine keeps its English (rule R7 checks the headline against the
// ending, and the engine has no words floor); these are built from the same facts of the report (the grade
// step, the core, the ledger's figures), and tests/unit/debrief-words.test.ts holds the English to the
// engine's, play by play, so the two cannot drift apart.
import type { Harm, ReportCard, ServiceLevel } from '../engine/runtime.ts';
import type { MessageId } from '../i18n/catalog.ts';
import { formatNumber, t, type MessageValues } from '../i18n/intl.ts';
import { storyWords, tParts } from './messageParts.ts';

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

type HeadlineFacts = Pick<ReportCard, 'gradeStep' | 'core' | 'experience'>;

/** Which message says the headline, and with what: a breakdown's words (the story's) apart from the rest. */
function headlineMessage(report: HeadlineFacts): { id: MessageId; values: MessageValues; breakdown?: string } {
  const step = report.gradeStep;
  const held = report.core === 'delivered' ? 'delivered' : 'honest';
  switch (step.kind) {
    case 'core-failed':
      return { id: 'debrief.headline.coreFailed', values: {} };
    case 'harm-at-breakdown':
      return { id: `debrief.headline.harmAtBreakdown.${held}`, values: { harm: harmPhrase(step.harm) } };
    case 'low-score':
      return { id: `debrief.headline.lowScore.${held}`, values: {} };
    case 'harm-caps':
      return { id: `debrief.headline.harmCaps.${held}`, values: { harm: harmPhrase(step.harm) } };
    case 'experience':
      return { id: `debrief.headline.experience.${held}`, values: {} };
    case 'care':
      return { id: `debrief.headline.care.${held}`, values: {} };
    case 'core':
      return {
        id:
          report.experience === 'delivered'
            ? `debrief.headline.core.surprise.${held}`
            : `debrief.headline.core.${held}`,
        values: { where: step.breakdown ? 'breakdown' : 'none' },
        breakdown: (step.breakdown ?? '').replace(/[.!?]+$/, ''),
      };
  }
}

/** The report's headline (grading.ts's headlineFor), in the page's language. */
export function headline(report: HeadlineFacts): string {
  const { id, values, breakdown } = headlineMessage(report);
  return t(id, breakdown === undefined ? values : { ...values, breakdown });
}

/** The headline for the page: a breakdown it quotes is the story's words, marked as such. */
export function headlineNodes(report: HeadlineFacts): (string | Node)[] {
  const { id, values, breakdown } = headlineMessage(report);
  return tParts(id, breakdown === undefined ? values : { ...values, breakdown: storyWords(breakdown) });
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
