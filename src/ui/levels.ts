// The names of a decision's service level and of the customer's mood, in the page's language. Read through
// getters, so a screen reads them in the language of the moment it is drawn.
import type { Expression, ServiceLevel } from '../engine/runtime.ts';
import { t } from '../i18n/intl.ts';

export const LEVEL_LABELS: Readonly<Record<ServiceLevel, string>> = {
  get harmful() {
    return t('story.level.harmful');
  },
  get routine() {
    return t('story.level.routine');
  },
  get good() {
    return t('story.level.good');
  },
  get heroic() {
    return t('story.level.heroic');
  },
};

export const MOOD_WORDS: Readonly<Record<Expression, string>> = {
  get annoyed() {
    return t('story.mood.annoyed');
  },
  get worried() {
    return t('story.mood.worried');
  },
  get content() {
    return t('story.mood.content');
  },
  get delighted() {
    return t('story.mood.delighted');
  },
};
