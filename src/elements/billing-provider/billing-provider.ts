import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BillingApi } from '../../api/billing-api.js';
import type { FetchLike, RestBillingApiOptions } from '../../api/rest-billing-api.js';
import { ClientSlot } from '../../state/client-factory.js';
import { billingContext, type BillingContext } from '../../state/context.js';

/**
 * @tag kayse-billing-provider
 * @summary Configures one billing API client and shares it, with one cache, with every
 * billing element inside it (also across the host's shadow roots).
 *
 * @slot - Billing elements and any host markup around them.
 *
 * @example
 * ```html
 * <kayse-billing-provider base-url="/api/billing" locale="en-US">
 *   <kayse-usage-summary></kayse-usage-summary>
 * </kayse-billing-provider>
 * ```
 */
export class KayseBillingProvider extends LitElement {
  // No box of its own: the host's layout applies to the elements inside as if it were absent.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @provide({ context: billingContext })
  @state()
  private context?: BillingContext;

  /** Base URL of the host's billing API (`/api/billing`). Ignored when `client` is set. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Whether requests carry cookies: `same-origin` (default), `include` or `omit`. */
  @property() credentials?: RequestCredentials;

  /** The locale of every element inside that sets none itself (BCP 47, e.g. `es-MX`). */
  @property() locale?: string;

  /** Returns a bearer token for `Authorization`; asked once and kept for every request, then asked again (with `refresh: true`) once, for all requests, after a 401. */
  @property({ attribute: false }) getAccessToken?: RestBillingApiOptions['getAccessToken'];

  /** The `fetch` to use instead of the global one (a host's instrumented fetch, a mock). */
  @property({ attribute: false }) fetch?: FetchLike;

  /** Extra headers on every request (a CSRF token, say). */
  @property({ attribute: false }) headers?: HeadersInit;

  /** A ready `BillingApi` (an adapter to another API shape); wins over `base-url`. */
  @property({ attribute: false }) client?: BillingApi;

  private readonly clientSlot = new ClientSlot();

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const store = this.clientSlot.storeOf(this);
    const locale = this.locale ?? null;
    if (store !== this.context?.store || locale !== this.context?.locale) this.context = store ? { store, locale } : undefined;
  }

  /** Reloads every resource shown by the elements inside (after the host knows data changed). */
  refresh(): void {
    this.context?.store.refresh();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
