import type { Plugin } from 'vite';

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], (...args: never[]) => unknown>>>[1];

const DYNAMIC_IMPORT = /\bimport\((["`])\.\/([\w.-]+\.js)\1\)/g;

/** Every chunk `fileName` imports statically, directly or through another. */
export function staticImportsOf(fileName: string, importsOf: (fileName: string) => readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    for (const imported of importsOf(name)) {
      if (found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  visit(fileName);
  return found;
}

/**
 * Rewrites `import('./chunk.js')` as `(import('./dep.js').catch(…), …, import('./chunk.js'))` for
 * the chunks `chunk.js` imports statically and the importing chunk has not already loaded. A
 * browser learns a module's imports only once it has fetched and parsed it, so an element chunk
 * and the shared chunks under it took two round trips one after the other; asked for together
 * they take one (what Vite's preload helper does for apps; library mode has none). Plain
 * `import()` rather than `<link rel="modulepreload">`: it needs no DOM and passes a
 * nonce-based Content-Security-Policy as the loader itself does. A dependency that fails is
 * reported by the chunk's own import, which fails with it.
 */
export function parallelImports(): Plugin {
  return {
    name: 'kayse-parallel-imports',
    apply: 'build',
    generateBundle(_options, bundle: Bundle) {
      const importsOf = (fileName: string): readonly string[] => {
        const item = bundle[fileName];
        return item?.type === 'chunk' ? item.imports : [];
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.dynamicImports.length === 0) continue;
        const loaded = staticImportsOf(chunk.fileName, importsOf);
        chunk.code = chunk.code.replace(DYNAMIC_IMPORT, (whole, quote: string, target: string) => {
          if (bundle[target]?.type !== 'chunk') return whole;
          const early = [...staticImportsOf(target, importsOf)].filter((name) => !loaded.has(name) && name !== chunk.fileName);
          if (early.length === 0) return whole;
          return `(${early.map((name) => `import(${quote}./${name}${quote}).catch(()=>0),`).join('')}${whole})`;
        });
      }
    },
  };
}
