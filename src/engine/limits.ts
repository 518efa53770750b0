// Limits shared by the story checker and the saves, kept in a module of their own so that the page's first
// code (the progress store) can use them without loading the story schema.

/** The longest story title: shown on cards and certificates, and saved with every finished play. */
export const MAX_TITLE = 200;
