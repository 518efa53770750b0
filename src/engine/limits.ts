// Limits shared by the story checker and the saves, kept in a module of their own so that the page's first
// code (the progress store) can use them without loading the story schema.

/**
 * The most characters a story file opened in the page may have, to play or in the studio: a 10,000-beat story is
 * about 6.6 million (`npm run bench -- --only studio` opens one). The command line's checks take any size.
 */
export const MAX_STORY_CHARACTERS = 10_000_000;

/** The longest story title: shown on cards and certificates, and saved with every finished play. */
export const MAX_TITLE = 200;
