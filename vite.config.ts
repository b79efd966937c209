import { defineConfig, type UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { libraryEntries, standaloneEntry, standaloneFileName } from './scripts/lib/entries.js';
import { minifyLiterals } from './scripts/lib/minify-literals-plugin.js';

const dependencies = Object.keys(packageJson.dependencies);
const isBareDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// Each bundled file's third-party licence notices, once at its top (the minifier drops the
// many `@license` comments of lit's modules).
const LICENSE_BANNER =
  '/*! @kayse/billing-elements (MIT). Includes lit, @lit/context, @lit/task, @lit-labs/virtualizer (BSD-3-Clause, Google LLC), zod (MIT), chart.js (MIT) where used. */';

/** The standalone build, for a plain script tag: a minified loader, each element, shared module, language and chart.js a chunk beside it. */
function standaloneConfig(entry: string, fileName: string, outDir: string): UserConfig {
  return {
    logLevel: 'warn',
    plugins: [minifyLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => `${fileName}.js` },
      // Lazy chunks sit beside the bundle (hosts serve the folder), named apart from the library's.
      rolldownOptions: {
        output: {
          // An element's chunk is named after its folder (`…bundle.wallet-[hash].js`), the rest after their first module.
          chunkFileNames: (chunk) => `${fileName}.${/elements\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] ?? '[name]'}-[hash].js`,
          // Library mode leaves ES output unminified (whitespace, names); a standalone file is not a library.
          minify: true,
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: LICENSE_BANNER,
        },
      },
    },
  };
}

// `vite build` writes the library build (bare imports kept for host bundlers);
// `vite build --mode standalone` adds the standalone bundle beside it.
export default defineConfig(({ mode }) => {
  if (mode === 'standalone') return standaloneConfig(standaloneEntry, standaloneFileName, 'dist');
  return {
    plugins: [minifyLiterals()],
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
