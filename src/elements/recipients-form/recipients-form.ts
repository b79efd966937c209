import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MAX_RECIPIENTS } from '../../core/email-list.js';
import { formatNumber } from '../../core/money.js';
import type { Catalog } from '../../i18n/catalog.js';
import type { BillingStore, SaveBody, Saved } from '../../state/store.js';
import { KayseElement, type Permission } from '../../ui/kayse-element.js';
import { emailLineMessage } from '../../ui/kit/email-line-message.js';
import type { KayseEmailListEditor } from '../../ui/kit/email-list-editor.js';
import { KitInputEvent } from '../../ui/kit/events.js';
import { skeleton } from '../../ui/kit/skeleton.js';
import type { SaveController } from '../../ui/save-controller.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { UnsavedChangesController } from '../../ui/unsaved-changes.js';
import { parseRecipients, sameRecipients, shortList, splitFieldErrors, type ParsedRecipients } from './recipient-lines.js';
import { recipientsFormStyles } from './recipients-form.styles.js';

/** The resources edited as "some switches plus extra recipients". */
export type RecipientsKey = 'alerts' | 'scheduledEmails';

/** The element's own settings beside the recipients (switches, a frequency), flat. */
export type RecipientsOptions = Readonly<Record<string, string | boolean>>;

/** The words that differ between the two forms. */
export interface RecipientsTexts {
  readonly heading: string;
  readonly intro: string;
  readonly togglesLegend: string;
  readonly recipientsLegend: string;
  readonly extraLabel: string;
  readonly primaryNote: string;
  readonly readOnly: string;
}

/** The user's edits, kept through every failure until they save, reset or load the latest. */
interface Draft<K extends RecipientsKey, O extends RecipientsOptions> {
  readonly text: string;
  readonly options: O;
  /** What they started from: its `version` goes with the save, so a change made meanwhile is a 409. */
  readonly base: Saved<K>;
}

type FormProblem = { readonly kind: 'fix'; readonly count: number } | { readonly kind: 'no_changes' };

// One frozen "none", so the editor's `serverErrors` binding only changes when there is news.
const NO_LINE_ERRORS: Readonly<Record<number, string>> = Object.freeze({});

const sameOptions = (a: RecipientsOptions, b: RecipientsOptions): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => a[key] === b[key]);

/**
 * What `<kayse-alert-recipients>` and `<kayse-scheduled-emails>` share: a few settings plus
 * extra recipients typed one per line beside the primary contact, saved together through the
 * shared save flow. It keeps the draft (through every failure), checks every line before any
 * request, maps a 422's `recipients.N` back to its line, offers Reset and the 409 choice, warns
 * before the page is left while dirty, and takes part in a host `<form>` through
 * `ElementInternals` (value: the recipients, one per line; validity: the line errors).
 *
 * Subclasses name the resource, render their settings, and build the save body.
 */
export abstract class RecipientsForm<K extends RecipientsKey, O extends RecipientsOptions> extends KayseElement<Saved<K>> {
  // Inherited by both elements: `customElements.define` reads it through the constructor chain.
  static formAssociated = true;
  static override styles = [...KayseElement.styles, saveStatusStyles, recipientsFormStyles];

  protected abstract readonly saver: SaveController<K>;
  /** Placeholder lines of the settings group while loading, so nothing jumps when it arrives. */
  protected abstract readonly toggleLines: number;
  /** Placeholder lines of the summary under the groups while loading (0: none is always shown). */
  protected readonly summaryLines: number = 0;

  private readonly unsaved = new UnsavedChangesController(this);
  private lastParse: { readonly text: string; readonly primary: string | null; readonly parsed: ParsedRecipients } | null = null;

  @query('kayse-email-list-editor') private editor?: KayseEmailListEditor;

