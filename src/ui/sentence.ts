// Author-written text shown as a sentence of its own: a full stop is added only where the author left none, so
// "…turned to go." never becomes "…turned to go..".

/** The text ending as a sentence: unchanged when it already ends in . ! ? or … (a closing quote or bracket after it allowed). */
export function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]['"’”)\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}
