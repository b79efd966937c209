import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError, isApiError } from '../api/api-error.js';
import type { BillingApi } from '../api/billing-api.js';
import { RestBillingApi } from '../api/rest-billing-api.js';
import type { Access, AccessLevel, Section } from '../api/schemas.js';
import { KayseErrorEvent } from '../events/events.js';
import { catalogFor, type Catalog } from '../i18n/catalog.js';
import { resolveLocale } from '../i18n/locale.js';
import { billingContext, type BillingContext } from '../state/context.js';
import type { BillingStore, Topic } from '../state/store.js';
import { storeFor } from '../state/stores.js';
import { errorMessage, NOT_CONFIGURED } from './error-message.js';
import { baseStyles, tokens } from './tokens.js';
import { elementStyles } from './kayse-element.styles.js';
import { skeleton, skeletonStyles } from './kit/skeleton.js';

/** What a section's user may do; anything the server calls otherwise counts as hidden. */
export type Permission = 'read' | 'edit';

type Loaded<T> = { readonly hidden: true } | { readonly hidden: false; readonly permission: Permission; readonly data: T };

const permissionOf = (level: AccessLevel): Permission | null => (level === 'read' || level === 'edit' ? level : null);

const notConfigured = () =>
  new ApiError({
    kind: 'network',
    code: NOT_CONFIGURED,
    message: 'No billing API: set base-url or client, or place the element inside <kayse-billing-provider>.',
  });

/**
 * The base of every billing element: finds its API (own `client` or `base-url`, else the
 * provider's), reads `Access`, loads through one `@lit/task`, reloads when the store says its
 * data changed, and renders the shared loading / error / empty / hidden states, exposed to
 * host CSS as `:state(loading)` … through `ElementInternals`.
 */
export abstract class KayseElement<T> extends LitElement {
  static override styles = [tokens, baseStyles, skeletonStyles, elementStyles];

  /** The section whose `Access` level governs this element. */
  protected abstract readonly section: Section;

  protected readonly internals: ElementInternals = this.attachInternals();

  @consume({ context: billingContext, subscribe: true })
  @state()
  private provided?: BillingContext;

  @state() private generation = 0;

  /** The API client to use, instead of the provider's (any object implementing `BillingApi`). */
  @property({ attribute: false }) client?: BillingApi;

  /** Base URL of the billing API, for an element used outside a provider. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Locale of numbers, dates and text (BCP 47); else the provider's, the nearest `lang`, the browser's. */
  @property() locale?: string;

  private ownClient?: { readonly baseUrl: string; readonly api: BillingApi };
  private unsubscribe?: () => void;
  private subscribedStore?: BillingStore;
  private reportedError?: unknown;

  protected readonly loadTask = new Task(this, {
    task: async ([store], { signal }): Promise<Loaded<T>> => {
      try {
        if (!store) throw notConfigured();
        const access = await store.read('access', signal);
        const permission = permissionOf(access.sections[this.section]);
        if (!permission) return { hidden: true };
        return { hidden: false, permission, data: await this.load(store, signal, permission, access) };
      } catch (error) {
        if (!signal.aborted) this.reportError(error, 'load');
        throw error;
      }
    },
    args: () => [this.store, this.generation] as const,
  });

  /** The store this element reads: its own client's, else its provider's. */
  protected get store(): BillingStore | undefined {
    if (this.client) return storeFor(this.client);
    if (this.baseUrl) {
      if (this.ownClient?.baseUrl !== this.baseUrl) this.ownClient = { baseUrl: this.baseUrl, api: new RestBillingApi({ baseUrl: this.baseUrl }) };
      return storeFor(this.ownClient.api);
    }
    return this.provided?.store;
  }

