// What the studio's check says of a draft as a whole, beside its list of problems: a line of verdict, and for a
// story that loads, its shape, the grades it can give, its routine path's grade, the principles it exercises and
// the checker's own lines (the command line's words).
import type { DraftReport } from '../../play/studio/draftCheck.ts';
import { t } from '../../i18n/intl.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import { h } from '../dom.ts';
import { storyWords, tParts } from '../messageParts.ts';

export function verdict(report: DraftReport): string {
  if (report.errors.length)
    return report.story
      ? t('studio.check.playsWithErrors', { count: report.errors.length })
      : t('studio.check.broken', { count: report.errors.length });
  return report.warnings.length ? t('studio.check.notes', { count: report.warnings.length }) : t('studio.check.sound');
}

export function storyFacts(
  story: NonNullable<DraftReport['story']>,
  principleName: (id: string) => string,
): HTMLElement[] {
  const fact = (term: string, value: string | Node) => [h('dt', {}, term), h('dd', {}, value)];
  return [
    h('h3', {}, ...tParts('studio.check.about', { title: storyWords(story.scenario.title) })),
    h(
      'dl',
      { class: 'studio-facts' },
      ...fact(
        t('studio.check.shape'),
        t('studio.check.shapeValue', { beats: story.beats, breakdowns: story.breakdowns, endings: story.endings }),
      ),
      ...fact(
        t('studio.check.grades'),
        story.grades ? t('studio.check.gradeRange', story.grades) : t('studio.check.gradesUnknown'),
      ),
      ...fact(
        t('studio.check.routine'),
        story.routine ? t('studio.check.routineGrade', { grade: story.routine }) : t('studio.check.noRoutine'),
      ),
      ...fact(
        t('studio.check.principles'),
        story.principles.length
          ? h('span', {}, ...story.principles.flatMap((id, i) => [i ? ', ' : '', storyWords(principleName(id))]))
          : t('studio.check.noPrinciples'),
      ),
    ),
    h('h3', {}, t('studio.check.checker')),
    h(
      'ul',
      { class: 'studio-analysis', lang: SOURCE_LANGUAGE },
      ...[...story.analysis, ...story.findings].map((line) => h('li', {}, line)),
    ),
  ];
}
