// Turns a breakdown the room named in a brainstorm into a skeleton scenario file
// in the project's format: a complete, valid story shape whose words an author
// fills in. Text typed by the room only ever goes into YAML string values.
import { stringify } from 'yaml';
import type { MessageId } from '../i18n/catalog.ts';
import { locale, t, type MessageValues } from '../i18n/intl.ts';

export interface BrainstormItem {
  breakdown: string;
  role: string;
}

export const FILL_IN = 'FILL IN:';

export function skeletonId(item: BrainstormItem, index: number): string {
  const slug = item.breakdown
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 5)
    .join('-');
  return `brainstorm-${index + 1}${slug ? `-${slug}` : ''}`;
}

// The mark stays "FILL IN:" in every language (the loader finds the notes by it); what to write is said in the
// facilitator's language, as the room's breakdowns are.
const fill = (what: MessageId, values?: MessageValues) => `${FILL_IN} ${t(what, values)}`;

/**
 * The skeleton's shape meets the grading rules as it stands (R1–R7): a routine path to the core, a careful fix,
 * a surprise after the fix that the ending records, and harm that fails the core. The best option is never
 * written first, so a company's own stories do not learn that habit from it. It asks for every text the checker
 * would otherwise note is missing (each beat with choices its title, the debrief's heading for it).
 */
export function skeletonScenario(item: BrainstormItem, index: number): string {
  return skeletonText({
    id: skeletonId(item, index),
    title: fill('brainstorm.skeleton.title', { breakdown: item.breakdown.slice(0, 60) }),
    role: item.role || t('brainstorm.skeleton.defaultRole'),
    breakdown: item.breakdown,
    origin: t('brainstorm.skeleton.fromBrainstorm', { breakdown: item.breakdown.replace(/[\r\n]+/g, ' ') }),
  });
}

/** A new story in the studio: the skeleton's shape, every word still to write. */
export function blankScenario(id: string): string {
  return skeletonText({
    id,
    title: fill('brainstorm.skeleton.blankTitle'),
    role: t('brainstorm.skeleton.defaultRole'),
    breakdown: fill('brainstorm.skeleton.blankBreakdown'),
    origin: t('brainstorm.skeleton.blankOrigin'),
  });
}

function skeletonText(story: { id: string; title: string; role: string; breakdown: string; origin: string }): string {
  const { id } = story;
  const choice = (suffix: string, level: string, what: MessageId, principle: string, next: string) => ({
    id: `${suffix}`,
    text: fill(what),
    level,
    ...(level === 'harmful' ? { harm: 'dismisses' } : {}),
    [level === 'harmful' || level === 'routine' ? 'breaks' : 'upholds']: {
      [principle]: fill('brainstorm.skeleton.why'),
    },
    feedback: fill('brainstorm.skeleton.feedback'),
    next,
  });
  const scenario = {
    format: 2,
    id,
    // Its words are written in the page's language, so the story says so (screens and LMS reports mark them with it).
    language: locale(),
    title: story.title,
    summary: fill('brainstorm.skeleton.summary'),
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    role: story.role,
    setting: { place: fill('brainstorm.skeleton.place'), backdrop: 'support-desk' },
    cast: { customer: { name: fill('brainstorm.skeleton.customerName'), look: 'woman-auburn-cardigan' } },
    customer: 'customer',
    mood: 60,
    start: 'opening',
    beats: {
      opening: {
        lines: [fill('brainstorm.skeleton.opening'), { customer: fill('brainstorm.skeleton.customerAsks') }],
        next: 'breakdown',
      },
      breakdown: {
        title: fill('brainstorm.skeleton.beatTitle.breakdown'),
        breakdown: story.breakdown,
        lines: [fill('brainstorm.skeleton.whatGoesWrong'), { customer: fill('brainstorm.skeleton.customerReacts') }],
        choices: [
          choice('by-the-book', 'routine', 'brainstorm.skeleton.choice.byTheBook', 'finish-it-their-way', 'served'),
          choice('solve-it', 'good', 'brainstorm.skeleton.choice.solveIt', 'kindness-and-respect', 'second-breakdown'),
          choice('make-it-worse', 'harmful', 'brainstorm.skeleton.choice.makeItWorse', 'customers-side', 'lost'),
          choice('go-beyond', 'heroic', 'brainstorm.skeleton.choice.goBeyond', 'take-the-initiative', 'after-the-fix'),
        ],
      },
      'second-breakdown': {
        title: fill('brainstorm.skeleton.beatTitle.second'),
        breakdown: fill('brainstorm.skeleton.secondBreakdown'),
        lines: [fill('brainstorm.skeleton.newProblem')],
        choices: [
          choice('settle', 'routine', 'brainstorm.skeleton.choice.settle', 'finish-it-their-way', 'served'),
          choice('fix-it', 'good', 'brainstorm.skeleton.choice.fixIt', 'recover-then-surprise', 'after-the-fix'),
        ],
      },
      'after-the-fix': {
        title: fill('brainstorm.skeleton.beatTitle.afterFix'),
        lines: [fill('brainstorm.skeleton.afterTheFix')],
        choices: [
          choice('wrap-up', 'routine', 'brainstorm.skeleton.choice.wrapUp', 'core-service-first', 'fixed'),
          choice('surprise', 'heroic', 'brainstorm.skeleton.choice.surprise', 'recover-then-surprise', 'dazzled'),
        ],
      },
      dazzled: {
        lines: [{ customer: fill('brainstorm.skeleton.delighted') }],
        ending: {
          title: fill('brainstorm.skeleton.ending.best'),
          core: 'delivered',
          experience: fill('brainstorm.skeleton.ending.experience'),
        },
      },
      fixed: {
        lines: [fill('brainstorm.skeleton.fixed')],
        ending: { title: fill('brainstorm.skeleton.ending.careful'), core: 'delivered' },
      },
      served: {
        lines: [fill('brainstorm.skeleton.served')],
        ending: { title: fill('brainstorm.skeleton.ending.routine'), core: 'delivered' },
      },
      lost: {
        lines: [fill('brainstorm.skeleton.lost')],
        ending: { title: fill('brainstorm.skeleton.ending.failed'), core: 'failed' },
      },
    },
  };
  const header = [
    '# yaml-language-server: $schema=./scenario.schema.json',
    `# ${story.origin}`,
    `# ${t('brainstorm.skeleton.replace', { mark: FILL_IN })}`,
  ].join('\n');
  return `${header}\n${stringify(scenario, { lineWidth: 0 })}`;
}
