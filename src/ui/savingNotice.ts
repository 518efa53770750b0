// Tells the player where it happens (mid-story, on the debrief, anywhere) that progress could not be saved,
// with what to do: free space, or export what the tab holds; and says so again when saving works once more.
import type { ProgressStore } from '../play/progress/progressStore.ts';
import { t } from '../i18n/intl.ts';
import { download } from './download.ts';
import { showPageNotice } from './pageNotices.ts';

const ID = 'saving';

export function reportSaving(progress: Pick<ProgressStore, 'onSaving' | 'exportText'>, now: () => Date): () => void {
  return progress.onSaving((saving) => {
    if (!saving) {
      const exportProgress = () =>
        download(
          `service-hero-progress-${now().toISOString().slice(0, 10)}.json`,
          progress.exportText(),
          'application/json',
        );
      showPageNotice({
        id: ID,
        text: t('notices.storageFull'),
        urgent: true,
        actions: [{ label: t('notices.exportProgress'), run: exportProgress }],
      });
    } else {
      showPageNotice({
        id: ID,
        text: t('notices.savingAgain'),
      });
    }
  });
}
