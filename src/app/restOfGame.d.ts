// Made by tools/vite/firstProgram.ts: the page's first program (src/main.ts) loads the rest of the game
// through it, by import in the dev server and by the built file's name in the built site.
declare module 'virtual:rest-of-game' {
  export function loadRestOfGame(): Promise<typeof import('./start.ts')>;
}
