// npm run gallery: writes scenarios/gallery.md, the authors' picture gallery of every backdrop and look
// (see tools/galleryPage.ts). Run it after changing the art or a story's cast; a unit test fails until
// the committed page matches.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath, readArtManifest, readLibrary, scenariosDir } from './projectFiles.ts';
import { galleryMarkdown } from './galleryPage.ts';

const galleryFile = join(scenariosDir, 'gallery.md');

const library = readLibrary();
if (!library.catalogue) {
  console.error('gallery: the principles catalogue does not load; run npm run check:scenarios to see why');
  process.exit(1);
}
writeFileSync(galleryFile, galleryMarkdown(readArtManifest(), library));
console.log(`wrote ${displayPath(galleryFile)}`);
