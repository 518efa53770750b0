/** Where the player's progress is kept in the browser's storage. */
export const PROGRESS_KEY = 'service-hero.progress';
