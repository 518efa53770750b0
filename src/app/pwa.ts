/// <reference types="vite-plugin-pwa/vanillajs" />
// The installable, offline game: registers the service worker that vite-plugin-pwa generates
// (it precaches every file a session needs), and announces a new version with our own notice.
import { registerSW } from 'virtual:pwa-register';
import { showUpdateNotice } from '../ui/updateNotice.ts';

/** How often a long session asks the server whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Launched as a SCORM SCO (`?scorm=`), the game is LMS content and must not install itself. */
function wantsServiceWorker(search: string): boolean {
  return !new URLSearchParams(search).has('scorm');
}

/** Registers the service worker (after the page has loaded) unless launched by a SCORM LMS. */
export function startOfflineSupport(win: Window = window): void {
  if (!('serviceWorker' in win.navigator) || !wantsServiceWorker(win.location.search)) return;
  const container = win.navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  let reloading = false;
  // The story resumes after the reload: progress is saved after every step.
  const reload = () => {
    if (reloading) return;
    reloading = true;
    win.location.reload();
  };
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      showUpdateNotice({
        async update() {
          // Nothing waiting any more (another tab updated first): this page just needs the new version loaded.
          if (!registration?.waiting) return reload();
          container.addEventListener('controllerchange', reload, { once: true });
          await updateServiceWorker(true);
        },
      });
    },
    onNeedReload: reload,
    onRegisteredSW(_url, registered) {
      registration = registered;
      if (!registered) return;
      setInterval(() => {
        if (win.navigator.onLine && !registered.installing) registered.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      console.warn('[offline] the service worker could not be registered; the game still plays online.', error);
    },
  });
}
