// The types of the backdrop generator's two helpers, for the test that holds the drawn files to their sources.
export function backdropFor(source: string, time: 'day' | 'night', name?: string): string;
export function hasNight(source: string): boolean;
