import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { bundleLicenses } from './scripts/lib/bundle-licenses-plugin.js';
import { libraryEntries, standaloneEntry, standaloneFileName } from './scripts/lib/entries.js';
import { minifyLiterals } from './scripts/lib/minify-literals-plugin.js';
import { parallelImports } from './scripts/lib/parallel-imports-plugin.js';
import { STANDALONE_CHUNK_GROUPS } from './scripts/lib/standalone-chunks.js';

const dependencies = Object.keys(packageJson.dependencies);
const isBareDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// The loader names the file that carries every bundled package's licence text (the minifier
// drops the many `@license` comments of lit's modules); the chunks it loads carry none.
const licensesFileName = (fileName: string) => `${fileName}.LICENSES.txt`;
const licenseBanner = (fileName: string) => `/*! @kayse/billing-elements (MIT). Bundled packages and their licences: ${licensesFileName(fileName)} */`;

/** The standalone build, for a plain script tag: a minified loader, each element, shared module, language and chart.js a chunk beside it. */
function standaloneConfig(entry: string, fileName: string, outDir: string): UserConfig {
  return {
    logLevel: 'warn',
    plugins: [minifyLiterals(), parallelImports(), bundleLicenses({ fileName: licensesFileName(fileName), ownNotice: readFileSync('LICENSE', 'utf8').trim(), banner: licenseBanner(fileName) })],
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
          codeSplitting: { groups: STANDALONE_CHUNK_GROUPS },
          comments: { legal: false, annotation: false, jsdoc: false },
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
