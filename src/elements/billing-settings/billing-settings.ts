import { Routes } from '@lit-labs/router';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Access, Section } from '../../api/schemas.js';
import type { KayseNavigateEvent } from '../../events/events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { SETTINGS_STRINGS, type SettingsStrings } from './strings.js';
import { SectionConnection } from '../../state/section-connection.js';
import { ConnectedElement } from '../../ui/connected-element.js';
import { elementStyles } from '../../ui/kayse-element.styles.js';
import { afterNextPaint } from '../../ui/after-next-paint.js';
import { askConfirmation } from '../../ui/kit/ask-confirmation.js';
import { skeletonStyles } from '../../ui/kit/skeleton.js';
import { renderLoadError } from '../../ui/load-error.js';
import { baseStyles, tokens } from '../../ui/tokens.js';
import { billingSettingsStyles } from './billing-settings.styles.js';
import { SECTION_PATHS, sectionForPath, SETTINGS_SECTIONS, type RoutingMode } from './billing-settings.types.js';
import { hrefFor, locationPath, urlFor, type SettingsAddress } from './settings-address.js';
import { SectionModules } from './section-modules.js';
import { ensureUrlPattern, hasUnsavedEdits, isPlainClick, linkedSection, visibleIn } from './settings-navigation.js';
import { renderAreaSkeleton, renderLeaveDialog, renderNav, renderSection, renderSectionSkeleton, sectionLabel } from './settings-views.js';

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
 * inside this element; the host page's links and history are left alone. A section's code loads
 * when it is first shown or its link is pointed at (a placeholder meanwhile, a retry on failure).
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
export class KayseBillingSettings extends ConnectedElement {
  static override styles = [tokens, baseStyles, skeletonStyles, elementStyles, billingSettingsStyles];

  private readonly sections = new SectionModules(this);

  /** The route table: one path per section; the section shown is `routes.outlet()`. */
  private readonly routes = new Routes(this, SETTINGS_SECTIONS.map((section) => ({ name: section, path: SECTION_PATHS[section], render: () => this.renderSectionOf(section) })));

  /** `Access` through the same connection as every section: the visible sections; hidden when there is none. */
  private readonly connection = new SectionConnection<Access>(this, this.internals, {
    section: () => this.current ?? 'usage',
    permission: (access) => (visibleIn(access).length > 0 ? 'read' : null),
    // `Access` itself is always followed: a new billing mode shows or hides the wallet.
    topics: () => [],
    stringsReady: (): boolean => this.localize.ready,
    load: async (_store, _signal, _permission, access) => {
      await ensureUrlPattern();
      return access;
    },
  });

  /** The `Access` the current route was chosen with. */
  private routedAccess?: Access;
  /** Bumped by every navigation, so one overtaken while it asked about unsaved edits gives up. */
  private navigation = 0;
  // The section whose link was last scrolled into view on a narrow container.
  private revealedFor: Section | null = null;

  @query('.section') private sectionContainer?: HTMLElement;

  @state() private current: Section | null = null;
  @state() private announcement = '';
  /** The section being left while the leave question is open. */
  @state() private leaving: Section | null = null;

  /** The path the sections live under, history mode (`/settings/billing`): `/settings/billing/wallet` shows the wallet. */
  @property({ attribute: 'base-path' }) basePath?: string;

  /** Keep the section in the address's hash (`#/wallet`) instead of its path; wins over `base-path`. */
  @property({ type: Boolean, attribute: 'hash-routing' }) hashRouting = false;

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

  private get address(): SettingsAddress {
    return { routing: this.routing, basePath: this.basePath };
  }

  private readonly localize = new LocalizeController(this, SETTINGS_STRINGS, () => this.connection.locale);

  private get catalog(): SettingsStrings {
    return this.localize.strings;
  }

  /** The path the address names under this element, or null in memory routing. */
  private get addressPath(): string | null {
    return this.routing === 'memory' ? null : locationPath(this.address);
  }