  protected get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.provided?.locale);
  }

  protected get catalog(): Catalog {
    return catalogFor(this.resolvedLocale);
  }

  /** The permission this user has here, once loaded. */
  protected get permission(): Permission | null {
    const value = this.loadTask.value;
    return value && !value.hidden ? value.permission : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render, so host CSS and tests never see an element in no state at all.
    this.setState(this.currentState());
    this.followStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedStore = undefined;
    this.loadTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followStore();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState(this.currentState());
  }

  /** Loads this element's data; `access` is already read. Must pass `signal` on. */
  protected abstract load(store: BillingStore, signal: AbortSignal, permission: Permission, access: Access): Promise<T>;

  /** Renders the loaded data. */
  protected abstract renderReady(data: T, permission: Permission): unknown;

  /** Topics whose change makes this element reload. */
  protected abstract readonly topics: readonly Topic[];

  /** True when there is nothing to show yet (a new company); renders `renderEmpty()`. */
  protected isEmpty(_data: T): boolean {
    return false;
  }

  protected renderEmpty(): unknown {
    return html`<p class="empty">${this.catalog.empty}</p>`;
  }

  /** Lines of placeholder text while loading; elements set it to their ready height. */
  protected readonly skeletonLines: number = 3;

  protected renderLoading(): unknown {
    return html`<div class="loading" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      ${skeleton(this.skeletonLines)}
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult {
    return html`<div class="error" role="alert" part="error">
      <p class="error-title">${this.catalog.errorTitle}</p>
      <p>${errorMessage(error, this.catalog)}</p>
      <button class="button" type="button" @click=${this.retry}>${this.catalog.retry}</button>
    </div>`;
  }

  /** Tells the host about a failure the user sees. */
  protected reportError(error: unknown, operation: 'load' | 'save'): void {
    if (this.reportedError === error) return;
    this.reportedError = error;
    const apiError = isApiError(error) ? error : new ApiError({ kind: 'invalid_response', message: String(error), cause: error });
    this.dispatchEvent(new KayseErrorEvent({ section: this.section, operation, error: apiError }));
  }

  /** Loads this element's data again from the server (the host knows it changed). */
  refresh(): void {
    const store = this.store;
    // Through the store, so every element showing the same data is refreshed with it.
    if (store) store.invalidate(this.topics);
    else this.reload();
  }

  /** Runs the load again; the store answers from its cache what is still fresh. */
  protected reload(): void {
    this.generation += 1;
  }

  override render() {
    return this.loadTask.render({
      initial: () => this.renderLoading(),
      pending: () => {
        // A reload keeps showing what is there instead of flashing the skeleton.
        const previous = this.loadTask.value;
        return previous ? this.renderLoaded(previous) : this.renderLoading();
      },
      complete: (loaded) => this.renderLoaded(loaded),
      error: (error) => this.renderError(error),
    });
  }

  private renderLoaded(loaded: Loaded<T>): unknown {
    if (loaded.hidden) return nothing;
    return this.isEmpty(loaded.data) ? this.renderEmpty() : this.renderReady(loaded.data, loaded.permission);
  }

  private readonly retry = () => {
    this.reportedError = undefined;
    this.reload();
  };

  private followStore(): void {
    if (!this.isConnected) return;
    const store = this.store;
    if (store === this.subscribedStore) return;
    this.unsubscribe?.();
    this.subscribedStore = store;
    this.unsubscribe = store?.subscribe((changed) => {
      if (changed.has('access') || this.topics.some((topic) => changed.has(topic))) this.reload();
    });
  }

  private currentState(): 'loading' | 'ready' | 'error' | 'empty' | 'hidden' {
    const { status, value } = this.loadTask;
    if (status === TaskStatus.ERROR) return 'error';
    if (!value) return 'loading';
    if (value.hidden) return 'hidden';
    return this.isEmpty(value.data) ? 'empty' : 'ready';
  }

  private setState(next: string): void {
    for (const name of ['loading', 'ready', 'error', 'empty', 'hidden']) {
      if (name === next) this.internals.states.add(name);
      else this.internals.states.delete(name);
    }
  }
}
