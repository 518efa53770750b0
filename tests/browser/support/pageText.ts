// What a language test reads off the screen on show: words that never went through the catalogue (in the
// pseudo-locale every catalogue letter is accented, so a word without one is untranslated), and text that a box
// cuts off or lets spill out (the pseudo-locale's texts are about 40% longer than English, Arabic runs right to
// left). One page.evaluate per screen, so a test can afford it on every screen at every size.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pseudoText } from '../../../src/i18n/pseudo.ts';

export interface TextAudit {
  /** Texts (and aria-labels, placeholders, alt texts) in the page's language without an accented pseudo letter. */
  untranslated: string[];
  /** Texts cut off by a box that hides its overflow, or spilling out of their button, card or dialog, or the window. */
  clipped: string[];
}

/** Every letter the pseudo-locale writes; English letters are not among them. */
const PSEUDO_LETTERS = [...new Set(pseudoText('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'))].join('');

/** A string as a regular expression's literal. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An interface name as the pseudo-locale shows it ("[Ŝéţţîîñĝš]"), or still in English where a string has not
 * reached the catalogue yet, so the test walks every screen either way and reports what it finds there.
 */
export function ui(english: string, { whole = true } = {}): RegExp {
  const either = `(?:${literal(english)}|${literal(pseudoText(english))})`;
  return new RegExp(whole ? `^\\[?${either}\\]?$` : either);
}

/** Opens every closed disclosure, so the words and the layout inside them are checked too. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((d) => (d.open = true)),
  );
}

/**
 * Reads the screen on show. `words` checks the words too (the pseudo-locale), else only the layout. Texts inside an
 * element whose `lang` differs from the page's (a story's own words, marked lang="en") are not interface and are
 * skipped by the words check; so are texts without a letter (figures, punctuation) and a grade letter alone.
 */
