// How a track result says it was reached with eased time limits (the player's setting): kept beside the grade
// wherever the grade is shown as a track's result, so an assessor reads both together.
import { t } from '../i18n/intl.ts';

/** " (time limits: off)" or " (time limits: double)"; nothing for a play under the story's own limits. */
export function timeLimitsNote(timeLimits: 'off' | 'double' | undefined): string {
  if (timeLimits === 'off') return t('story.timeLimitsNote.off');
  return timeLimits === 'double' ? t('story.timeLimitsNote.double') : '';
}
