import { consume, ContextEvent } from '@lit/context';
import { Routes } from '@lit-labs/router';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiError, isApiError } from '../../api/api-error.js';
import type { BillingApi } from '../../api/billing-api.js';
import type { FetchLike, RestBillingApiOptions } from '../../api/rest-billing-api.js';
import type { Access, Section } from '../../api/schemas.js';
import { KayseErrorEvent, type KayseNavigateEvent } from '../../events/events.js';
import { catalogFor, type Catalog } from '../../i18n/catalog.js';
import { resolveLocale } from '../../i18n/locale.js';
import { billingContext, type BillingContext } from '../../state/context.js';
import type { BillingStore } from '../../state/store.js';
import { errorMessage, NOT_CONFIGURED } from '../../ui/error-message.js';
import { elementStyles } from '../../ui/kayse-element.styles.js';
import type { KayseConfirmDialog } from '../../ui/kit/confirm-dialog.js';
import { skeleton, skeletonStyles } from '../../ui/kit/skeleton.js';
import { baseStyles, tokens } from '../../ui/tokens.js';
import { billingSettingsStyles } from './billing-settings.styles.js';
import { SECTION_PATHS, sectionForPath, SETTINGS_SECTIONS, type RoutingMode } from './billing-settings.types.js';

const LABEL_KEYS = {
  usage: 'settingsSectionUsage',
  preferences: 'settingsSectionPreferences',
  spendingCap: 'settingsSectionSpendingCap',
  alerts: 'settingsSectionAlerts',
  scheduledEmails: 'settingsSectionScheduledEmails',
  reports: 'settingsSectionReports',
  wallet: 'settingsSectionWallet',
} as const satisfies Record<Section, keyof Catalog>;

const visibleLevel = (level: string) => level === 'read' || level === 'edit';

const notConfigured = () =>
  new ApiError({
    kind: 'network',
    code: NOT_CONFIGURED,
    message: 'No billing API: set base-url or client, or place the element inside <kayse-billing-provider>.',
  });

/** `@lit-labs/router` matches paths with `URLPattern`; a browser without it gets the polyfill, loaded only then. */
async function ensureUrlPattern(): Promise<void> {
  if (!('URLPattern' in globalThis)) await import('urlpattern-polyfill');
}

/**
 * Whether a section element holds edits that are not saved. The form elements keep an
 * `UnsavedChangesController` in a field named `unsaved` and do not expose it yet, so this reads
 * its `dirty` by shape (a public `dirty` on the element, when one appears, wins). Elements
 * without edits (the usage summary, the report picker) have neither and never ask.
 */
function hasUnsavedEdits(element: Element | null | undefined): boolean {
  if (!element) return false;
  if ('dirty' in element && typeof element.dirty === 'boolean') return element.dirty;
  const unsaved = 'unsaved' in element ? element.unsaved : undefined;
  return typeof unsaved === 'object' && unsaved !== null && 'dirty' in unsaved && unsaved.dirty === true;
}

