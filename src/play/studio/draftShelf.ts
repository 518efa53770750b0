// The drafts' shelf in the browser: one IndexedDB object store, through idb-keyval (a maintained wrapper of a
// few hundred bytes, so this file holds no IndexedDB plumbing of its own). IndexedDB is asynchronous, and a save
// begun as the page closes may not be finished: draftStore.ts writes that last one to local storage too.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { DraftShelf } from './draftStore.ts';

const DATABASE = 'service-hero-studio';
const DRAFTS = 'drafts';

/** The shelf, or null where the page has no IndexedDB at all (opening it may still fail: the store then reads none). */
export function browserDraftShelf(): DraftShelf | null {
  let store: UseStore;
  try {
    store = createStore(DATABASE, DRAFTS);
  } catch {
    return null;
  }
  return {
    entries: () => entries(store),
    put: (id, draft) => set(id, draft, store),
    remove: (id) => del(id, store),
  };
}
