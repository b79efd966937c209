import { html, nothing, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Access, Section } from '../../api/schemas.js';
import { MAX_RECIPIENTS } from '../../core/email-list.js';
import { formatNumber } from '../../core/money.js';
import type { RecipientsStrings } from './strings.js';
import { FormController, type FormRules } from '../../state/form-controller.js';
import type { BillingStore, SaveBody, Saved, Topic } from '../../state/store.js';
import type { Permission } from '../../ui/kayse-element.js';
import { emailLineMessage } from '../../ui/kit/email-line-message.js';
import type { KayseEmailListEditor } from '../../ui/kit/email-list-editor.js';
import { kitValue } from '../../ui/kit/kit-value.js';
import type { LoadingItem } from '../../ui/loading-frame.js';
import { saveStatus, saveStatusStyles } from '../../ui/save-status.js';
import { parseRecipients, sameRecipients, shortList, splitFieldErrors, type ParsedRecipients } from './recipient-lines.js';
import { sameOptions, type Receivers } from './recipients-rules.js';
import type { RecipientsData, RecipientsKey, RecipientsOptions, RecipientsValues, ServerProblems } from './recipients-form.types.js';
import {
  renderFormProblem,
  renderOtherErrors,
  renderPrimary,
  renderReaderView,
  renderRecipientsLoading,
  type RecipientsTexts,
} from './recipients-form-views.js';
import { RecipientsFormField, type FieldProblem } from './recipients-form-field.js';
import { recipientsFormStyles } from './recipients-form.styles.js';

type ServerFields = Readonly<Record<string, string>>;

// One frozen "none", so the editor's `serverErrors` binding only changes when there is news.
const NO_LINE_ERRORS: Readonly<Record<number, string>> = Object.freeze({});

/**
 * What `<kayse-alert-recipients>` and `<kayse-scheduled-emails>` share: a few settings plus
 * extra recipients typed one per line beside the primary contact, saved together through a
 * `FormController` (the draft through every failure, Reset, the 409 choice, the leave warning).
 * It checks every line before any request, maps a 422's `recipients.N` back to its line, and
 * takes part in a host `<form>` through `ElementInternals` (value: the recipients, one per
 * line; validity: the line errors and the subclass's rules).
 *
 * Subclasses name the resource, render their settings, build the save body, and may load a
 * context beside the settings (what their hints need from other sections).
 */
export abstract class RecipientsForm<K extends RecipientsKey, O extends RecipientsOptions, S extends RecipientsStrings, X = null> extends RecipientsFormField<
  RecipientsData<K, X>,
  S
