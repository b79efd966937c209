import { defineConfig, type UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { libraryEntries, standaloneEntry, standaloneFileName } from './scripts/lib/entries.js';

const dependencies = Object.keys(packageJson.dependencies);
const isBareDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** A standalone build: everything inlined but lazy chunks (chart.js), minified, for a plain script tag. */
export function standaloneConfig(entry: string, fileName: string, outDir: string): UserConfig {
  return {
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => `${fileName}.js` },
      // Lazy chunks sit beside the bundle (hosts serve the folder), named apart from the library's.
      rolldownOptions: { output: { chunkFileNames: `${fileName}.[name]-[hash].js` } },
    },
  };
}

// `vite build` writes the library build (bare imports kept for host bundlers);
// `vite build --mode standalone` adds the standalone bundle beside it.
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') return standaloneConfig(standaloneEntry, standaloneFileName, 'dist');
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: libraryEntries(), formats: ['es'] },
      rolldownOptions: {
        external: isBareDependency,
        // One file per source module, as in src/: a host bundler then keeps exactly the
        // modules that register tags (package.json `sideEffects` names them) and shakes the rest.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
