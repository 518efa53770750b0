// How the page's first program reaches the rest of the built site. In the build it is written into the page
// itself (tools/vite/firstProgram.ts), outside the module graph of the other files, so it asks for them by
// the file names the build gave them, as Vite's own dynamic imports would: the module, with every file it
// imports and its styles asked for at once rather than one round of requests after another.

/** One module of the built site, by file names relative to the page. */
export interface BuiltModule {
  file: string;
  /** Every file the module imports, directly or not. */
  imports: string[];
  css: string[];
}

export interface BuiltFiles {
  /** src/app/start.ts: the rest of the game. */
  start: BuiltModule;
  /** Each shipped story's data (virtual:shipped-story/<id>), by story id. */
  stories: Record<string, BuiltModule>;
}

const linked = new Map<string, Promise<void>>();

function link(rel: 'modulepreload' | 'stylesheet', href: string): Promise<void> {
  const key = `${rel} ${href}`;
  let loaded = linked.get(key);
  if (!loaded) {
    const element = Object.assign(document.createElement('link'), { rel, href });
    // A style sheet that fails still lets the module run, as with Vite's own preloading: the page works unstyled.
    loaded = new Promise<void>((resolve) => {
      element.addEventListener('load', () => resolve());
      element.addEventListener('error', () => resolve());
    });
    linked.set(key, loaded);
    document.head.appendChild(element);
  }
  return loaded;
}

/** Imports a module of the built site; it resolves once the module has run and its styles apply. */
export async function importBuilt<T>(module: BuiltModule): Promise<T> {
  const styles = module.css.map((href) => link('stylesheet', href));
  for (const file of module.imports) void link('modulepreload', file);
  const [imported] = await Promise.all([import(/* @vite-ignore */ new URL(module.file, document.baseURI).href) as Promise<T>, ...styles]);
  return imported;
}