  @state() private draft: Draft<K, O> | null = null;
  /** The server's 422 messages by index of the addresses sent, until the user edits the list. */
  @state() private lineErrors: Readonly<Record<number, string>> = NO_LINE_ERRORS;
  /** The server's 422 messages about anything but a line. */
  @state() private otherErrors: readonly string[] = [];
  @state() private problem: FormProblem | null = null;
  /** A save was tried since the last save or reset: settings problems show from then on. */
  @state() protected attempted = false;
  /** A host `<fieldset disabled>` (or form) disabled this element. */
  @state() protected formDisabled = false;

  /** The name under which a host `<form>` submits the recipients; the `name` attribute, as on native inputs. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(value: string) {
    // An attribute, not a Lit property: the form's data set reads the attribute.
    this.setAttribute('name', value);
  }

  /** The host `<form>` this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The recipients as the form submits them: the accepted addresses, trimmed, one per line. */
  get value(): string {
    return this.formValue() ?? '';
  }

  /** Whether the typed recipients (and settings) can be saved, as constraint validation sees it. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the element is invalid (the first refused line and how many there are), or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether a host form's constraint validation looks at this element. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded;
    // Only an editor can lose edits; a reader's view has none.
    this.unsaved.dirty = this.permission === 'edit' && data !== null && this.draft !== null && this.isDirty(this.draft);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Called by a host `<form>` reset: back to the loaded values, like Reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** Called when a host `<fieldset disabled>` or form disables or enables this element. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The loaded settings in this element's words; the recipients go apart. */
  protected abstract optionsOf(data: Saved<K>): O;

  /** The PUT body for these values, or null when the settings cannot be sent as they are. */
  protected abstract bodyOf(options: O, recipients: string[], version: number): SaveBody<K> | null;

  /** Puts the server's latest version (a 409's `current`) into the shared cache, which reloads every element showing it. */
  protected abstract putLatest(store: BillingStore, latest: Saved<K>): void;

  protected abstract texts(catalog: Catalog): RecipientsTexts;

  /** The settings' controls, inside the settings fieldset. */
  protected abstract renderToggles(data: Saved<K>, options: O): unknown;

  /** The settings as values, for a user who may only read them. */
  protected abstract renderToggleValues(data: Saved<K>): unknown;

  /** What the values mean for who receives what (a sentence, a hint), under both groups. */
  protected abstract renderSummary(data: Saved<K>, options: O, extraRecipients: number, editable: boolean): unknown;

  /** The server's latest version in a sentence, shown with the 409 choice. */
  protected abstract describeLatest(latest: Saved<K>): string;

  /** The user's name of a field the server refused (a 422 path other than a line). */
  protected abstract fieldLabel(path: string): string;

  /** Why the settings cannot be saved as they are, or null. */
  protected optionsProblem(_options: O): string | null {
    return null;
  }

  /** The control to focus (and anchor validity on) when `optionsProblem` has something to say. */
  protected optionsAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Records a change of the settings made by the user. */
  protected setOptions(change: Partial<O>): void {
    this.edit({ options: change });
  }

  /** The formatted count, in the element's locale. */
  protected count(value: number): string {
    return formatNumber(value, this.resolvedLocale);
  }

  /** A few addresses as words ("a, b, and 3 more") for a sentence about another version. */
  protected recipientList(addresses: readonly string[]): string {
    const catalog = this.catalog;
    return catalog.recipientsTheirList(addresses.length, this.count(addresses.length), shortList(addresses, this.resolvedLocale, (rest) => catalog.recipientsMore(this.count(rest))));
  }

  /** The loaded resource, once loaded and visible. */
  protected get loaded(): Saved<K> | null {
    const value = this.loadTask.value;
    return value && !value.hidden ? value.data : null;
  }

  private readonly handleRecipientsInput = (event: Event): void => {
    const value: unknown = event instanceof KitInputEvent ? event.detail.value : undefined;
    if (typeof value === 'string') this.edit({ text: value });
  };

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleReset = (): void => {
    // The save on its way was sent with these edits; dropping them now would misstate its outcome.
    if (!this.saver.saving && !this.formDisabled) this.reset();
  };

