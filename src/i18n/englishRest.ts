// The English of every screen but a story's opening and the page's own words (ENGLISH_FIRST in catalog.ts),
// loaded with the rest of the game by loadMessages('en'): one chunk, asked for once.
import art from './messages/en/art.json';
import brainstorm from './messages/en/brainstorm.json';
import certificate from './messages/en/certificate.json';
import debrief from './messages/en/debrief.json';
import errors from './messages/en/errors.json';
import insights from './messages/en/insights.json';
import lms from './messages/en/lms.json';
import notices from './messages/en/notices.json';
import profile from './messages/en/profile.json';
import studio from './messages/en/studio.json';

/** A new screen's catalogue is added here (or to ENGLISH_FIRST if the entry draws it), and in each language. */
export const ENGLISH_REST = {
  art,
  brainstorm,
  certificate,
  debrief,
  errors,
  insights,
  lms,
  notices,
  profile,
  studio,
} as const;
export type EnglishRest = typeof ENGLISH_REST;
