import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Section } from '../../api/schemas.js';

/** Each section's tag. */
export const SECTION_TAGS = {
  usage: 'kayse-usage-summary',
  preferences: 'kayse-billing-preferences',
  spendingCap: 'kayse-spending-cap',
  alerts: 'kayse-alert-recipients',
  scheduledEmails: 'kayse-scheduled-emails',
  reports: 'kayse-report-picker',
  wallet: 'kayse-wallet',
} as const satisfies Record<Section, `kayse-${string}`>;

// Each section's code is its own chunk, asked for when the section is first shown (or a link
// to it is pointed at), so a page opened at one section pays for that one. The same imports
// stand in src/autoloader.ts by tag: loading through it here put the loader in a shared chunk
// and cost every page a request (usage page +0.5 KB, all.js +1.7 KB, measured).
export const SECTION_MODULES: Readonly<Record<Section, () => Promise<unknown>>> = {
  usage: () => import('../usage-summary/define.js'),
  preferences: () => import('../billing-preferences/define.js'),
  spendingCap: () => import('../spending-cap/define.js'),
  alerts: () => import('../alert-recipients/define.js'),
  scheduledEmails: () => import('../scheduled-emails/define.js'),
  reports: () => import('../report-picker/define.js'),
  wallet: () => import('../wallet/define.js'),
};

export type SectionModuleState = { readonly kind: 'loading' } | { readonly kind: 'ready' } | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Loads the settings element's sections on demand and says where each stands; the host renders
 * again when one arrives or fails. A failed load is asked for again only on `retry`.
 */
export class SectionModules implements ReactiveController {
  private readonly states = new Map<Section, SectionModuleState>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly modules: Readonly<Record<Section, () => Promise<unknown>>> = SECTION_MODULES,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where the section's code stands; asks for it the first time. */
  stateOf(section: Section): SectionModuleState {
    if (customElements.get(SECTION_TAGS[section])) return { kind: 'ready' };
    this.load(section);
    return this.states.get(section) ?? { kind: 'loading' };
  }

  /** Asks for the section's code unless it is here, on its way, or failed (then see `retry`). */
  load(section: Section): void {
    if (this.states.has(section) || customElements.get(SECTION_TAGS[section])) return;
    this.states.set(section, { kind: 'loading' });
    this.modules[section]().then(
      () => this.settle(section, { kind: 'ready' }),
      (error: unknown) => this.settle(section, { kind: 'failed', error }),
    );
  }

  retry(section: Section): void {
    if (this.states.get(section)?.kind !== 'failed') return;
    this.states.delete(section);
    this.load(section);
    this.host.requestUpdate();
  }

  private settle(section: Section, state: SectionModuleState): void {
    this.states.set(section, state);
    this.host.requestUpdate();
  }
}
