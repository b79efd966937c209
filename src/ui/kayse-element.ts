import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { Access, Section } from '../api/schemas.js';
import type { LocalizeController } from '../i18n/localize.js';
import type { CommonStrings } from '../i18n/parts/common.js';
import { permissionOf, SectionConnection, type ElementState, type Loaded, type Permission } from '../state/section-connection.js';
import type { BillingStore, Topic } from '../state/store.js';
import { ConnectedElement } from './connected-element.js';
import { elementStyles } from './kayse-element.styles.js';
import { renderLoadError } from './load-error.js';
import { skeleton, skeletonStyles, wordlessPlaceholder } from './kit/skeleton.js';
import { baseStyles, tokens } from './tokens.js';

export type { Permission } from '../state/section-connection.js';

/**
 * The base of every billing section element: the client settings a host may give it, the
 * connection (client, `Access`, one load, store topics, `:state(…)`) and the shared loading /
 * error / empty / hidden rendering; elements describe their data and render it.
 */
export abstract class KayseElement<T, S extends CommonStrings = CommonStrings> extends ConnectedElement {
  static override styles = [tokens, baseStyles, skeletonStyles, elementStyles];

  /** The section whose `Access` level governs this element. */
  protected abstract readonly section: Section;

  /** Topics whose change makes this element reload. */
  protected abstract readonly topics: readonly Topic[];

  /** @internal */
  protected readonly connection: SectionConnection<T> = new SectionConnection<T>(this, this.internals, {
    section: () => this.section,
    permission: (access) => permissionOf(access.sections[this.section]),
    topics: () => this.topics,
    load: (store, signal, permission, access) => this.load(store, signal, permission, access),
    stateOf: (data) => this.stateOf(data),
    stringsReady: () => this.localize.ready,
  });

  /** @internal */
  protected get loadTask(): Task<readonly [BillingStore | undefined, number], Loaded<T>> {
    return this.connection.task;
  }

  /** The store this element reads: its own client's, else its provider's. @internal */
  protected get store(): BillingStore | undefined {
    return this.connection.store;
  }

  /** @internal */
  protected get resolvedLocale(): string {
    return this.connection.locale;
  }

  /** This element's strings in its language: it names the catalog parts it shows, so its entry carries only those. @internal */
  protected abstract readonly localize: LocalizeController<S>;

  /** @internal */
  protected get catalog(): S {
    return this.localize.strings;
  }

  /** The permission this user has here, once loaded. @internal */
  protected get permission(): Permission | null {
    return this.connection.permission;
  }

  /** Loads this element's data; `access` is already read. Must pass `signal` on. */
  protected abstract load(store: BillingStore, signal: AbortSignal, permission: Permission, access: Access): Promise<T>;

  /** Renders the loaded data. */
  protected abstract renderReady(data: T, permission: Permission): unknown;

  /** True when there is nothing to show yet (a new company); renders `renderEmpty()`. */
  protected isEmpty(_data: T): boolean {
    return false;
  }

  /** The state loaded data puts the element in; an element with a second load of its own refines it. @internal */
  protected stateOf(data: T): ElementState {
    return this.isEmpty(data) ? 'empty' : 'ready';
  }

  protected renderEmpty(): unknown {
    return html`<p class="empty">${this.catalog.empty}</p>`;
  }

  /** Lines of placeholder text while loading, for an element without a loading frame of its own. @internal */
  protected readonly skeletonLines: number = 3;

  protected renderLoading(): unknown {
    return html`<div class="loading" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      ${skeleton(this.skeletonLines)}
    </div>`;
  }

  protected renderError(error: unknown): TemplateResult {
    return renderLoadError(this.catalog, error, this.retry);
  }

  /** Tells the host about a failure the user sees. @internal */
  protected reportError(error: unknown, operation: 'load' | 'save'): void {
    this.connection.reportError(error, operation);
  }

  /** Loads this element's data again from the server (the host knows it changed). */
  refresh(): void {
    this.connection.refresh();
  }

  /** Runs the load again; the store answers from its cache what is still fresh. @internal */
  protected reload(): void {
    this.connection.reload();
  }

  override render() {
    // Another language's strings on their way: a placeholder without words, never English.
    if (!this.localize.ready) return wordlessPlaceholder(this.skeletonLines);
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
    this.connection.retry();
  };
}
