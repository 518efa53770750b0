// Turns a breakdown the room named in a brainstorm into a skeleton scenario file
// in the project's format: a complete, valid story shape whose words an author
// fills in. Text typed by the room only ever goes into YAML string values.
import { stringify } from 'yaml';

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

const fill = (what: string) => `${FILL_IN} ${what}`;

/**
 * The skeleton's shape meets the grading rules as it stands (R1–R7): a routine path to the core, a careful fix,
 * a surprise after the fix that the ending records, and harm that fails the core. The best option is never
 * written first, so a company's own stories do not learn that habit from it.
 */
export function skeletonScenario(item: BrainstormItem, index: number): string {
  const id = skeletonId(item, index);
  const choice = (suffix: string, level: string, what: string, principle: string, next: string) => ({
    id: `${suffix}`,
    text: fill(what),
    level,
    ...(level === 'harmful' ? { harm: 'dismisses' } : {}),
    [level === 'harmful' || level === 'routine' ? 'breaks' : 'upholds']: {
      [principle]: fill('one sentence on why, in this moment'),
    },
    feedback: fill('what the debrief should say about this choice'),
    next,
  });
  const scenario = {
    format: 2,
    id,
    title: fill(`a short title for "${item.breakdown.slice(0, 60)}"`),
    summary: fill('one or two sentences for the story list'),
    sources: ['000_c3e8adf0cbd3a5b1.txt'],
    role: item.role || 'front-line colleague',
    setting: { place: fill('where this happens'), backdrop: 'support-desk' },
    cast: { customer: { name: fill('the customer’s name'), look: 'woman-auburn-cardigan' } },
    customer: 'customer',
    mood: 60,
    start: 'opening',
    beats: {
      opening: {
        lines: [fill('set the scene in a sentence or two'), { customer: fill('what the customer asks for') }],
        next: 'breakdown',
      },
      breakdown: {
        breakdown: item.breakdown,
        lines: [fill('what goes wrong, as the trainee sees it'), { customer: fill('how the customer reacts') }],
        choices: [
          choice(
            'by-the-book',
            'routine',
            'the by-the-book choice: the core done, nothing more',
            'finish-it-their-way',
            'served',
          ),
          choice('solve-it', 'good', 'the choice that solves it with care', 'kindness-and-respect', 'second-breakdown'),
          choice(
            'make-it-worse',
            'harmful',
            'the choice that makes it worse (say what harm it does with harm:)',
            'customers-side',
            'lost',
          ),
          choice(
            'go-beyond',
            'heroic',
            'the choice nobody expected, that finishes it the way the customer wanted',
            'take-the-initiative',
            'after-the-fix',
          ),
        ],
      },
      'second-breakdown': {
        breakdown: fill('what goes wrong next, because of what the trainee did'),
        lines: [fill('the new problem')],
        choices: [
          choice('settle', 'routine', 'the choice that settles for less', 'finish-it-their-way', 'served'),
          choice('fix-it', 'good', 'the choice that fixes it fast', 'recover-then-surprise', 'after-the-fix'),
        ],
      },
      'after-the-fix': {
        lines: [fill('the problem is put right; the customer is about to go')],
        choices: [
          choice('wrap-up', 'routine', 'the choice that finishes politely', 'core-service-first', 'fixed'),
          choice(
            'surprise',
            'heroic',
            'the surprise after the fix that the customer would never have asked for',
            'recover-then-surprise',
            'dazzled',
          ),
        ],
      },
      dazzled: {
        lines: [{ customer: fill('the customer’s delighted reaction') }],
        ending: {
          title: fill('the best ending'),
          core: 'delivered',
          experience: fill('what the customer got beyond the core and will tell people about'),
        },
      },
      fixed: {
        lines: [fill('the customer leaves with the problem fixed, and nothing more')],
        ending: { title: fill('the careful ending'), core: 'delivered' },
      },
      served: {
        lines: [fill('the customer gets what they came for, no more')],
        ending: { title: fill('the routine ending'), core: 'delivered' },
      },
      lost: {
        lines: [fill('the customer leaves unhappy')],
        ending: { title: fill('the failed ending'), core: 'failed' },
      },
    },
  };
  const header = [
    '# yaml-language-server: $schema=./scenario.schema.json',
    `# Skeleton from a breakdown brainstorm: "${item.breakdown.replace(/[\r\n]+/g, ' ')}".`,
    `# Replace every "${FILL_IN}" text, pick the backdrop, looks and sources, then run npm run check:scenarios.`,
  ].join('\n');
  return `${header}\n${stringify(scenario, { lineWidth: 0 })}`;
}