  private readonly handleLoadLatest = (): void => {
    const latest = this.saver.latest;
    const store = this.store;
    if (!latest || !store) return;
    this.draft = null;
    this.clearFeedback();
    this.saver.clear();
    this.putLatest(store, latest);
  };

  private readonly handleSaveOver = (): void => {
    const latest = this.saver.latest;
    if (!latest || !this.draft) return;
    // Their version becomes the base: the same checks, then a save with its version.
    this.draft = { ...this.draft, base: latest };
    void this.submit();
  };

  /** Checks the recipients as a host form would, showing no message. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks the recipients and, when they are not acceptable, shows the browser's message on the field. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private text(data: Saved<K>): string {
    return this.draft?.text ?? data.recipients.join('\n');
  }

  private options(data: Saved<K>): O {
    return this.draft?.options ?? this.optionsOf(data);
  }

  private parsed(data: Saved<K>): ParsedRecipients {
    const text = this.text(data);
    const primary = data.primaryContactEmail;
    const last = this.lastParse;
    if (last?.text === text && last.primary === primary) return last.parsed;
    const parsed = parseRecipients(text, primary);
    this.lastParse = { text, primary, parsed };
    return parsed;
  }

  private isDirty(draft: Draft<K, O>): boolean {
    return !sameOptions(draft.options, this.optionsOf(draft.base)) || !sameRecipients(draft.text, draft.base.recipients);
  }

  private edit(change: { readonly text?: string; readonly options?: Partial<O> }): void {
    const data = this.loaded;
    if (!data) return;
    const current = this.draft ?? { text: data.recipients.join('\n'), options: this.optionsOf(data), base: data };
    this.draft = {
      ...current,
      text: change.text ?? current.text,
      options: change.options ? { ...current.options, ...change.options } : current.options,
    };
    // The editor drops the server's line errors on input (their indices point elsewhere now);
    // so does the state behind its binding, or the next render would put them back.
    if (change.text !== undefined) this.lineErrors = NO_LINE_ERRORS;
    if (this.otherErrors.length > 0) this.otherErrors = [];
    this.problem = null;
    // "Saved." or a failure is about the last save; a 409's choice stays until the user makes it.
    if (this.saver.status === 'saved' || this.saver.status === 'failed') this.saver.clear();
  }

  private reset(): void {
    this.draft = null;
    this.clearFeedback();
    this.saver.clear();
  }

  private clearFeedback(): void {
    this.lineErrors = NO_LINE_ERRORS;
    this.otherErrors = [];
    this.problem = null;
    this.attempted = false;
  }

  private async submit(): Promise<void> {
    const data = this.loaded;
    if (!data || this.saver.saving || this.formDisabled || this.permission !== 'edit') return;
    const options = this.options(data);
    const parsed = this.parsed(data);
    // Every problem shows at once, before any request.
    this.editor?.validate();
    this.attempted = true;
    const optionsProblem = this.optionsProblem(options);
    const problems = parsed.errors.length + (optionsProblem ? 1 : 0);
    if (problems > 0) {
      this.problem = { kind: 'fix', count: problems };
      await this.updateComplete;
      // The first problem in reading order: the settings come before the recipients.
      (optionsProblem ? this.optionsAnchor() : this.editor)?.focus();
      return;
    }
    const draft = this.draft;
    if (!draft || !this.isDirty(draft)) {
      this.problem = { kind: 'no_changes' };
      return;
    }
    this.problem = null;
    await this.send(draft, parsed.addresses);
  }

  private async send(draft: Draft<K, O>, recipients: readonly string[]): Promise<void> {
    const store = this.store;
    const body = this.bodyOf(draft.options, [...recipients], draft.base.version);
    if (!store || !body) return;
    const saved = await this.saver.save(store, body);
    if (saved) {
      // Typing went on while it saved: keep that, now based on what was saved.
      this.draft = this.draft === draft ? null : this.draft && { ...this.draft, base: saved };
      this.clearFeedback();
      return;
    }
    const catalog = this.catalog;
    const { lines, others } = splitFieldErrors(this.saver.fieldErrors, recipients.length, (path, message) =>
      catalog.recipientsServerProblem(this.fieldLabel(path), message),
    );
    this.lineErrors = Object.keys(lines).length > 0 ? lines : NO_LINE_ERRORS;
    this.otherErrors = others;
    if (this.lineErrors !== NO_LINE_ERRORS) {
      await this.updateComplete;
      this.editor?.focus();
    }
  }

  private formValue(): string | null {
    const data = this.loaded;
    if (!data) return null;
    if (this.permission !== 'edit') return data.recipients.join('\n');
    return this.parsed(data).addresses.join('\n');
  }

  /** Tells a host form the value and validity, after every render (the anchor is then in place). */
  private syncForm(): void {
    this.internals.setFormValue(this.formValue());
    const data = this.loaded;
    if (!data || this.permission !== 'edit') {
      this.internals.setValidity({});
      return;
    }
    const optionsProblem = this.optionsProblem(this.options(data));
    if (optionsProblem) {
      this.internals.setValidity({ customError: true }, optionsProblem, this.optionsAnchor());
      return;
    }
    const { errors } = this.parsed(data);
    const [first] = errors;
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const textarea = this.editor?.shadowRoot?.querySelector('textarea') ?? undefined;
    const message = this.catalog.recipientsInvalid(emailLineMessage(first, this.catalog, MAX_RECIPIENTS), errors.length);
    this.internals.setValidity({ customError: true }, message, textarea);
    // On the first render the editor draws after this element: anchor once it has.
    if (!textarea) void this.editor?.updateComplete.then(() => this.syncForm());
  }