> {
  static override styles = [...RecipientsFormField.styles, saveStatusStyles, recipientsFormStyles];

  protected readonly section: Section;
  protected readonly topics: readonly Topic[];
  /** The words that differ between the two forms, in the element's language. */
  protected abstract texts(): RecipientsTexts;
  /** What the settings group holds, drawn while loading so nothing jumps when it arrives. */
  protected abstract loadingSettings(): readonly LoadingItem[];
  /** What is always shown under the groups, above the actions (a summary), drawn while loading. */
  protected loadingFoot(): readonly LoadingItem[] {
    return [];
  }

  private readonly key: K;
  // Not `form`: that is the host `<form>`, as on native inputs.
  private readonly edits: FormController<K, RecipientsData<K, X>, RecipientsValues<O>>;
  private lastParse: { readonly text: string; readonly primary: string | null; readonly parsed: ParsedRecipients } | null = null;
  private lastProblems: { readonly fields: ServerFields; readonly sent: number; readonly catalog: S; readonly problems: ServerProblems } | null = null;

  @query('kayse-email-list-editor') private editor?: KayseEmailListEditor;

  /** `alsoFollows`: other topics the context is read from, so the hints follow their changes. */
  constructor(key: K, alsoFollows: readonly Topic[] = []) {
    super();
    this.key = key;
    this.section = key;
    this.topics = [key, ...alsoFollows];
    const rules: FormRules<K, RecipientsData<K, X>, RecipientsValues<O>> = {
      key,
      resourceOf: (data) => data.settings,
      valuesOf: (resource) => this.valuesOf(resource),
      differs: (values, base) => !sameOptions(values.options, this.optionsOf(base)) || !sameRecipients(values.text, base.recipients),
      bodyOf: (values, base) => this.bodyOf(values.options, [...this.parsed(values.text).addresses], base.version),
    };
    this.edits = new FormController(this, this.connection, rules, {
      check: (values) => this.check(values),
      focus: (path) => this.focusProblem(path),
      // A host `<fieldset disabled>` does not reach the buttons inside the shadow root.
      disabled: () => this.formDisabled,
    });
  }

  /** Whether the form holds edits that are not saved (a host asks before leaving the page or section). */
  get dirty(): boolean {
    return this.edits.dirty;
  }

  protected override async load(store: BillingStore, signal: AbortSignal, _permission: Permission, access: Access): Promise<RecipientsData<K, X>> {
    const [settings, context] = await Promise.all([store.read(this.key, signal), this.loadContext(store, signal, access)]);
    return { settings, context };
  }

  /**
   * What the hints read besides the settings, loaded beside them. It must ask only for sections
   * `access` lets the user read, and should not fail the form over a nicety.
   */
  protected abstract loadContext(store: BillingStore, signal: AbortSignal, access: Access): Promise<X>;

  /** The loaded context, once loaded. */
  protected get context(): X | null {
    return this.connection.data?.context ?? null;
  }

  /** The loaded settings in this element's words; the recipients go apart. */
  protected abstract optionsOf(data: Saved<K>): O;

  /** The PUT body for these values, or null when the settings cannot be sent as they are. */
  protected abstract bodyOf(options: O, recipients: string[], version: number): SaveBody<K> | null;

  /** The settings' controls, inside the settings fieldset. */
  protected abstract renderToggles(data: Saved<K>, options: O): unknown;

  /** The settings as values, for a user who may only read them. */
  protected abstract renderToggleValues(data: Saved<K>): unknown;

  /** What the values mean for who receives what (a sentence, a hint), under both groups. */
  protected abstract renderSummary(data: Saved<K>, options: O, extraRecipients: number, editable: boolean): unknown;

  /** The server's latest version in a sentence, shown with the 409 choice. */
  protected abstract describeLatest(latest: Saved<K>): string;

  /** The user's name of a setting the server refused (a 422 path), if it is one. */
  protected abstract optionLabel(path: string): string | undefined;

  /** Why the settings cannot be saved as they are, or null. */
  protected optionsProblem(_options: O): string | null {
    return null;
  }

  /**
   * Why these recipients cannot receive what the settings send, or null: shown on the
   * recipients field after a press of Save, and no request is sent while it stands.
   */
  protected recipientsProblem(_options: O, _receivers: Receivers): string | null {
    return null;
  }

  /** The control to focus (and anchor validity on) when `optionsProblem` has something to say. */
  protected optionsAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** A save was tried since the last save or reset: settings problems show from then on. */
  protected get attempted(): boolean {
    return this.edits.attempted;
  }

  /** Records a change of the settings made by the user. */
  protected setOptions(change: Partial<O>): void {
    const values = this.edits.values;
    if (values) this.edits.edit({ options: { ...values.options, ...change } }, Object.keys(change));
  }

  /** A setting's switch, out of use while a host fieldset disables the form. */
  protected renderSwitch(name: string, label: string, description: string, checked: boolean, onChange: (event: Event) => void): TemplateResult {
    return html`<kayse-switch
      class=${name}
      label=${label}
      description=${description}
      .checked=${live(checked)}
      ?disabled=${this.formDisabled}
      @change=${onChange}
    ></kayse-switch>`;
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

  private readonly handleRecipientsInput = (event: Event): void => {
    const value = kitValue(event);
    if (typeof value === 'string') this.edits.edit({ text: value }, ['recipients']);
  };

  private valuesOf(resource: Saved<K>): RecipientsValues<O> {
    return { text: resource.recipients.join('\n'), options: this.optionsOf(resource) };
  }

  /** The primary contact's address as loaded, or null. */
  private get primaryEmail(): string | null {
    return this.connection.data?.settings.primaryContactEmail ?? null;
  }

  /** The typed text read against the primary contact shown, as the editor reads it. */
  private parsed(text: string): ParsedRecipients {
    const primary = this.primaryEmail;
    const last = this.lastParse;
    if (last?.text === text && last.primary === primary) return last.parsed;
    const parsed = parseRecipients(text, primary);
    this.lastParse = { text, primary, parsed };
    return parsed;
  }

  /** The subclass's verdict on who would receive these values. */
  private receiversProblem(values: RecipientsValues<O>): string | null {
    const { addresses, errors } = this.parsed(values.text);
    return this.recipientsProblem(values.options, { primaryEmail: this.primaryEmail, accepted: addresses.length, refused: errors.length });
  }

  /** Every problem shows at once, before any request; returns how many there are. */
  private check(values: RecipientsValues<O>): number {
    this.editor?.validate();
    const others = [this.optionsProblem(values.options), this.receiversProblem(values)].filter((problem) => problem !== null);
    return this.parsed(values.text).errors.length + others.length;
  }

  private focusProblem(path: string | null): void {
    if (path !== null) {
      if (this.serverProblems().lines !== NO_LINE_ERRORS) this.editor?.focus();
      return;
    }
    const values = this.edits.values;
    // The first problem in reading order: the settings come before the recipients.
    (values && this.optionsProblem(values.options) ? this.optionsAnchor() : this.editor)?.focus();
  }

  /** The 422's messages as the form shows them, the same object until they change (so the editor's binding rests). */
  private serverProblems(): ServerProblems {
    const fields = this.edits.fieldErrors;
    const values = this.edits.values;
    const sent = values ? this.parsed(values.text).addresses.length : 0;
    const catalog = this.catalog;
    const last = this.lastProblems;
    if (last?.fields === fields && last.sent === sent && last.catalog === catalog) return last.problems;
    const texts = this.texts();
    const { lines, others } = splitFieldErrors(fields, sent, (path, message) =>
      catalog.recipientsServerProblem(path === 'recipients' || path.startsWith('recipients.') ? texts.extraLabel : (this.optionLabel(path) ?? path), message),
    );
    const problems = { lines: Object.keys(lines).length > 0 ? lines : NO_LINE_ERRORS, others };
    this.lastProblems = { fields, sent, catalog, problems };
    return problems;
  }

  protected override formValue(): string | null {
    const data = this.connection.data;
    if (!data) return null;
    const values = this.edits.values;
    if (this.permission !== 'edit' || !values) return data.settings.recipients.join('\n');
    return this.parsed(values.text).addresses.join('\n');
  }

  protected override fieldProblem(): FieldProblem | null {
    const values = this.edits.values;
    if (!values || this.permission !== 'edit') return null;
    const optionsProblem = this.optionsProblem(values.options);
    if (optionsProblem) return { message: optionsProblem, anchor: this.optionsAnchor() };
    const { errors } = this.parsed(values.text);
    const [first] = errors;
    const message = first ? this.catalog.recipientsInvalid(emailLineMessage(first, this.catalog, MAX_RECIPIENTS), errors.length) : this.receiversProblem(values);
    if (message === null) return null;
    const textarea = this.editor?.shadowRoot?.querySelector('textarea') ?? undefined;
    // On the first render the editor draws after this element: anchor once it has.
    if (!textarea) void this.editor?.updateComplete.then(() => this.syncForm());
    return { message, anchor: textarea };
  }

  protected override formReset(): void {
    this.edits.reset();
  }

  protected override renderLoading(): TemplateResult {
    return renderRecipientsLoading(this.catalog, this.texts(), this.loadingSettings(), this.loadingFoot());
  }

  protected override renderError(error: unknown): TemplateResult {
    // Under its own heading, so a page of several sections says which one failed.
    return html`<section class="recipients-form" aria-labelledby="heading">
      <h2 id="heading" class="heading">${this.texts().heading}</h2>
      ${super.renderError(error)}
    </section>`;
  }

  protected override renderReady({ settings: data }: RecipientsData<K, X>, permission: Permission): TemplateResult {
    const texts = this.texts();
    return html`<section class="recipients-form" part="base" aria-labelledby="heading">
      <header class="head">
        <h2 id="heading" class="heading">${texts.heading}</h2>
        <p class="intro">${texts.intro}</p>
        ${permission === 'edit' ? nothing : html`<p class="read-only-note">${texts.readOnly}</p>`}
      </header>
      ${permission === 'edit'
        ? this.renderForm(data, texts)
        : renderReaderView(this.catalog, texts, data, this.renderToggleValues(data), this.renderSummary(data, this.optionsOf(data), data.recipients.length, false))}
    </section>`;
  }

  private renderForm(data: Saved<K>, texts: RecipientsTexts): TemplateResult {
    const catalog = this.catalog;
    const form = this.edits;
    const resource = form.resource ?? data;
    const { text, options } = form.values ?? this.valuesOf(resource);
    const problems = this.serverProblems();
    // Said on the field once Save was pressed, like the settings' own problems; the hint's place
    // makes it the textarea's description, so focus on the field reads it.
    const missing = form.attempted ? this.receiversProblem({ text, options }) : null;
    const latest = form.latest;
    return html`<form class="form" novalidate @submit=${form.onSubmit}>
      <div class="groups">
        <fieldset class="group" part="toggles">
          <legend class="group-title">${texts.togglesLegend}</legend>
          <div class="group-body">${this.renderToggles(resource, options)}</div>
        </fieldset>
        <fieldset class="group" part="recipients">
          <legend class="group-title">${texts.recipientsLegend}</legend>
          <div class="group-body">
            ${renderPrimary(catalog, data.primaryContactEmail, texts.primaryNote)}
            <kayse-email-list-editor
              class=${missing ? 'missing' : ''}
              label=${texts.extraLabel}
              hint=${missing ?? ''}
              ?invalid=${missing !== null}
              .value=${live(text)}
              .primaryEmail=${data.primaryContactEmail}
              .serverErrors=${problems.lines}
              ?disabled=${this.formDisabled}
              @input=${this.handleRecipientsInput}
            ></kayse-email-list-editor>
          </div>
        </fieldset>
      </div>
      ${this.renderSummary(resource, options, this.parsed(text).addresses.length, true)} ${renderOtherErrors(problems.others)}
      <div class="actions">
        <button class="button primary save" type="submit" aria-disabled=${form.saving || this.formDisabled ? 'true' : 'false'}>${catalog.save}</button>
        <button class="button reset" type="button" aria-disabled=${form.dirty && !form.saving && !this.formDisabled ? 'false' : 'true'} @click=${form.onReset}>${catalog.reset}</button>
        <span class="dirty">${form.dirty ? catalog.unsavedChanges : nothing}</span>
      </div>
      ${renderFormProblem(form.problem, catalog)} ${latest ? html`<p class="their-version">${this.describeLatest(latest)}</p>` : nothing}
      ${saveStatus(form.outcome, catalog, { loadLatest: form.onLoadLatest, saveOver: form.onSaveOver })}
    </form>`;
  }
}
