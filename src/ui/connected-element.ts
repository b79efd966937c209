import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { BillingApi } from '../api/billing-api.js';
import type { FetchLike, RestBillingApiOptions } from '../api/rest-billing-api.js';

/**
 * The settings every billing element takes to reach its API on its own, as the provider takes
 * them: a ready `client`, or `base-url` with `credentials`, `getAccessToken`, `fetch` and
 * `headers`; with neither, the element uses the provider around it. The connection itself is
 * `SectionConnection` (src/state/), added by the subclass.
 */
export abstract class ConnectedElement extends LitElement {
  /** @internal */
  protected readonly internals: ElementInternals = this.attachInternals();

  /** The API client to use, instead of the provider's (any object implementing `BillingApi`); wins over `base-url`. */
  @property({ attribute: false }) client?: BillingApi;

  /** Base URL of the billing API, for an element used outside a provider. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** With `base-url`: whether requests carry cookies (`same-origin` by default, `include`, `omit`). */
  @property() credentials?: RequestCredentials;

  /** With `base-url`: returns a bearer token for `Authorization`; asked once, and again (with `refresh: true`) after a 401. */
  @property({ attribute: false }) getAccessToken?: RestBillingApiOptions['getAccessToken'];

  /** With `base-url`: the `fetch` to use instead of the global one (a host's instrumented fetch, a mock). */
  @property({ attribute: false }) fetch?: FetchLike;

  /** With `base-url`: extra headers on every request (a CSRF token, say). */
  @property({ attribute: false }) headers?: HeadersInit;

  /** Locale of numbers, dates and text (BCP 47); else the provider's, the nearest `lang`, the browser's. */
  @property() locale?: string;
}
