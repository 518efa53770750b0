// Made by tools/vite/deployment.ts from the build's environment.
declare module 'virtual:deployment' {
  /** The origins a launch may report to (`https://lrs.example.com`, or `http://127.0.0.1:*` for any port); null for any. */
  export const trustedLrs: readonly string[] | null;
  /** Whether window.serviceHero is set, for browser tests and the bench; never in a production build. */
  export const exposeGame: boolean;
}
