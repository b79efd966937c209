import type { Saved } from '../../state/store.js';

/** The resources edited as "some switches plus extra recipients". */
export type RecipientsKey = 'alerts' | 'scheduledEmails';

/** The element's own settings beside the recipients (switches, a frequency), flat. */
export type RecipientsOptions = Readonly<Record<string, string | boolean>>;

/** What a recipients form loads: the settings it edits, and what else its hints read (null when nothing). */
export interface RecipientsData<K extends RecipientsKey, X> {
  readonly settings: Saved<K>;
  readonly context: X;
}

/** What the user edits: the recipients as typed, one per line, and the settings. */
export interface RecipientsValues<O extends RecipientsOptions> {
  readonly text: string;
  readonly options: O;
}

/** The server's 422 messages: by index of the addresses sent, and about anything else in words. */
export interface ServerProblems {
  readonly lines: Readonly<Record<number, string>>;
  readonly others: readonly string[];
}
