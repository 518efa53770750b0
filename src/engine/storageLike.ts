// The part of the Web Storage API (localStorage, sessionStorage) the game's stores and LMS reporters use,
// written out so that the engine's floor, which has no DOM types, can hold it for every floor above: one
// definition, and a small Map-backed object stands in for it in tests.

/** Reading and writing always; listing and removing keys where a store needs them (and the storage has them). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}
