// The parts of Phaser the game uses, for production builds (tools/vite/leanPhaser.ts points `phaser` here).
// Phaser's core bundle plus the four game objects and the one file type it leaves out that the stage needs: DOM elements (every
// screen), particles (the debrief's confetti) and rectangles (the stage's shade), containers (a voice card), and SVG files (all the art). Requiring a factory
// registers it with the scene's `add`, which is all the scenes use. Less than half the size of the full
// library, so the first scene is drawn sooner.
import Phaser from 'phaser-source/phaser-core.js';
import 'phaser-source/gameobjects/domelement/DOMElementFactory.js';
import 'phaser-source/gameobjects/particles/ParticleEmitterFactory.js';
import 'phaser-source/gameobjects/shape/rectangle/RectangleFactory.js';
// Containers hold a voice card's frame, face, badge and name together (src/game/voiceCard.ts).
import 'phaser-source/gameobjects/container/ContainerFactory.js';
// The loader's SVG file type registers `load.svg`, which the core bundle leaves out; the art is all SVG.
import 'phaser-source/loader/filetypes/SVGFile.js';
import LoaderEvents from 'phaser-source/loader/events/index.js';

// The core bundle lists the loader's parts but not its events, which the Preloader's progress bar listens to.
Phaser.Loader.Events = LoaderEvents;

export default Phaser;
