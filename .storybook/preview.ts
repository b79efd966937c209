import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/ui/kit/define.js';

interface Declaration {
  readonly members?: readonly { readonly static?: boolean }[];
}

/**
 * The manifest without static members: a docs table is what a host sets on one element, and
 * statics (`formAssociated`, `shadowRootOptions`) belong to the class; Storybook would offer them
 * as controls. What is private never gets here: the manifest lists only the public interface.
 */
function instanceMembersOnly<M extends { readonly modules: readonly { readonly declarations?: readonly Declaration[] }[] }>(source: M): M {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({ ...declaration, members: declaration.members?.filter((member) => !member.static) })),
    })),
  };
}

// Autodocs read properties, events, parts and CSS properties from the manifest (`npm run analyze`).
setCustomElementsManifest(instanceMembersOnly(manifest));

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'es-MX', 'ja-JP'];

// The tokens use light-dark(), which follows `color-scheme`; the story root sets it the way a
// host page would, and `lang`, which every element without its own `locale` follows.
const hostPage: Decorator = (story, { globals }) => {
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  const locale = typeof globals.locale === 'string' ? globals.locale : 'en-US';
  document.documentElement.style.colorScheme = scheme;
  return html`<div
    class="kayse-story-root"
    lang=${locale}
    style=${styleMap({ colorScheme: scheme, background: 'Canvas', color: 'CanvasText', padding: '1.5rem', fontFamily: 'system-ui, sans-serif' })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [hostPage],
  globalTypes: {
    scheme: {
      description: 'Colour scheme of the host page',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the host page (`lang`)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { scheme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
  },
  tags: ['autodocs'],
};

export default preview;
