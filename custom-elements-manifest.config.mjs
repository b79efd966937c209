// The analyzer reads files in whatever order the file system gives them; sorting the modules
// by path makes the manifest byte-stable, so the freshness check compares like with like.
const sortModules = {
  name: 'kayse-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mock/**', 'src/core/**', 'src/api/**'],
  litelement: true,
  // Otherwise the analyzer rewrites package.json's `customElements` to wherever --outdir
  // pointed (the freshness check's scratch folder), and that got committed once.
  packagejson: false,
  plugins: [sortModules],
};
