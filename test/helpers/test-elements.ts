import { html } from 'lit';
import type { Access, CurrentUsage, Section } from '../../src/api/schemas.js';
import type { BillingStore, Topic } from '../../src/state/store.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { commonStrings } from '../../src/i18n/parts/common.js';
import { defineTag } from '../../src/ui/define-tag.js';
import { KayseElement, type Permission } from '../../src/ui/kayse-element.js';

/** A minimal element on the base class: shows the usage figures it loaded. */
export class TestUsageElement extends KayseElement<CurrentUsage> {
  protected readonly section: Section = 'usage';
  protected readonly topics: readonly Topic[] = ['usage'];
  protected readonly localize = new LocalizeController(this, commonStrings, () => this.resolvedLocale);
  lastAccess?: Access;

  protected override load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access) {
    this.lastAccess = access;
    return store.read('usage', signal);
  }

  protected override isEmpty(data: CurrentUsage) {
    return data.daily.length === 0;
  }

  protected override renderReady(data: CurrentUsage, permission: Permission) {
    return html`<h2>Usage</h2>
      <p class="spent">${data.spent}</p>
      <p class="permission">${permission}</p>`;
  }
}
defineTag('test-usage', TestUsageElement);

declare global {
  interface HTMLElementTagNameMap {
    'test-usage': TestUsageElement;
  }
}
