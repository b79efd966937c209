import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../api/api-error.js';
import type { BillingApi } from '../api/billing-api.js';
import type { Access, AccessLevel, Section } from '../api/schemas.js';
import { KayseErrorEvent } from '../events/events.js';
import { resolveLocale } from '../i18n/locale.js';
import { LocaleProvider } from '../i18n/localize.js';
import { ClientSlot, isConfigured, type ClientConfig } from './client-factory.js';
import { billingContext } from './context.js';
import type { BillingStore, Topic } from './store.js';

/** What a section's user may do; anything the server calls otherwise counts as hidden. */
export type Permission = 'read' | 'edit';

/** The states host CSS can select with `:state(…)`. */
export type ElementState = 'loading' | 'ready' | 'error' | 'empty' | 'hidden';
const ELEMENT_STATES: readonly ElementState[] = ['loading', 'ready', 'error', 'empty', 'hidden'];

export type Loaded<T> = { readonly hidden: true } | { readonly hidden: false; readonly permission: Permission; readonly data: T };

/** The `code` of the error shown when an element has no API to ask (a host set-up mistake). */
export const NOT_CONFIGURED = 'not_configured';

export const permissionOf = (level: AccessLevel | undefined): Permission | null => (level === 'read' || level === 'edit' ? level : null);

const notConfigured = () =>
  new ApiError({
    kind: 'network',
    code: NOT_CONFIGURED,
    message: 'No billing API: set base-url or client, or place the element inside <kayse-billing-provider>.',
  });

/** An element that can be configured as a provider is: its own client settings, and a locale. */
export interface ConnectionHost extends ReactiveControllerHost, HTMLElement, ClientConfig {
  readonly locale?: string | undefined;
}

export interface SectionConnectionOptions<T> {
  /** The section named in `kayse-error` events (the settings element names the one shown). */
  readonly section: () => Section;
  /** What this user may do here, from `Access`; null hides the element. */
  readonly permission: (access: Access) => Permission | null;
  /** Store topics whose change makes the element load again (`access` always does). */
  readonly topics: () => readonly Topic[];
  /** Loads the data once `Access` is read; must pass `signal` on. */
  readonly load: (store: BillingStore, signal: AbortSignal, permission: Permission, access: Access) => Promise<T>;
  /** The state of loaded, visible data (default `ready`). */
  readonly stateOf?: (data: T) => ElementState;
  /** Whether the host's strings in its language are here; until then it is `loading`, whatever the data. */
  readonly stringsReady?: () => boolean;
}

/**
 * The one connection path of every billing element, the settings element included: resolves the
 * client (own `client`, else own `base-url` with its `credentials`, `getAccessToken`, `fetch` and
 * `headers`, else the surrounding provider's), reads `Access`, loads through one `@lit/task`,
 * loads again when the store says a followed topic changed, reports failures as `kayse-error`
 * once each, shares its locale with the kit pieces inside, and mirrors the state into
 * `ElementInternals` custom states for host CSS.
 */
export class SectionConnection<T> implements ReactiveController {
  readonly task: Task<readonly [BillingStore | undefined, number], Loaded<T>>;

  private readonly consumer: ContextConsumer<typeof billingContext, ConnectionHost>;
  private readonly own = new ClientSlot();
  private generation = 0;
  private subscribed?: { readonly store: BillingStore | undefined; readonly unsubscribe: (() => void) | undefined };
  private reportedError?: unknown;

  constructor(
    private readonly host: ConnectionHost,
    private readonly internals: ElementInternals,
    private readonly options: SectionConnectionOptions<T>,
  ) {
    this.consumer = new ContextConsumer(host, { context: billingContext, subscribe: true });
    // The kit pieces inside speak the element's language without being handed its strings.
    new LocaleProvider(host, () => this.locale);
    this.task = new Task(host, {
      task: async ([store], { signal }) => {
        try {
          if (!store) throw notConfigured();
          const access = await store.read('access', signal);
          const permission = this.options.permission(access);
          if (!permission) return { hidden: true };
          return { hidden: false, permission, data: await this.options.load(store, signal, permission, access) };
        } catch (error) {
          if (!signal.aborted) this.reportError(error, 'load');
          throw error;
        }
      },
      args: () => [this.store, this.generation] as const,
    });
    host.addController(this);
  }

