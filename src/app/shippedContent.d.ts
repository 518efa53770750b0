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
}

declare module 'virtual:shipped-openings' {
  /** Each shipped story's first beat, for the stories that open the same way whatever the seed. */
  export const openings: Record<string, import('../engine/storyOpening.ts').StoryOpening>;
}
