// The analyzer reads files in whatever order the file system gives them; sorting the modules
// by path makes the manifest byte-stable, so the freshness check compares like with like.
const sortModules = {
  name: 'kayse-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

const hidden = (member) => member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);

/**
 * The manifest is the interface a host may use (and what Storybook's tables show), so members a
 * host cannot reach are left out: `private` and `protected` ones, inherited ones included, and
 * `#`/`_` names. So are events the analyzer saw dispatched but could not name (it reads the name
 * from `new CustomEvent('name')`, and our event classes carry theirs inside); each element's
 * `@fires` lines list them by name. Members with an `@internal` or `@ignore` JSDoc tag never get
 * here: the analyzer leaves them out itself. Runs after inheritance is applied, so a base class's
 * hidden members do not come back through its subclasses.
 */
const publicInterfaceOnly = {
  name: 'kayse-public-interface-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter((member) => !hidden(member));
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mock/**', 'src/core/**', 'src/api/**'],
  litelement: true,
  // Otherwise the analyzer rewrites package.json's `customElements` to wherever --outdir
  // pointed (the freshness check's scratch folder), and that got committed once.
  packagejson: false,
  plugins: [publicInterfaceOnly, sortModules],
};
