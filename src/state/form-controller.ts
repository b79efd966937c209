import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SaveFlow, type SaveOutcome, type SaveStatus } from './save-flow.js';
import type { SectionConnection } from './section-connection.js';
import { SAVE_AFFECTS, type Resources, type SaveBody, type Saved, type SaveKey } from './store.js';
import { UnsavedChangesController } from './unsaved-changes.js';

/** Why a press of Save sent nothing. */
export type FormProblem = { readonly kind: 'fix'; readonly count: number } | { readonly kind: 'no_changes' };

/** The pure rules of one form: which resource it edits, its values, and the body a save sends. */
export interface FormRules<K extends SaveKey, T, V> {
  /** The resource saved; its section is the one named in `kayse-save` and `kayse-error`. */
  readonly key: K;
  /** The edited resource within the element's loaded data. */
  resourceOf(data: T): Saved<K>;
  /** The values a resource shows in the form. */
  valuesOf(resource: Saved<K>): V;
  /** Whether saving `values` would change `base`. */
  differs(values: V, base: Saved<K>): boolean;
  /** The PUT body, or null when these values cannot be sent (the checks say why). */
  bodyOf(values: V, base: Saved<K>): SaveBody<K> | null;
}

/** What only the element can do around a save: check its fields, ask, move focus, reset its own field state. */
export interface FormHooks<K extends SaveKey, V> {
  /** Shows every problem of `values` before any request; returns how many there are. */
  check?(values: V, base: Saved<K>): number;
  /** Asks the user to confirm a consequential save (a dialog); false cancels it. */
  confirm?(values: V, base: Saved<K>): Promise<boolean>;
  /** After every reset (Reset, a host form's reset, loading their version): the element's own field state goes too. */
  afterReset?(): void;
  /** After a successful save: the element's own field state starts afresh. */
  afterSave?(): void;
  /** While true (a host `<fieldset disabled>`), presses of Save, Reset and the 409 choices do nothing. */
  disabled?(): boolean;
  /** Moves focus to the first problem: after failed checks (`null`) or to a field the server refused. */
  focus?(path: string | null): void;
}

type FormSpec<K extends SaveKey, T, V> = FormRules<K, T, V> & FormHooks<K, V>;

type Draft<K extends SaveKey, V> = { readonly values: V; readonly base: Saved<K> };

/** Whether two versions of a resource say the same, their version numbers aside. */
const sameContent = (a: { readonly version: number }, b: { readonly version: number }): boolean =>
  JSON.stringify({ ...a, version: 0 }) === JSON.stringify({ ...b, version: 0 });

/** Input types whose Enter submits a native form (implicit submission); a textarea's makes a line. */
const SINGLE_LINE = new Set(['text', 'email', 'number', 'search', 'tel', 'url', 'password', 'date', 'month']);

/**
 * The whole life of one editable resource in a form element, as Shoelace's form control
 * controller is for its inputs: the draft and the version it was edited from (kept through
 * every failure), the checks and the confirmation before a save, the save itself (one at a
 * time, an idempotency key per user save), 422 messages by field path, the 409 choice (load
 * theirs into the shared cache, or save over it), the saved value kept on screen while the
 * reload it caused runs, the browser's leave warning while dirty, a draft dropped when access
 * falls to read-only, and Enter in a single-line field submitting as a native form does.
 */
export class FormController<K extends SaveKey, T, V> implements ReactiveController {
  private readonly flow: SaveFlow<K>;
  private readonly unsaved: UnsavedChangesController;
  private draft: Draft<K, V> | null = null;
  /** What was just saved, and the loaded value it replaces: shown until the reload delivers. */
  private held: { readonly value: Saved<K>; readonly replaces: unknown } | null = null;
  private submitting = false;

  /** Why the last press of Save sent nothing, until the next edit. */
  problem: FormProblem | null = null;
  /** A save was tried since the last successful save or reset: checks show their messages from then on. */
  attempted = false;

