// What every screen needs from the page before anything shows: its two landmarks, the
// player's settings (applied at once, so the first screen already has their text size, contrast,
// motion and language) and the voice for screen readers. Part of the page's first program (src/main.ts).
import { loadStoryTranslations } from '../play/storyTranslationsLoaded.ts';
import { chooseLocale, directionOf, PSEUDO, SOURCE_LANGUAGE, type Locale } from '../i18n/languages.ts';
import { locale, t, useLocale } from '../i18n/intl.ts';
import { openSettingsStore, wantsReducedMotion } from '../play/settings/settingsStore.ts';
import { createAnnouncer } from '../ui/announcer.ts';
import { applySettings, openSettingsDialog } from '../ui/settingsDialog.ts';

const parent = document.getElementById('game');
const region = document.getElementById('announcer');
if (!parent || !region) throw new Error('index.html must contain #game and #announcer');
export const gameParent: HTMLElement = parent;
export const announcer = createAnnouncer(region);

// The settings store copes with storage that throws, so it gets the storage unprobed: the probe's write was
// the costliest thing the page did before the opening showed. The progress store probes (start.ts).
const settingsStorage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
export const settings = openSettingsStore(settingsStorage);
const systemMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
export const reducedMotion = (): boolean => wantsReducedMotion(settings.settings(), systemMotion.matches);
const applyAll = () => applySettings(settings.settings(), reducedMotion());
applyAll();
settings.subscribe(applyAll);
systemMotion.addEventListener('change', applyAll);

export function openSettings(): void {
  if (!document.querySelector('dialog.settings-dialog')) openSettingsDialog(settings);
}

/** `?lang=` of the address, until the player picks a language in Settings: their pick then wins. */
let linkedLanguage = new URLSearchParams(window.location.search).get('lang');
let chosenLanguage = settings.settings().language;

/** The language the page speaks now: the link's `?lang=`, else the player's setting, else the browser's. */
const wantedLocale = (): Locale =>
  chooseLocale({ query: linkedLanguage, setting: chosenLanguage, browser: navigator.languages });

async function speak(wanted: Locale): Promise<void> {
  // Set before the page is next laid out, so the screens redrawn in the language (its listeners) lay out in it too.
  await useLocale(wanted, loadStoryTranslations(wanted));
  document.documentElement.lang = wanted;
  document.documentElement.dir = directionOf(wanted);
  document.title = t('page.title');
  gameParent.setAttribute('aria-label', t('common.appName'));
}

/** Whether the interface speaks the page's language already: English does from the start. */
export const speaksWantedLanguage = (): boolean => locale() === wantedLocale();

/**
 * A page opened by a link with `?lang=` follows the player's pick in its address too: a reload, Update now, or
 * the address copied to share (a workshop's or a track's link) then opens in the language on show, not the
 * link's. The player's setting is kept in the browser, so "as my browser" takes `lang` out.
 */
function keepLanguageInAddress(wanted: () => Locale): void {
  const url = new URL(window.location.href);
  if (chosenLanguage === 'auto') url.searchParams.delete('lang');
  else url.searchParams.set('lang', wanted());
  history.replaceState(history.state, '', url);
}

/** The language's own name for itself, as a sentence says it ("español", not "Español"). */
const ownName = (wanted: Locale) =>
  new Intl.DisplayNames([wanted], { type: 'language' }).of(wanted === PSEUDO ? SOURCE_LANGUAGE : wanted) ?? wanted;

/** Settled once the page's language is in: the first screen waits for it, so it is drawn in that language. */
export const languageReady: Promise<void> = speak(wantedLocale()).catch((error: unknown) => {
  // A language file that cannot be fetched (offline before it was ever cached): the page stays in English.
  console.error('[i18n] the language could not be loaded; the page stays in English', error);
});
settings.subscribe(() => {
  if (settings.settings().language !== chosenLanguage) {
    chosenLanguage = settings.settings().language;
    linkedLanguage = null;
    if (new URLSearchParams(window.location.search).has('lang')) keepLanguageInAddress(wantedLocale);
  }
  const wanted = wantedLocale();
  if (wanted === locale()) return;
  // Every screen on show is redrawn in it at once (src/game/followLanguage.ts, src/app/earlyScreens.ts); the
  // page says so in the new language, in place of each screen's own greeting.
  speak(wanted)
    .then(() => announcer.say(t('page.languageChanged', { language: ownName(wanted) })))
    .catch((error: unknown) => console.error('[i18n]', error));
});
