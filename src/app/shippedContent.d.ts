// The modules tools/vite/shippedContent.ts makes from the scenarios folder when the site is built or served.
declare module 'virtual:shipped-library' {
  const library: import('../engine/authoring.ts').Library;
  export default library;
}

declare module 'virtual:shipped-stories' {
  export interface ShippedStory {
    title: string;
    /** The file's name without its folder or extension, which a link may use instead of the id. */
    file: string;
    load(): Promise<{
      default: {
        scenario: import('../engine/runtime.ts').Scenario;
        catalogue: import('../engine/runtime.ts').Catalogue;
      };
    }>;
  }
  export const stories: Record<string, ShippedStory>;
  export const tracks: import('../engine/authoring.ts').TrackEntry[];
  /** What the translations of a language finished (scenarios/translations/<language>/), by story and text id. */
  export interface ShippedTranslations {
    stories: Record<string, Record<string, string>>;
    /** By track id (scenarios/translations/<language>/tracks/). */
    tracks: Record<string, Record<string, string>>;
    catalogue: Record<string, string>;
  }
  /** A loader for each language that has translations. */
  export const storyTranslations: Record<string, () => Promise<{ default: ShippedTranslations }>>;
}

declare module 'virtual:shipped-openings' {
  /** Each shipped story's first beat, for the stories that open the same way whatever the seed. */
  export const openings: Record<string, import('../engine/storyOpening.ts').StoryOpening>;
}

declare module 'virtual:shipped-titles' {
  /** The title screen's cards of the shipped stories, as written; null when the principles do not load. */
  const titles: import('../play/storyCards.ts').TitleLibrary | null;
  export default titles;
}
