// Story-only hosts for the kit's template functions, which render inside an element's shadow
// root (with the tokens) the way the billing elements use them.
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Catalog } from '../../src/i18n/catalog.js';
import { en } from '../../src/i18n/en.js';
import { defineTag } from '../../src/ui/define-tag.js';
import { skeleton, skeletonStyles } from '../../src/ui/kit/skeleton.js';
import { statusBadge, statusBadgeStyles } from '../../src/ui/kit/status-badge.js';
import { baseStyles, tokens } from '../../src/ui/tokens.js';

export class StoryStatusBadge extends LitElement {
  static override styles = [tokens, baseStyles, statusBadgeStyles];

  @property() status = 'within_cap';
  @property() percent = '';
  @property({ attribute: false }) catalog: Catalog = en;

  override render() {
    return statusBadge(this.status, this.catalog, this.percent || undefined);
  }
}

export class StorySkeleton extends LitElement {
  static override styles = [tokens, baseStyles, skeletonStyles];

  @property({ type: Number }) lines = 3;
  @property({ type: Boolean }) loaded = false;

  override render() {
    // The same number of lines either way, so switching shows whether anything jumps.
    return html`<section aria-busy=${this.loaded ? 'false' : 'true'} aria-label="Current month usage" style="max-width: 28rem">
      ${this.loaded
        ? Array.from({ length: this.lines }, (_, i) => html`<div>${['Spent $4,123.50', 'Projected $6,020.00', 'Cap $6,000.00', 'Credits $50.00'][i % 4]}</div>`)
        : skeleton(this.lines)}
    </section>`;
  }
}

defineTag('story-status-badge', StoryStatusBadge);
defineTag('story-skeleton', StorySkeleton);

declare global {
  interface HTMLElementTagNameMap {
    'story-status-badge': StoryStatusBadge;
    'story-skeleton': StorySkeleton;
  }
}