  private readonly spec: FormSpec<K, T, V>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly connection: SectionConnection<T>,
    rules: FormRules<K, T, V>,
    hooks: FormHooks<K, V> = {},
  ) {
    this.spec = { ...rules, ...hooks };
    this.flow = new SaveFlow(host, rules.key, rules.key);
    this.unsaved = new UnsavedChangesController(host);
    host.addController(this);
  }

  /** The resource the form shows and saves from: the draft's starting point, else what was just saved, else the loaded one. */
  get resource(): Saved<K> | null {
    if (this.draft) return this.draft.base;
    const held = this.held;
    if (held && held.replaces === this.connection.loaded) return held.value;
    const data = this.connection.data;
    return data === null ? null : this.spec.resourceOf(data);
  }

  /** The values the form shows: the user's edits, else the resource's. */
  get values(): V | null {
    if (this.draft) return this.draft.values;
    const resource = this.resource;
    return resource ? this.spec.valuesOf(resource) : null;
  }

  /** Whether the form holds edits that are not saved. */
  get dirty(): boolean {
    return this.draft !== null && this.spec.differs(this.draft.values, this.draft.base);
  }

  get status(): SaveStatus {
    return this.flow.status;
  }

  get saving(): boolean {
    return this.flow.saving || this.submitting;
  }

  /** How the last save went, for the save status line. */
  get outcome(): SaveOutcome<K> {
    return this.flow;
  }

  /** The server's latest resource after a 409, until the user chooses. */
  get latest(): Saved<K> | null {
    return this.flow.status === 'conflict' ? this.flow.latest : null;
  }

  /** The server's 422 messages by path, each until the user edits its field. */
  get fieldErrors(): Readonly<Record<string, string>> {
    return this.flow.fieldErrors;
  }

  /** The 422 messages on paths this form does not show as a field (a newer server's), so none goes unsaid. */
  otherErrors(shown: (path: string) => boolean): readonly string[] {
    return Object.entries(this.flow.fieldErrors)
      .filter(([path]) => !shown(path))
      .map(([, message]) => message);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
  }

  hostUpdate(): void {
    // Access can drop to read-only on a reload; edits nobody can save are not worth a leave warning.
    if (this.draft && this.connection.permission !== null && this.connection.permission !== 'edit') this.setDraft(null);
  }

  /** A user's edit of `fields`: their server messages go, and the last save's outcome is forgotten (a 409's choice stays). */
  edit(change: Partial<V>, fields: readonly string[]): void {
    const base = this.resource;
    const values = this.values;
    if (!base || values === null) return;
    this.setDraft({ values: { ...values, ...change }, base });
    this.flow.forgetFields(fields);
    this.problem = null;
    if (this.flow.status === 'saved' || this.flow.status === 'failed') this.flow.clearStatus();
    this.host.requestUpdate();
  }

  /** Back to the saved values; the outcome of the last save is forgotten. */
  reset(): void {
    this.setDraft(null);
    this.problem = null;
    this.attempted = false;
    this.flow.clear();
    this.spec.afterReset?.();
  }

  /** Checks, asks when the spec wants to, then saves the edits; does nothing while a save runs. */
  async submit(): Promise<void> {
    const base = this.resource;
    const values = this.values;
    if (!base || values === null || this.saving || this.spec.disabled?.() || this.connection.permission !== 'edit') return;
    this.attempted = true;
    const count = this.spec.check?.(values, base) ?? 0;
    if (count > 0) {
      this.problem = { kind: 'fix', count };
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.spec.focus?.(null);
      return;
    }
    if (!this.spec.differs(values, base)) {
      this.problem = { kind: 'no_changes' };
      this.host.requestUpdate();
      return;
    }
    this.problem = null;
    // From the first press, the confirmation included: a second press does nothing.
    this.submitting = true;
    this.host.requestUpdate();
    try {
      if (this.spec.confirm && !(await this.spec.confirm(values, base))) return;
      await this.save(values, base);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  /** After a 409: the server's version into the shared cache (every element follows), the edits dropped. */
  loadLatest(): void {
    const latest = this.latest;
    const store = this.connection.store;
    if (!latest || !store || this.spec.disabled?.()) return;
    const edited = this.draft?.base ?? null;
    this.reset();
    // Every save answers with the resource it saved: `Saved<K>` is `Resources[K]` key by key.
    store.put(this.spec.key, latest as Resources[K]);
    // The other admin's save changed what it affects too, which the cache may predate; a
    // version that differs only in its number changed nothing else.
    if (!edited || !sameContent(edited, latest)) store.invalidate(SAVE_AFFECTS[this.spec.key]);
  }

  /** After a 409: the edits saved again over the server's version, with its version; what was confirmed stays confirmed. */
  saveOver(): void {
    const latest = this.latest;
    const draft = this.draft;
    if (!latest || !draft || this.spec.disabled?.()) return;
    // Their version already says what the user chose: nothing is left to save.
    if (!this.spec.differs(draft.values, latest)) {
      this.loadLatest();
      return;
    }
    this.setDraft({ values: draft.values, base: latest });
    void this.save(draft.values, latest);
  }

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  readonly onReset = (): void => {
    // The save on its way was sent with these edits; dropping them now would misstate its outcome.
    if (!this.flow.saving && !this.spec.disabled?.()) this.reset();
  };

  readonly onLoadLatest = (): void => this.loadLatest();

  readonly onSaveOver = (): void => this.saveOver();

  private async save(values: V, base: Saved<K>): Promise<void> {
    const store = this.connection.store;
    const body = this.spec.bodyOf(values, base);
    if (!store || !body) return;
    const draft = this.draft;
    const replaces = this.connection.loaded;
    const saved = await this.flow.save(store, body);
    if (saved) {
      this.held = { value: saved, replaces };
      // Typing went on while it saved: keep that, now based on what was saved.
      this.setDraft(this.draft === draft || !this.draft ? null : { values: this.draft.values, base: saved });
      this.problem = null;
      this.attempted = false;
      this.spec.afterSave?.();
      return;
    }
    const [first] = Object.keys(this.flow.fieldErrors);
    if (first === undefined) return;
    await this.host.updateComplete;
    this.spec.focus?.(first);
  }

  private setDraft(draft: Draft<K, V> | null): void {
    this.draft = draft;
    this.unsaved.dirty = this.dirty;
    this.host.requestUpdate();
  }

  /** Enter in a kit field's inner input submits the form around it, as in a native form's own inputs. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    const path = event.composedPath();
    const input = path[0];
    if (!(input instanceof HTMLInputElement) || !SINGLE_LINE.has(input.type)) return;
    const form = path.find((node): node is HTMLFormElement => node instanceof HTMLFormElement);
    // An input of the form's own tree already submits it natively.
    if (!form || input.form === form) return;
    event.preventDefault();
    form.requestSubmit();
  };
}