  /** Whether the host names its own API instead of using a provider's. */
  get ownsClient(): boolean {
    return isConfigured(this.host);
  }

  /** The host's own client (`client`, or one made from `base-url` and the rest), if it names one. */
  get ownClient(): BillingApi | undefined {
    return this.own.clientOf(this.host);
  }

  /** The store of the host's own client, else of the provider around it. */
  get store(): BillingStore | undefined {
    return this.ownsClient ? this.own.storeOf(this.host) : this.consumer.value?.store;
  }

  /** The host's locale, else (when it uses a provider) the provider's, the nearest `lang`, the browser's. */
  get locale(): string {
    return resolveLocale(this.host, this.host.locale, this.ownsClient ? null : this.consumer.value?.locale);
  }

  /** The loaded value, also while a reload runs. */
  get loaded(): Loaded<T> | undefined {
    return this.task.value;
  }

  /** The visible data, once loaded; null while loading, hidden or failed before any load. */
  get data(): T | null {
    const loaded = this.task.value;
    return loaded && !loaded.hidden ? loaded.data : null;
  }

  get permission(): Permission | null {
    const loaded = this.task.value;
    return loaded && !loaded.hidden ? loaded.permission : null;
  }

  get state(): ElementState {
    const { status, value } = this.task;
    if (this.options.stringsReady?.() === false) return 'loading';
    if (status === TaskStatus.ERROR) return 'error';
    if (!value) return 'loading';
    if (value.hidden) return 'hidden';
    return this.options.stateOf?.(value.data) ?? 'ready';
  }

  hostConnected(): void {
    // Before the first render, so host CSS and tests never see an element in no state at all.
    this.mirrorState();
    this.follow();
  }

  hostDisconnected(): void {
    this.subscribed?.unsubscribe?.();
    this.subscribed = undefined;
    this.task.abort();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostUpdated(): void {
    this.mirrorState();
  }

  /** Runs the load again; the store answers from its cache what is still fresh. */
  reload(): void {
    this.generation += 1;
    this.host.requestUpdate();
  }

  /** After an error the user asked to try again: the next failure is reported again. */
  retry(): void {
    this.reportedError = undefined;
    this.reload();
  }

  /** Asks the server again for this element's data, through the store so every element showing it follows. */
  refresh(): void {
    const store = this.store;
    if (store) store.invalidate(this.options.topics());
    else this.reload();
  }

  /** Tells the host about a failure the user sees, once per failure. */
  reportError(error: unknown, operation: 'load' | 'save'): void {
    if (this.reportedError === error) return;
    this.reportedError = error;
    const apiError = isApiError(error) ? error : new ApiError({ kind: 'invalid_response', message: String(error), cause: error });
    this.host.dispatchEvent(new KayseErrorEvent({ section: this.options.section(), operation, error: apiError }));
  }

  /** Subscribes to the store now resolved, leaving the previous one. */
  private follow(): void {
    if (!this.host.isConnected) return;
    const store = this.store;
    if (this.subscribed && store === this.subscribed.store) return;
    this.subscribed?.unsubscribe?.();
    const unsubscribe = store?.subscribe((changed) => {
      if (changed.has('access') || this.options.topics().some((topic) => changed.has(topic))) this.reload();
    });
    this.subscribed = { store, unsubscribe };
  }

  private mirrorState(): void {
    const next = this.state;
    for (const name of ELEMENT_STATES) {
      if (name === next) this.internals.states.add(name);
      else this.internals.states.delete(name);
    }
  }
}