  protected override renderLoading(): TemplateResult {
    // The ready layout's frame, so nothing moves when the settings arrive.
    return html`<section class="recipients-form is-loading" part="base" role="status" aria-busy="true">
      <span class="visually-hidden">${this.catalog.loading}</span>
      <div class="head">
        <div class="heading-placeholder">${skeleton(['11rem'])}</div>
        ${skeleton(['min(100%, 30rem)'])}
      </div>
      <div class="groups">
        <div class="group placeholder">
          <div class="group-title">${skeleton(['6rem'])}</div>
          ${skeleton(this.toggleLines)}
        </div>
        <div class="group placeholder">
          <div class="group-title">${skeleton(['9rem'])}</div>
          <span class="box-placeholder primary-placeholder"></span>
          ${skeleton(['10rem'])}
          <span class="box-placeholder textarea-placeholder"></span>
          ${skeleton(['8rem'])}
        </div>
      </div>
      ${this.summaryLines > 0 ? html`<div class="summary-placeholder">${skeleton(this.summaryLines)}</div>` : nothing}
      <div class="actions-placeholder"></div>
    </section>`;
  }

  protected override renderError(error: unknown): TemplateResult {
    // Under its own heading, so a page of several sections says which one failed.
    return html`<section class="recipients-form" aria-labelledby="heading">
      <h2 id="heading" class="heading">${this.texts(this.catalog).heading}</h2>
      ${super.renderError(error)}
    </section>`;
  }

  protected override renderReady(data: Saved<K>, permission: Permission): TemplateResult {
    const texts = this.texts(this.catalog);
    return html`<section class="recipients-form" part="base" aria-labelledby="heading">
      <header class="head">
        <h2 id="heading" class="heading">${texts.heading}</h2>
        <p class="intro">${texts.intro}</p>
        ${permission === 'edit' ? nothing : html`<p class="read-only-note">${texts.readOnly}</p>`}
      </header>
      ${permission === 'edit' ? this.renderForm(data, texts) : this.renderValues(data, texts)}
    </section>`;
  }

