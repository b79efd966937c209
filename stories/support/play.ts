// What story `play` functions share: waiting as a person would, and finding the pieces.
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';

/** Waits until `condition` holds, checking every 30 ms; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error('The story did not settle');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** The first element with this tag in the story's canvas. */
export function inCanvas<K extends keyof HTMLElementTagNameMap>(canvas: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const el = canvas.querySelector(tag);
  if (!el) throw new Error(`No ${tag} in the story`);
  return el;
}

/** The story's provider (every element story runs under one, on the mock backend). */
export const providerIn = (canvas: HTMLElement): KayseBillingProvider => inCanvas(canvas, 'kayse-billing-provider');