export async function auditText(page: Page, screen: string, words: boolean): Promise<TextAudit> {
  const found = await page.evaluate(
    ({ letters, words }) => {
      const accented = new Set(letters);
      const pageLang = document.documentElement.lang.toLowerCase();
      const name = (el: Element) =>
        el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
      const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
      const otherLanguage = (el: Element) =>
        (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase() !== pageLang;
      // An address (an example in a box to fill in) is not words in any language.
      const needsWords = (text: string) =>
        /\p{L}/u.test(text) && !/^[A-F][+-]?$/.test(text.trim()) && !/^https?:\/\/\S+$/.test(text.trim());
      // The pseudo-locale brackets every message it gives: "[A (2)]" came from the catalogue, with no letter to accent.
      const translated = (text: string) => [...text].some((c) => accented.has(c)) || /^\[[^\]]*\]$/.test(text.trim());
      const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
      const untranslated: string[] = [];
      const clipped: string[] = [];
      const checkWords = (el: Element, text: string, what: string) => {
        if (words && needsWords(text) && !otherLanguage(el) && !translated(text))
          untranslated.push(`${what}"${short(text)}" in ${name(el)}`);
      };

      // A box the player sees as holding its text: text must stay inside it.
      const BOXES = 'button, .button, summary, select, .card, dialog, .badge, .page-notice, .update-notice';
      const SLACK = 1;
      const checkLayout = (el: Element, rect: DOMRect, text: string) => {
        const style = getComputedStyle(el);
        const fontSize = parseFloat(style.fontSize) || 16;
        // A text's box is its font's full height, which may stand a little past a tight line box: half a line's
        // worth of slack up and down still catches a line that is cut off or pushed out.
        const slackY = Math.max(2, fontSize * 0.3);
        const outside = (box: DOMRect) =>
          rect.left < box.left - SLACK ||
          rect.right > box.right + SLACK ||
          rect.top < box.top - slackY ||
          rect.bottom > box.bottom + slackY;
        for (let box: Element | null = el; box && box !== document.documentElement; box = box.parentElement) {
          const boxStyle = getComputedStyle(box);
          const scrolls = [boxStyle.overflowX, boxStyle.overflowY].some((o) => o === 'auto' || o === 'scroll');
          const hides = [boxStyle.overflowX, boxStyle.overflowY].some((o) => o === 'hidden' || o === 'clip');
          const boxRect = box.getBoundingClientRect();
          if (scrolls) {
            // Inside a scroller the text may lie out of sight above or below; no screen is meant to scroll sideways,
            // but a wide table or chart may, in a box of its own the keyboard reaches and a screen reader names (the
            // two-dimensional content WCAG 1.4.10 leaves out of reflow).
            const sideways =
              box.matches('[tabindex="0"]:is([aria-label], [aria-labelledby])') && box.querySelector('table, svg');
            if (!sideways && (rect.left < boxRect.left - SLACK || rect.right > boxRect.right + SLACK))
              clipped.push(`"${short(text)}" runs past the side of ${name(box)}, which scrolls sideways`);
            return;
          }
          // Visually hidden text (for screen readers) sits in a 1px box on purpose.
          if (boxRect.width <= 1 || boxRect.height <= 1) return;
          // Shortened on purpose: an ellipsis shows the cut, and the whole text is in the box's title (on hover).
          const shortened = boxStyle.textOverflow === 'ellipsis' && (box.getAttribute('title') ?? '').trim() !== '';
          if (hides && outside(boxRect) && !shortened) {
            clipped.push(`"${short(text)}" is cut off by ${name(box)}`);
            return;
          }
          if (box.matches(BOXES) && outside(boxRect)) {
            clipped.push(`"${short(text)}" spills out of ${name(box)}`);
            return;
          }
        }
        if (rect.left < -SLACK || rect.right > window.innerWidth + SLACK)
          clipped.push(
            `"${short(text)}" runs past the window's side (${Math.round(rect.left)}–${Math.round(rect.right)})`,
          );
      };

      // Behind an open modal dialog the page is inert and unchanged: the dialog is the screen on show.
      const root = document.querySelector('dialog:modal') ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = (node.textContent ?? '').trim();
        if (!el || !text || el.closest('script, style, noscript, template, svg title')) continue;
        // An option has no box of its own: it is on show when its list is.
        const holder = el.closest('select') ?? el;
        if (!shown(holder)) continue;
        checkWords(el, text, '');
        if (holder !== el) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) checkLayout(el, rect, text);
      }
      for (const el of root.querySelectorAll('[aria-label], [placeholder], img[alt]')) {
        if (!shown(el)) continue;
        for (const attribute of ['aria-label', 'placeholder', 'alt']) {
          const value = el.getAttribute(attribute)?.trim();
          if (value) checkWords(el, value, `${attribute} `);
        }
      }
      if (words && !translated(document.title)) untranslated.push(`document title "${document.title}"`);
      return { untranslated, clipped };
    },
    { letters: PSEUDO_LETTERS, words },
  );
  const tag = (list: string[]) => [...new Set(list)].map((problem) => `${screen}: ${problem}`);
  return { untranslated: tag(found.untranslated), clipped: tag(found.clipped) };
}

/** The page's language, direction and how far it runs past the window's width (0 when it fits). */
export function pageFrame(page: Page): Promise<{ lang: string; dir: string; overflowX: number }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    overflowX: Math.max(0, (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth),
  }));
}

/** The sizes each language walk is made at: a projector's and a phone's. */
export const WALK_SIZES = [
  [1280, 720],
  [390, 844],
] as const;

/** Collects what each screen shows wrong, so one walk reports every screen rather than the first. */
export function findings() {
  const all: TextAudit = { untranslated: [], clipped: [] };
  const langs: string[] = [];
  return {
    all,
    langs,
    async check(page: Page, screen: string): Promise<void> {
      await openDisclosures(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const found = await auditText(page, screen, true);
      all.untranslated.push(...found.untranslated);
      all.clipped.push(...found.clipped);
      langs.push(`${screen}: ${(await pageFrame(page)).lang}`);
    },
    /** Every screen's findings at once: no word that skipped the catalogue, nothing cut off, the page in `lang`. */
    expectNone(lang: string): void {
      expect.soft(all.untranslated, 'words that skipped the catalogue').toEqual([]);
      expect.soft(all.clipped, 'text cut off or spilling out').toEqual([]);
      expect(
        langs.filter((l) => !l.endsWith(`: ${lang}`)),
        "the page's lang on each screen",
      ).toEqual([]);
    },
  };
}
