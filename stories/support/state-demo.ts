// A story-only element on the shared base class, to show the states every billing element
// has (loading, ready, empty, error, hidden) before the real elements land.
import { css, html } from 'lit';
import type { Access, CurrentUsage, Section } from '../../src/api/schemas.js';
import { formatMoney } from '../../src/core/money.js';
import { LocalizeController } from '../../src/i18n/localize.js';
import { combine } from '../../src/i18n/translations.js';
import { commonStrings } from '../../src/i18n/parts/common.js';
import { kitStrings } from '../../src/i18n/parts/kit.js';
import type { BillingStore, Topic } from '../../src/state/store.js';
import { defineTag } from '../../src/ui/define-tag.js';
import { KayseElement, type Permission } from '../../src/ui/kayse-element.js';
import { statusBadge, statusBadgeStyles } from '../../src/ui/kit/status-badge.js';

const STRINGS = combine(commonStrings, kitStrings);

export class StoryStateDemo extends KayseElement<CurrentUsage, (typeof STRINGS)['en']> {
  static override styles = [
    ...KayseElement.styles,
    statusBadgeStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0.75rem 0 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
    `,
  ];
  protected readonly section: Section = 'usage';
  protected readonly topics: readonly Topic[] = ['usage'];
  protected readonly localize = new LocalizeController(this, STRINGS, () => this.resolvedLocale);

  protected override load(store: BillingStore, signal: AbortSignal, _permission: Permission, _access: Access) {
    return store.read('usage', signal);
  }

  protected override isEmpty(usage: CurrentUsage) {
    return usage.spent === 0 && usage.daily.every((day) => day.amount === 0);
  }

  protected override renderReady(usage: CurrentUsage) {
    const money = (amount: number) => formatMoney(amount, usage.currency, this.resolvedLocale);
    return html`${statusBadge(usage.status, this.catalog)}
      <dl>
        <dt>Spent</dt>
        <dd>${money(usage.spent)}</dd>
        <dt>Projected</dt>
        <dd>${money(usage.projected)}</dd>
      </dl>`;
  }
}
defineTag('story-state-demo', StoryStateDemo);
