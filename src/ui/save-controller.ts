import type { ReactiveControllerHost } from 'lit';
import { ApiError, isApiError } from '../api/api-error.js';
import { parseWith } from '../api/parse.js';
import { AlertSettings, Preferences, ScheduledEmails, SpendingCap, Wallet, type Section } from '../api/schemas.js';
import type { z } from '../api/zod.js';
import { KayseErrorEvent, KayseSaveEvent } from '../events/events.js';
import type { BillingStore, SaveBody, Saved, SaveKey } from '../state/store.js';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

// What a save answers, by resource: a 409's `current` is read with the same schema.
const savedSchemas = {
  preferences: Preferences,
  spendingCap: SpendingCap,
  alerts: AlertSettings,
  scheduledEmails: ScheduledEmails,
  wallet: Wallet,
} as const satisfies { readonly [K in SaveKey]: z.core.$ZodType<Saved<K>> };

/**
 * The save flow every form shares: one save at a time (a second press while saving does
 * nothing), one idempotency key per user save (kept while the same body is saved again after
 * a failure, so a save that reached the server before the network dropped is not applied
 * twice), field errors from a 422 by path, and on a 409 the server's latest resource for the
 * user to load or to save over, never touching what they typed.
 */
export class SaveController<K extends SaveKey> {
  status: SaveStatus = 'idle';
  error: ApiError | null = null;
  /** 422 problems by path (`recipients.2`, `refillAmount`). */
  fieldErrors: Readonly<Record<string, string>> = {};
  /** The server's latest resource after a 409, until the user chooses. */
  latest: Saved<K> | null = null;

  private idempotency: { readonly key: string; readonly body: string } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { readonly key: K; readonly section: Section },
  ) {}

  get saving(): boolean {
    return this.status === 'saving';
  }

  /**
   * Saves `body` through the store; resolves with the saved resource, or null when it failed
   * (the reason is on `status`, `error`, `fieldErrors` and `latest`) or a save was running.
   */
  async save(store: BillingStore, body: SaveBody<K>): Promise<Saved<K> | null> {
    if (this.saving) return null;
    const serialized = JSON.stringify(body);
    if (this.idempotency?.body !== serialized) this.idempotency = { key: crypto.randomUUID(), body: serialized };
    this.set({ status: 'saving', error: null, fieldErrors: {}, latest: null });
    try {
      const saved = await store.save(this.options.key, body, { idempotencyKey: this.idempotency.key });
      this.idempotency = null;
      this.set({ status: 'saved' });
      this.host.dispatchEvent(new KayseSaveEvent({ section: this.options.section, value: saved }));
      return saved;
    } catch (caught) {
      const error = isApiError(caught) ? caught : new ApiError({ kind: 'invalid_response', message: String(caught), cause: caught });
      const latest = error.kind === 'conflict' ? this.parseCurrent(error.current) : null;
      // A rejected body (422, 409) will not be retried as-is; a new attempt gets a new key.
      if (error.kind === 'validation' || error.kind === 'conflict') this.idempotency = null;
      this.set({ status: error.kind === 'conflict' ? 'conflict' : 'failed', error, fieldErrors: error.fields, latest });
      this.host.dispatchEvent(new KayseErrorEvent({ section: this.options.section, operation: 'save', error }));
      return null;
    }
  }

  /** Forgets the outcome of the last save (the user edits again, or resets). */
  clear(): void {
    this.set({ status: 'idle', error: null, fieldErrors: {}, latest: null });
  }

  /** The server's current resource from a 409, or null when it sent none usable. */
  private parseCurrent(current: unknown): Saved<K> | null {
    const parsed = parseWith(savedSchemas[this.options.key], current);
    return parsed.ok ? (parsed.value as Saved<K>) : null;
  }

  private set(values: Partial<Pick<SaveController<K>, 'status' | 'error' | 'fieldErrors' | 'latest'>>): void {
    Object.assign(this, values);
    this.host.requestUpdate();
  }
}
