import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';

const STORY_SOURCE = /[\\/]stories[\\/][^?]*\.ts$/;

/**
 * package.json's `sideEffects` names the package's own registering modules; story files sit in
 * the same package but are not listed, so to Rolldown they look pure and the story-only host
 * elements they register would be dropped. Story files keep their side effects.
 */
const keepSourceSideEffects: Plugin = {
  name: 'kayse:keep-source-side-effects',
  transform(_code, id) {
    return STORY_SOURCE.test(id) ? { moduleSideEffects: true } : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (vite) => mergeConfig(vite, { plugins: [keepSourceSideEffects] }),
};

export default config;
