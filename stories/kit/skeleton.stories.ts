import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './story-hosts.js';

interface Args {
  lines: number;
  loaded: boolean;
}

/**
 * `skeleton(lines)` draws placeholder lines, each one line of text tall, hidden from assistive
 * technology (the region carries `aria-busy`). The shimmer stops under prefers-reduced-motion.
 */
const meta: Meta<Args> = {
  title: 'Kit/Skeleton',
  args: { lines: 3, loaded: false },
  render: (args) => html`<story-skeleton lines=${args.lines} ?loaded=${args.loaded}></story-skeleton>`,
};
export default meta;

type Story = StoryObj<Args>;

export const ThreeLines: Story = {};

export const OneLine: Story = { args: { lines: 1 } };

/** Toggle `loaded`: the text takes exactly the skeleton's height. */
export const Loaded: Story = { args: { lines: 4, loaded: true } };

export const SideBySide: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; align-items: start">
    <story-skeleton lines="4"></story-skeleton>
    <story-skeleton lines="4" loaded></story-skeleton>
  </div>`,
};
