// The types of the look builder, for the game's stage and studio and for the tests that hold it to the art.
export interface LookSpec {
  title?: string | undefined;
  head: string;
  body: string;
  skin?: string | undefined;
  hair?: string | undefined;
  build?: string | undefined;
  glasses?: boolean | undefined;
  headset?: boolean | undefined;
}
export const SKIN_TONES: readonly string[];
export const BUILDS: readonly string[];
export const HAIR_COLOURS: Readonly<Record<string, string>>;
export const PART_LOOKS: readonly string[];
export function builtPortraits(spec: LookSpec): Record<'content' | 'worried' | 'annoyed' | 'delighted', string>;
