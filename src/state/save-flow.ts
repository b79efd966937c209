import type { ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../api/api-error.js';
import type { Section } from '../api/schemas.js';
import { KayseErrorEvent, KayseSaveEvent } from '../events/events.js';
import type { BillingStore, SaveBody, Saved, SaveKey } from './store.js';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** How the last save went, as the save status line reads it. */
export interface SaveOutcome<K extends SaveKey> {
  readonly status: SaveStatus;
  readonly error: ApiError | null;
  /** The server's latest resource after a 409, until the user chooses. */
  readonly latest: Saved<K> | null;
}

const asApiError = (caught: unknown): ApiError =>
  isApiError(caught) ? caught : new ApiError({ kind: 'invalid_response', message: String(caught), cause: caught });

/**
 * One resource's save: one at a time, one idempotency key per user save (kept while the same
 * body is sent again after a failure, so a save that reached the server before the network
 * dropped is not applied twice), `kayse-save` / `kayse-error` on the host, and on a 409 the
 * server's latest resource. Part of `FormController`; forms never hold it themselves.
 */
export class SaveFlow<K extends SaveKey> implements SaveOutcome<K> {
  status: SaveStatus = 'idle';
  error: ApiError | null = null;
  /** 422 problems by path (`recipients.2`, `refillAmount`). */
  fieldErrors: Readonly<Record<string, string>> = {};
  latest: Saved<K> | null = null;

  private idempotency: { readonly key: string; readonly body: string } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: K,
    private readonly section: Section,
  ) {}

  get saving(): boolean {
    return this.status === 'saving';
  }

  /** Saves `body`; resolves with the saved resource, or null when it failed (the reason is on this object) or a save was running. */
  async save(store: BillingStore, body: SaveBody<K>): Promise<Saved<K> | null> {
    if (this.saving) return null;
    const serialized = JSON.stringify(body);
    if (this.idempotency?.body !== serialized) this.idempotency = { key: crypto.randomUUID(), body: serialized };
    this.set({ status: 'saving', error: null, fieldErrors: {}, latest: null });
    try {
      const saved = await store.save(this.key, body, { idempotencyKey: this.idempotency.key });
      this.idempotency = null;
      this.set({ status: 'saved' });
      this.host.dispatchEvent(new KayseSaveEvent({ section: this.section, value: saved }));
      return saved;
    } catch (caught) {
      const error = asApiError(caught);
      // A rejected body (422, 409) will not be retried as-is; a new attempt gets a new key.
      if (error.kind === 'validation' || error.kind === 'conflict') this.idempotency = null;
      this.set({
        status: error.kind === 'conflict' ? 'conflict' : 'failed',
        error,
        fieldErrors: error.fields,
        // The client parsed it with this resource's schema at the boundary (the `BillingApi` promise).
        latest: error.kind === 'conflict' && error.current !== undefined ? (error.current as Saved<K>) : null,
      });
      this.host.dispatchEvent(new KayseErrorEvent({ section: this.section, operation: 'save', error }));
      return null;
    }
  }

  /** Forgets the outcome of the last save (the user resets). */
  clear(): void {
    this.set({ status: 'idle', error: null, fieldErrors: {}, latest: null });
  }

  /** Forgets "Saved." or a failure once the user edits again; the 422 messages stay with their fields. */
  clearStatus(): void {
    this.set({ status: 'idle', error: null });
  }

  /** Forgets the 422 messages of these paths (and their sub-paths: `recipients` covers `recipients.2`). */
  forgetFields(paths: readonly string[]): void {
    const kept = Object.entries(this.fieldErrors).filter(([path]) => !paths.some((edited) => path === edited || path.startsWith(`${edited}.`)));
    if (kept.length !== Object.keys(this.fieldErrors).length) this.set({ fieldErrors: Object.fromEntries(kept) });
  }

  private set(values: Partial<Pick<SaveFlow<K>, 'status' | 'error' | 'fieldErrors' | 'latest'>>): void {
    Object.assign(this, values);
    this.host.requestUpdate();
  }
}