  private renderForm(data: Saved<K>, texts: RecipientsTexts): TemplateResult {
    const catalog = this.catalog;
    const options = this.options(data);
    const parsed = this.parsed(data);
    const dirty = this.unsaved.dirty;
    return html`<form class="form" novalidate @submit=${this.handleSubmit}>
      <div class="groups">
        <fieldset class="group" part="toggles">
          <legend class="group-title">${texts.togglesLegend}</legend>
          <div class="group-body">${this.renderToggles(data, options)}</div>
        </fieldset>
        <fieldset class="group" part="recipients">
          <legend class="group-title">${texts.recipientsLegend}</legend>
          <div class="group-body">
            ${this.renderPrimary(data, texts)}
            <kayse-email-list-editor
              label=${texts.extraLabel}
              .catalog=${catalog}
              .value=${live(this.text(data))}
              .primaryEmail=${data.primaryContactEmail}
              .serverErrors=${this.lineErrors}
              ?disabled=${this.formDisabled}
              @input=${this.handleRecipientsInput}
            ></kayse-email-list-editor>
          </div>
        </fieldset>
      </div>
      ${this.renderSummary(data, options, parsed.addresses.length, true)} ${this.renderOtherErrors()}
      <div class="actions">
        <button class="button primary save" type="submit" aria-disabled=${this.saver.saving || this.formDisabled ? 'true' : 'false'}>${catalog.save}</button>
        <button class="button reset" type="button" aria-disabled=${dirty && !this.saver.saving && !this.formDisabled ? 'false' : 'true'} @click=${this.handleReset}>${catalog.reset}</button>
        <span class="dirty">${dirty ? catalog.unsavedChanges : nothing}</span>
      </div>
      ${this.renderProblem()} ${this.renderLatest()}
      ${saveStatus(this.saver, catalog, { loadLatest: this.handleLoadLatest, saveOver: this.handleSaveOver })}
    </form>`;
  }

  // The list gets no primary address: a server may keep one, and a reader should see what is stored.
  private renderValues(data: Saved<K>, texts: RecipientsTexts): TemplateResult {
    return html`<div class="groups">
        <section class="group" part="toggles" aria-labelledby="toggles-title">
          <h3 id="toggles-title" class="group-title">${texts.togglesLegend}</h3>
          <div class="group-body">${this.renderToggleValues(data)}</div>
        </section>
        <section class="group" part="recipients" aria-labelledby="recipients-title">
          <h3 id="recipients-title" class="group-title">${texts.recipientsLegend}</h3>
          <div class="group-body">
            ${this.renderPrimary(data, texts)}
            <kayse-email-list-editor readonly label=${texts.extraLabel} .catalog=${this.catalog} .value=${data.recipients.join('\n')}></kayse-email-list-editor>
          </div>
        </section>
      </div>
      ${this.renderSummary(data, this.optionsOf(data), data.recipients.length, false)}`;
  }

  private renderPrimary(data: Saved<K>, texts: RecipientsTexts): TemplateResult {
    const catalog = this.catalog;
    const email = data.primaryContactEmail;
    return html`<dl class="primary-contact">
      <dt>${catalog.recipientsPrimary}</dt>
      <dd class="primary-email">${email ?? catalog.recipientsNoPrimary}</dd>
      ${email ? html`<dd class="primary-note">${texts.primaryNote}</dd>` : nothing}
    </dl>`;
  }

  private renderOtherErrors(): TemplateResult | typeof nothing {
    if (this.otherErrors.length === 0) return nothing;
    return html`<ul class="other-errors">
      ${this.otherErrors.map((message) => html`<li>${message}</li>`)}
    </ul>`;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const problem = this.problem;
    if (!problem) return nothing;
    return problem.kind === 'fix'
      ? html`<p class="form-problem" role="alert">${this.catalog.recipientsFix(problem.count)}</p>`
      : html`<p class="form-problem quiet" role="status">${this.catalog.recipientsNoChanges}</p>`;
  }

  private renderLatest(): TemplateResult | typeof nothing {
    const latest = this.saver.status === 'conflict' ? this.saver.latest : null;
    if (!latest) return nothing;
    return html`<p class="their-version">${this.describeLatest(latest)}</p>`;
  }
}