  /** The sections this user may see, in navigation order. */
  private get visible(): readonly Section[] {
    return this.routedAccess ? visibleIn(this.routedAccess) : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.connection.loaded;
    const access = loaded && !loaded.hidden ? loaded.data : undefined;
    const routingChanged = changed.has('basePath') || changed.has('hashRouting');
    if (access && (access !== this.routedAccess || routingChanged)) {
      this.routedAccess = access;
      this.followLocation();
    } else if (loaded?.hidden) {
      this.routedAccess = undefined;
      this.current = null;
    } else if (!this.routedAccess) {
      // The section the address names (usage for the bare path) is asked for beside `Access`,
      // so its element, with its own loading frame, is defined by the time the area is drawn.
      const path = this.addressPath;
      this.sections.load((path === null ? null : sectionForPath(path)) ?? 'usage');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Also once the links first appear (after Access loads), not only when the section changes.
    if (this.current !== this.revealedFor) afterNextPaint(() => this.revealCurrentLink());
  }

  private readonly handleLocationChange = (): void => {
    if (this.routing === 'memory' || !this.routedAccess) return;
    const path = locationPath(this.address);
    // An address outside this element's routes (the host's own page, a host anchor) is not ours.
    if (path === null) return;
    void this.navigate(sectionForPath(path), 'pop');
  };

  private readonly handleNavClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || !isPlainClick(event)) return;
    const section = linkedSection(event);
    if (!section) return;
    event.preventDefault();
    void this.navigate(section, 'push');
  };

  /** A pointer over or focus on a link: its section's code is likely wanted next. */
  private readonly handleNavIntent = (event: Event): void => {
    const section = linkedSection(event);
    if (section) this.sections.load(section);
  };

  private readonly handleNavigateEvent = (event: KayseNavigateEvent): void => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    void this.navigate(event.detail.section, 'push');
  };

  private readonly retry = (): void => this.connection.retry();

  private readonly hrefOf = (section: Section): string => hrefFor(this.address, section);

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
    const path = this.addressPath;
    const target = this.resolve(path === null ? this.current : sectionForPath(path));
    if (target === null) {
      this.current = null;
      return;
    }
    // An address of a hidden or unknown section, or the bare base path, names the section shown.
    if (path !== null && path !== SECTION_PATHS[target]) history.replaceState(history.state, '', urlFor(this.address, target));
    if (target !== this.current) this.show(target);
  }

  private async navigate(requested: Section | null, how: 'push' | 'pop'): Promise<boolean> {
    const target = this.resolve(requested);
    if (target === null) return false;
    const ticket = ++this.navigation;
    const from = this.current;
    const routed = this.routing !== 'memory';
    const canonical = () => {
      if (routed && locationPath(this.address) !== SECTION_PATHS[target]) history.replaceState(history.state, '', urlFor(this.address, target));
    };
    if (target === from) {
      if (how === 'pop') canonical();
      return false;
    }
    if (from && hasUnsavedEdits(this.sectionContainer?.firstElementChild) && !(await this.askToLeave(from))) {
      // Back/forward already moved the address: put the section still shown back into it.
      if (how === 'pop' && ticket === this.navigation && routed) history.pushState(null, '', urlFor(this.address, from));
      return false;
    }
    if (ticket !== this.navigation) return false;
    if (routed && how === 'push') history.pushState(null, '', urlFor(this.address, target));
    else canonical();
    this.show(target);
    await this.updateComplete;
    this.sectionContainer?.focus();
    const visible = this.visible;
    this.announcement = this.catalog.settingsAnnounce(sectionLabel(this.catalog, target), visible.indexOf(target) + 1, visible.length);
    return true;
  }

  private show(section: Section): void {
    this.current = section;
    void this.routes.goto(SECTION_PATHS[section]);
  }

  private async askToLeave(section: Section): Promise<boolean> {
    this.leaving = section;
    const leave = await askConfirmation(this);
    this.leaving = null;
    return leave;
  }

  /** On a narrow container the links scroll sideways: keeps the current one in view, once it is drawn. */
  private revealCurrentLink(): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.links');
    const link = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !link || this.current === this.revealedFor) return;
    this.revealedFor = this.current;
    if (list.scrollWidth <= list.clientWidth) return;
    const start = link.offsetLeft;
    const end = start + link.offsetWidth;
    if (start < list.scrollLeft) list.scrollLeft = start;
    else if (end > list.scrollLeft + list.clientWidth) list.scrollLeft = end - list.clientWidth;
  }

  /** The section's element once its code is here; meanwhile a placeholder, or an error with a retry. */
  private renderSectionOf(section: Section): TemplateResult {
    const state = this.sections.stateOf(section);
    if (state.kind === 'ready') return renderSection(section, this.locale);
    if (state.kind === 'failed') return renderLoadError(this.catalog, state.error, () => this.sections.retry(section));
    return renderSectionSkeleton(this.catalog);
  }

  private renderReady(): TemplateResult {
    const catalog = this.catalog;
    const label = this.current ? sectionLabel(catalog, this.current) : '';
    // The base is the size container; the grid inside it is what its width lays out.
    return html`<div part="base" class="base" @kayse-navigate=${this.handleNavigateEvent}>
      <div class="layout">
        ${renderNav(catalog, this.visible, this.current, this.hrefOf, this.handleNavClick, this.handleNavIntent)}
        <div part="section" class="section" role="group" tabindex="-1" aria-label=${label}>${this.routes.outlet() ?? renderSectionSkeleton(catalog)}</div>
      </div>
      ${renderLeaveDialog(catalog, this.leaving)}
    </div>`;
  }

  private renderArea(): unknown {
    return this.connection.task.render({
      initial: () => renderAreaSkeleton(this.catalog),
      pending: () => (this.routedAccess ? this.renderReady() : renderAreaSkeleton(this.catalog)),
      complete: (loaded) => (loaded.hidden ? null : this.renderReady()),
      error: (error) => html`<div part="base" class="base">${renderLoadError(this.catalog, error, this.retry)}</div>`,
    });
  }

  override render() {
    // Another language's strings on their way: the area's placeholder without words, never English.
    const area = html`<div class="root">${this.localize.ready ? this.renderArea() : renderAreaSkeleton(null)}</div>`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
    const own = this.connection.ownClient;
    if (!own) return html`${area}${live}`;
    // The sections reach the same client, hence the same store, through a provider of their own.
    return html`<kayse-billing-provider .client=${own} locale=${this.locale || nothing}>${area}</kayse-billing-provider>${live}`;
  }
}
