import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Section } from '../../src/api/schemas.js';
import { SECTION_MODULES, SectionModules } from '../../src/elements/billing-settings/section-modules.js';

/** A host that counts the renders it was asked for. */
class CountingHost implements ReactiveControllerHost {
  updates = 0;
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/** Module loaders that record each call; the wallet's fails until `walletWorks` is set. */
function recordingModules() {
  const calls: Section[] = [];
  let walletWorks = false;
  const modules = Object.fromEntries(
    (Object.keys(SECTION_MODULES) as Section[]).map((section) => [
      section,
      () => {
        calls.push(section);
        return section === 'wallet' && !walletWorks ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve();
      },
    ]),
  ) as Record<Section, () => Promise<unknown>>;
  return { calls, modules, fixWallet: () => (walletWorks = true) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('SectionModules (the settings element’s lazy sections)', () => {
  it('asks for a section’s code once, however often it is rendered or pointed at', async () => {
    const host = new CountingHost();
    const { calls, modules } = recordingModules();
    const sections = new SectionModules(host, modules);
    expect(sections.stateOf('reports').kind).to.equal('loading');
    sections.stateOf('reports');
    sections.load('reports');
    await settle();
    expect(calls).to.deep.equal(['reports']);
    expect(host.updates).to.equal(1);
  });

  it('reports a failed load with its error and asks again only on retry', async () => {
    const host = new CountingHost();
    const { calls, modules, fixWallet } = recordingModules();
    const sections = new SectionModules(host, modules);
    sections.stateOf('wallet');
    await settle();
    const failed = sections.stateOf('wallet');
    expect(failed.kind).to.equal('failed');
    expect(failed.kind === 'failed' && failed.error).to.be.instanceOf(TypeError);
    sections.load('wallet');
    expect(calls).to.deep.equal(['wallet']);
    fixWallet();
    sections.retry('wallet');
    await settle();
    expect(calls).to.deep.equal(['wallet', 'wallet']);
    expect(sections.stateOf('wallet').kind).to.equal('ready');
  });

  it('takes a section whose tag is already defined as ready, without asking for its code', () => {
    const { calls, modules } = recordingModules();
    customElements.define('kayse-scheduled-emails', class extends HTMLElement {});
    const sections = new SectionModules(new CountingHost(), modules);
    expect(sections.stateOf('scheduledEmails').kind).to.equal('ready');
    expect(calls).to.deep.equal([]);
  });
});
