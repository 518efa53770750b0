// The whole engine, both faces: the runtime (play a compiled story, runtime.ts) and authoring (load,
// validate, analyse, authoring.ts). For tools and tests; the game's own modules import the face they need.
export * from './runtime.ts';
export * from './authoring.ts';