/** Only a plain primary click is ours to take over; a modified one opens a tab, as the user asked. */
const isPlainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * @tag kayse-billing-settings
 * @summary The whole Billing and Reports area as one element: every section the user may see
 * (usage, preferences, spending cap, alerts, scheduled emails, reports, wallet), with a
 * navigation between them, routed under a host-given base path or in the hash.
 *
 * Sections hidden by the API's `Access` have no link and are never requested; an address of a
 * hidden or unknown section shows the first visible one. Each section has its own address
 * (deep links and reloads land on it) and back/forward move between them. A `kayse-navigate`
 * from a section (the usage summary's "Change the cap") is followed and marked handled with
 * `preventDefault()`; it still reaches the host. After a navigation, focus moves to the new
 * section and a polite live region says where the user is ("Wallet, section 7 of 7").
 * Leaving a section with unsaved edits asks first. Links are taken over only when clicked
 * inside this element; the host page's links and history are left alone.
 *
 * Routing: with `base-path` (history mode) the section follows the path
 * (`/settings/billing/wallet`); with `hash-routing` it follows the hash (`#/wallet`); with
 * neither the address is not touched and the section lives only in the element.
 *
 * Configuration: given `base-url` or `client`, the element is its own provider (a
 * `<kayse-billing-provider>` inside its shadow root, with `credentials`, `locale`,
 * `getAccessToken`, `fetch` and `headers`); otherwise it uses the provider around it.
 * The sections' own events (`kayse-save`, `kayse-error`, `kayse-download`, `kayse-navigate`)
 * bubble out of it unchanged.
 *
 * @fires {KayseErrorEvent} kayse-error - Reading `Access` failed; the element shows the error with a retry (detail `{ section, operation: 'load', error }`).
 *
 * @csspart base - The area: navigation and section side by side (wide) or stacked (narrow).
 * @csspart nav - The `<nav>` with the section links.
 * @csspart link - Each section link.
 * @csspart current - The link of the section shown (alongside `link`).
 * @csspart section - The container of the section shown; it takes focus after a navigation.
 * @csspart error - The error message and retry button when `Access` cannot be read.
 *
 * @cssprop [--kayse-font-family=inherit] - Font; inherits the host's by default.
 * @cssprop [--kayse-color-text] - Text colour.
 * @cssprop [--kayse-color-text-muted] - The links of the sections not shown.
 * @cssprop [--kayse-color-surface] - Background of cards.
 * @cssprop [--kayse-color-surface-alt] - Background of the current link and of hovered links.
 * @cssprop [--kayse-color-border] - The navigation's rule.
 * @cssprop [--kayse-color-accent] - The current link's marker and text.
 * @cssprop [--kayse-color-focus] - Focus rings.
 * @cssprop [--kayse-radius=0.5rem] - Corner radius.
 * @cssprop [--kayse-space=1rem] - Base spacing.
 * @cssprop [--kayse-settings-nav-width=14rem] - Width of the side navigation on wide containers.
 * @cssprop [--kayse-settings-wide=48rem] - Documented breakpoint: from this container width the navigation is a side column (fixed in the styles; container queries cannot read custom properties).
 *
 * @example
 * ```html
 * <!-- History mode, its own provider: /settings/billing/wallet opens the wallet. -->
 * <kayse-billing-settings base-url="/api/billing" base-path="/settings/billing"></kayse-billing-settings>
 *
 * <!-- Hash routing (#/alerts) inside a provider the host already has. -->
 * <kayse-billing-provider base-url="/api/billing">
 *   <kayse-billing-settings hash-routing></kayse-billing-settings>
 * </kayse-billing-provider>
 * ```
 */
export class KayseBillingSettings extends LitElement {
  static override styles = [tokens, baseStyles, skeletonStyles, elementStyles, billingSettingsStyles];

  private readonly internals: ElementInternals = this.attachInternals();

  /** The route table: one path per section; the section shown is `routes.outlet()`. */
  private readonly routes = new Routes(
    this,
    SETTINGS_SECTIONS.map((section) => ({ name: section, path: SECTION_PATHS[section], render: () => this.renderSection(section) })),
  );

  /** The `Access` the current route was chosen with. */
  private routedAccess?: Access;
  /** Bumped by every navigation, so one overtaken while it asked about unsaved edits gives up. */
  private navigation = 0;
  private unsubscribeStore?: () => void;
  private subscribedStore?: BillingStore;
  private unsubscribeInner?: () => void;
  private reportedError?: unknown;

  @query('kayse-confirm-dialog') private leaveDialog?: KayseConfirmDialog;
  @query('.section') private sectionContainer?: HTMLElement;

  @consume({ context: billingContext, subscribe: true })
  @state()
  private provided?: BillingContext;

  // The section whose link was last scrolled into view on a narrow container.
  private revealedFor: Section | null = null;

  /** The context of the provider inside this element's shadow root (own-provider mode). */
  @state() private inner?: BillingContext;
  @state() private current: Section | null = null;
  @state() private announcement = '';
  /** The section being left while the leave question is open. */
  @state() private leaving: Section | null = null;
  @state() private generation = 0;

  /** The path the sections live under, history mode (`/settings/billing`): `/settings/billing/wallet` shows the wallet. */
  @property({ attribute: 'base-path' }) basePath?: string;

  /** Keep the section in the address's hash (`#/wallet`) instead of its path; wins over `base-path`. */
  @property({ type: Boolean, attribute: 'hash-routing' }) hashRouting = false;

  /** Base URL of the billing API; when set (or `client` is), the element is its own provider. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Whether requests carry cookies (`same-origin`, `include`, `omit`), in own-provider mode. */
  @property() credentials?: RequestCredentials;

  /** Locale of numbers, dates and text (BCP 47); else the provider's, the nearest `lang`, the browser's. */
  @property() locale?: string;

  /** A ready `BillingApi` (an adapter to another API shape); makes the element its own provider and wins over `base-url`. */
  @property({ attribute: false }) client?: BillingApi;

  /** Returns a bearer token, in own-provider mode; asked again (with `refresh: true`) once after a 401. */
  @property({ attribute: false }) getAccessToken?: RestBillingApiOptions['getAccessToken'];

  /** The `fetch` to use, in own-provider mode (a host's instrumented fetch, a mock). */
  @property({ attribute: false }) fetch?: FetchLike;

  /** Extra headers on every request, in own-provider mode (a CSRF token, say). */
  @property({ attribute: false }) headers?: HeadersInit;

  private readonly accessTask = new Task(this, {
    task: async ([store], { signal }) => {
      try {
        // In own-provider mode the inner provider's store arrives after the first render.
        if (!store) {
          if (this.ownProvider) return initialState;
          throw notConfigured();
        }
        await ensureUrlPattern();
        return await store.read('access', signal);
      } catch (error) {
        if (!signal.aborted) this.reportError(error);
        throw error;
      }
    },
    args: () => [this.store, this.generation] as const,
  });

  constructor() {
    super();
    // The Routes controller announces itself to a parent Routes up the tree; a host page that
    // routes with @lit-labs/router must not adopt this element's routes as its children.
    this.addEventListener('lit-routes-connected', (event) => {
      if (event.routes === this.routes) event.stopPropagation();
    });
  }

  /** The section shown, or null before `Access` is read or when every section is hidden. */
  get section(): Section | null {
    return this.current;
  }

  /** How the section is kept in the address: `history` (`base-path`), `hash` (`hash-routing`) or `memory`. */
  get routing(): RoutingMode {
    if (this.hashRouting) return 'hash';
    return this.basePath !== undefined && this.basePath !== null ? 'history' : 'memory';
  }

  private get ownProvider(): boolean {
    return Boolean(this.baseUrl || this.client);
  }

  private get store(): BillingStore | undefined {
    return this.ownProvider ? this.inner?.store : this.provided?.store;
  }

  private get resolvedLocale(): string {
    return resolveLocale(this, this.locale, this.ownProvider ? null : this.provided?.locale);
  }

  private get catalog(): Catalog {
    return catalogFor(this.resolvedLocale);
  }

  /** The sections this user may see, in navigation order. */
  private get visible(): readonly Section[] {
    const access = this.routedAccess;
    return access ? SETTINGS_SECTIONS.filter((section) => visibleLevel(access.sections[section])) : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setState(this.currentState());
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    this.followStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
    this.unsubscribeStore?.();
    this.unsubscribeStore = undefined;
    this.subscribedStore = undefined;
    this.accessTask.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.followStore();
    const access = this.accessTask.status === TaskStatus.COMPLETE ? this.accessTask.value : undefined;
    const routingChanged = changed.has('basePath') || changed.has('hashRouting');
    if (access && (access !== this.routedAccess || routingChanged)) {
      this.routedAccess = access;
      this.followLocation();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState(this.currentState());
    this.connectInnerProvider();
    // Also once the links first appear (after Access loads), not only when the section changes.
    if (this.current !== this.revealedFor && this.revealCurrentLink()) this.revealedFor = this.current;
  }

  private readonly handleLocationChange = (): void => {
    if (this.routing === 'memory' || !this.routedAccess) return;
    const path = this.locationPath();
    // An address outside this element's routes (the host's own page, a host anchor) is not ours.
    if (path === null) return;
    void this.navigate(sectionForPath(path), 'pop');
  };

  private readonly handleNavClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || !isPlainClick(event)) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.dataset['section'] !== undefined);
    const section = link ? (link.dataset['section'] as Section) : null;
    if (!section) return;
    event.preventDefault();
    void this.navigate(section, 'push');
  };

  private readonly handleNavigateEvent = (event: KayseNavigateEvent): void => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    void this.navigate(event.detail.section, 'push');
  };

  private readonly retry = (): void => {
    this.reportedError = undefined;
    this.generation += 1;
  };

  /**
   * Shows `section` (falling back to the first visible one when it is hidden), after asking
   * when the section shown has unsaved edits; adds a history entry in `base-path` and hash
   * routing. Resolves whether the section shown changed.
   */
  async goto(section: Section): Promise<boolean> {
    return this.navigate(section, 'push');
  }

  /** The section that should show for a requested one: itself when visible, else the first visible, else none. */
  private resolve(requested: Section | null): Section | null {
    const visible = this.visible;
    return requested && visible.includes(requested) ? requested : (visible[0] ?? null);
  }

  /** Picks the section from the address (first load, a new `Access`, a new routing mode); no focus move. */
  private followLocation(): void {
    const path = this.routing === 'memory' ? null : this.locationPath();
    const requested = path === null ? this.current : sectionForPath(path);
    const target = this.resolve(requested);
    if (target === null) {
      this.current = null;
      return;
    }
    // An address of a hidden or unknown section, or the bare base path, names the section shown.
    if (path !== null && path !== SECTION_PATHS[target]) history.replaceState(history.state, '', this.urlFor(target));
    if (target !== this.current) this.show(target);
  }

  private async navigate(requested: Section | null, how: 'push' | 'pop'): Promise<boolean> {
    const target = this.resolve(requested);
    if (target === null) return false;
    const ticket = ++this.navigation;
    const from = this.current;
    const canonical = () => {
      if (this.routing !== 'memory' && this.locationPath() !== SECTION_PATHS[target]) history.replaceState(history.state, '', this.urlFor(target));
    };
    if (target === from) {
      if (how === 'pop') canonical();
      return false;
    }
    if (from && hasUnsavedEdits(this.sectionContainer?.firstElementChild) && !(await this.askToLeave(from))) {
      // Back/forward already moved the address: put the section still shown back into it.
      if (how === 'pop' && ticket === this.navigation && this.routing !== 'memory') history.pushState(null, '', this.urlFor(from));
      return false;
    }
    if (ticket !== this.navigation) return false;
    if (this.routing !== 'memory') {
      if (how === 'push') history.pushState(null, '', this.urlFor(target));
      else canonical();
    }
    this.show(target);
    await this.updateComplete;
    this.sectionContainer?.focus();
    const visible = this.visible;
    this.announcement = this.catalog.settingsAnnounce(this.labelOf(target), visible.indexOf(target) + 1, visible.length);
    return true;
  }

  private show(section: Section): void {
    this.current = section;
    void this.routes.goto(SECTION_PATHS[section]);
  }

  private async askToLeave(section: Section): Promise<boolean> {
    this.leaving = section;
    await this.updateComplete;
    const dialog = this.leaveDialog;
    const leave = dialog ? await dialog.ask() : true;
    this.leaving = null;
    return leave;
  }

  /** The path after the base path (history) or after `#` (hash): `''` for the bare base, null when the address is not this element's. */
  private locationPath(): string | null {
    if (this.routing === 'hash') {
      const hash = location.hash;
      if (hash === '' || hash === '#') return '';
      return hash.startsWith('#/') ? hash.slice(1) : null;
    }
    const base = this.normalizedBase;
    const path = location.pathname;
    if (path === base || path === `${base}/`) return '';
    return path.startsWith(`${base}/`) ? path.slice(base.length) : null;
  }

  /** `base-path` without trailing slashes (`/` becomes the empty string). */
  private get normalizedBase(): string {
    return (this.basePath ?? '').replace(/\/+$/, '');
  }

  /** The address of a section: a path under the base (keeping the query) or a hash. */
  private urlFor(section: Section): string {
    const path = SECTION_PATHS[section];
    if (this.routing === 'history') return `${this.normalizedBase}${path}${location.search}`;
    return `${location.pathname}${location.search}#${path}`;
  }

  /** A link's `href`: the real address in history and hash routing, a hash in memory mode (the click is taken over). */
  private hrefFor(section: Section): string {
    const path = SECTION_PATHS[section];
    return this.routing === 'history' ? `${this.normalizedBase}${path}` : `#${path}`;
  }

  private labelOf(section: Section): string {
    return this.catalog[LABEL_KEYS[section]];
  }

  /** Subscribes to the inner provider (own-provider mode), which answers context requests from inside it. */
  private connectInnerProvider(): void {
    if (this.ownProvider && !this.unsubscribeInner) {
      const target = this.renderRoot.querySelector<HTMLElement>('.root');
      if (!target) return;
      target.dispatchEvent(
        new ContextEvent(
          billingContext,
          target,
          (value, unsubscribe) => {
            this.unsubscribeInner = unsubscribe ?? (() => {});
            this.inner = value;
          },
          true,
        ),
      );
    } else if (!this.ownProvider && this.unsubscribeInner) {
      this.unsubscribeInner();
      this.unsubscribeInner = undefined;
      this.inner = undefined;
    }
  }

  /** Re-reads `Access` when a save changes it (a new billing mode shows or hides the wallet). */
  private followStore(): void {
    if (!this.isConnected) return;
    const store = this.store;
    if (store === this.subscribedStore) return;
    this.unsubscribeStore?.();
    this.subscribedStore = store;
    this.unsubscribeStore = store?.subscribe((changed) => {
      if (changed.has('access')) this.generation += 1;
    });
  }

  /** On a narrow container the links scroll sideways: keeps the current one in view; false before the links exist. */
  private revealCurrentLink(): boolean {
    const list = this.renderRoot.querySelector<HTMLElement>('.links');
    const link = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !link) return false;
    if (list.scrollWidth <= list.clientWidth) return true;
    const start = link.offsetLeft;
    const end = start + link.offsetWidth;
    if (start < list.scrollLeft) list.scrollLeft = start;
    else if (end > list.scrollLeft + list.clientWidth) list.scrollLeft = end - list.clientWidth;
    return true;
  }

  private reportError(error: unknown): void {
    if (this.reportedError === error) return;
    this.reportedError = error;
    const apiError = isApiError(error) ? error : new ApiError({ kind: 'invalid_response', message: String(error), cause: error });
    this.dispatchEvent(new KayseErrorEvent({ section: this.current ?? 'usage', operation: 'load', error: apiError }));
  }

  private currentState(): 'loading' | 'ready' | 'error' | 'hidden' {
    const { status } = this.accessTask;
    if (status === TaskStatus.ERROR) return 'error';
    if (!this.routedAccess) return 'loading';
    return this.visible.length === 0 ? 'hidden' : 'ready';
  }

  private setState(next: string): void {
    for (const name of ['loading', 'ready', 'error', 'hidden']) {
      if (name === next) this.internals.states.add(name);
      else this.internals.states.delete(name);
    }
  }

  private renderSection(section: Section): TemplateResult {
    const locale = ifDefined(this.locale || undefined);
    switch (section) {
      case 'usage':
        return html`<kayse-usage-summary locale=${locale}></kayse-usage-summary>`;
      case 'preferences':
        return html`<kayse-billing-preferences locale=${locale}></kayse-billing-preferences>`;
      case 'spendingCap':
        return html`<kayse-spending-cap locale=${locale}></kayse-spending-cap>`;
      case 'alerts':
        return html`<kayse-alert-recipients locale=${locale}></kayse-alert-recipients>`;
      case 'scheduledEmails':
        return html`<kayse-scheduled-emails locale=${locale}></kayse-scheduled-emails>`;
      case 'reports':
        return html`<kayse-report-picker locale=${locale}></kayse-report-picker>`;
      case 'wallet':
        return html`<kayse-wallet locale=${locale}></kayse-wallet>`;
    }
  }

  private renderNav(): TemplateResult {
    return html`<nav part="nav" class="nav" aria-label=${this.catalog.settingsNavLabel} @click=${this.handleNavClick}>
      <ul class="links" role="list">
        ${this.visible.map((section) => {
          const current = section === this.current;
          return html`<li>
            <a
              part=${current ? 'link current' : 'link'}
              class="link"
              href=${this.hrefFor(section)}
              data-section=${section}
              aria-current=${current ? 'page' : nothing}
              >${this.labelOf(section)}</a
            >
          </li>`;
        })}
      </ul>
    </nav>`;
  }

  private renderLeaveDialog(): TemplateResult {
    const texts = this.catalog;
    return html`<kayse-confirm-dialog
      .catalog=${this.catalog}
      heading=${texts.settingsLeaveHeading}
      confirm-label=${texts.settingsLeaveAction}
      cancel-label=${texts.settingsStayAction}
      danger
      >${this.leaving ? texts.settingsLeaveBody(this.labelOf(this.leaving)) : nothing}</kayse-confirm-dialog
    >`;
  }

  private renderReady(): TemplateResult {
    const label = this.current ? this.labelOf(this.current) : nothing;
    // The base is the size container; the grid inside it is what its width lays out.
    return html`<div part="base" class="base" @kayse-navigate=${this.handleNavigateEvent}>
      <div class="layout">
        ${this.renderNav()}
        <div part="section" class="section" role="group" tabindex="-1" aria-label=${label}>${this.routes.outlet() ?? this.renderSkeleton()}</div>
      </div>
      ${this.renderLeaveDialog()}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="loading" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      ${skeleton(6)}
    </div>`;
  }

  private renderLoading(): TemplateResult {
    return html`<div part="base" class="base">
      <div class="layout">
        <div class="nav nav-skeleton" aria-hidden="true">${skeleton(['70%', '85%', '60%', '55%', '75%', '50%', '45%'])}</div>
        <div class="section">${this.renderSkeleton()}</div>
      </div>
    </div>`;
  }

  private renderError(error: unknown): TemplateResult {
    return html`<div part="base" class="base">
      <div class="error" role="alert" part="error">
        <p class="error-title">${this.catalog.errorTitle}</p>
        <p>${errorMessage(error, this.catalog)}</p>
        <button class="button" type="button" @click=${this.retry}>${this.catalog.retry}</button>
      </div>
    </div>`;
  }

  private renderArea(): unknown {
    if (this.accessTask.status === TaskStatus.ERROR) return this.renderError(this.accessTask.error);
    if (!this.routedAccess) return this.renderLoading();
    if (this.visible.length === 0) return nothing;
    return this.renderReady();
  }

  override render() {
    // One stable element around every state: in own-provider mode it asks the inner provider for its store.
    const area = html`<div class="root">${this.renderArea()}</div>`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    if (!this.ownProvider) return html`${area}${live}`;
    return html`<kayse-billing-provider
        base-url=${ifDefined(this.baseUrl || undefined)}
        credentials=${ifDefined(this.credentials)}
        locale=${ifDefined(this.locale || undefined)}
        .client=${this.client}
        .fetch=${this.fetch}
        .headers=${this.headers}
        .getAccessToken=${this.getAccessToken}
        >${area}</kayse-billing-provider
      >${live}`;
  }
}
