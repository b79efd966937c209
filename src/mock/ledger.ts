import type { WalletTransaction, WalletTransactionPage } from '../api/schemas.js';
import { addDays, type Day } from '../core/calendar.js';
import { err, ok, type Result } from '../core/result.js';
import { hashParts } from './prng.js';
import type { UsageBook } from './usage-book.js';
import { dayPostings, morningRefill, refillPosting, type Posting } from './wallet-postings.js';

/** The most transactions a generated history may hold. */
export const MAX_TRANSACTIONS = 100_000;

/** What the history is written from; all of it is fixed when the ledger is built. */
export interface LedgerConfig {
  readonly seed: number;
  /** How many transactions the history holds before any that are appended later. */
  readonly count: number;
  /** The usage the history's debits and credits are read from. */
  readonly usage: UsageBook;
  /** The newest day of the history (today's postings are its newest). */
  readonly today: Day;
  readonly timezone: string;
  /** The refill settings the history was written with (later settings do not rewrite it). */
  readonly refillAmount: number;
  readonly refillThreshold: number;
  /** The balance after the newest transaction (the wallet's balance). */
  readonly balance: number;
}

/** A transaction to add at the newest end (the simulator's days). */
export type NewTransaction = Posting;

interface Written {
  readonly posting: Posting;
  /** The balance after it, before any shift by `setBalance`. */
  readonly balance: number;
}

/**
 * The wallet's transaction history, written backwards from today's balance, day by day, from
 * the usage book: each day's usage debits (exactly the day's cost), courtesy credits, a
 * correction now and then, and the refills that balance implies (`morningRefill`). So the
 * month's debits are the month's spend, and every balance follows from the one before. Days
 * are written only as far back as a page asks (a 100 000-entry history costs nothing until
 * paged). Positions count from the oldest (1) to the newest (`size`); ids and cursors name
 * them, so a cursor stays good while the simulator appends new days at the top.
 */
export class Ledger {
  /** Newest first: written[0] is the newest generated transaction. */
  private written: Written[] = [];
  private nextDay: Day;
  /** The balance at the end of `nextDay`, the next (older) day to write. */
  private endOfNextDay: number;
  private writtenFor: number;
  private readonly appended: { entry: Posting; balance: number }[] = [];
  private readonly tag: string;
  private offset = 0;

  constructor(private readonly config: LedgerConfig) {
    if (!Number.isInteger(config.count) || config.count < 0 || config.count > MAX_TRANSACTIONS) {
      throw new RangeError(`transactionCount must be a whole number from 0 to ${MAX_TRANSACTIONS}, got ${config.count}`);
    }
    this.nextDay = config.today;
    this.endOfNextDay = config.balance;
    this.writtenFor = config.usage.version;
    this.tag = hashParts(config.seed, config.count, config.today, 'ledger').toString(36);
  }

  /** How many transactions there are. */
  get size(): number {
    return this.config.count + this.appended.length;
  }

  /** The balance after the newest transaction. */
  get balance(): number {
    return this.appended.at(-1)?.balance ?? this.config.balance + this.offset;
  }

  /** Sets the current balance by shifting every balance; amounts and the chain stay as they are. */
  setBalance(balance: number): void {
    const shift = balance - this.balance;
    this.offset += shift;
    for (const item of this.appended) item.balance += shift;
  }

  /** Adds a transaction at the newest end. */
  append(entry: NewTransaction): WalletTransaction {
    this.appended.push({ entry, balance: this.balance + entry.amount });
    return this.at(this.size);
  }

  /** The transaction at a position (1 = oldest). */
  at(position: number): WalletTransaction {
    const { count } = this.config;
    if (position > count) {
      const item = this.appended[position - count - 1];
      if (item === undefined) throw new RangeError(`No transaction at ${position}`);
      return transaction(position, item.entry, item.balance);
    }
    const written = this.writtenAt(count - position);
    if (written === undefined || position < 1) throw new RangeError(`No transaction at ${position}`);
    return transaction(position, written.posting, written.balance + this.offset);
  }

  /** A page, newest first, from a cursor (or the newest), of the given types only (or all). */
  page(query: { limit: number; cursor?: string; types?: ReadonlySet<string> }): Result<WalletTransactionPage, 'unknown_cursor'> {
    let position = this.size;
    if (query.cursor !== undefined) {
      const decoded = this.decode(query.cursor);
      if (decoded === null) return err('unknown_cursor');
      position = decoded;
    }
    const matches = (p: number): boolean => query.types === undefined || query.types.has(this.typeAt(p));
    const items: WalletTransaction[] = [];
    for (; position >= 1 && items.length < query.limit; position--) {
      if (matches(position)) items.push(this.at(position));
    }
    // Looking ahead to the next match lets the last page say so (nextCursor null) at once.
    while (position >= 1 && !matches(position)) position--;
    return ok({ items, nextCursor: position >= 1 ? this.encode(position) : null });
  }

  private typeAt(position: number): string {
    if (position > this.config.count) return this.appended[position - this.config.count - 1]?.entry.type ?? '';
    return this.writtenAt(this.config.count - position)?.posting.type ?? '';
  }

  /** The generated transaction `index` places back from the newest, writing days until it exists. */
  private writtenAt(index: number): Written | undefined {
    // A pinned cost or a pause changed the days: what was written from them is rewritten.
    if (this.writtenFor !== this.config.usage.version) {
      this.written = [];
      this.nextDay = this.config.today;
      this.endOfNextDay = this.config.balance;
      this.writtenFor = this.config.usage.version;
    }
    while (this.written.length <= index && this.written.length < this.config.count) this.writeDay();
    return this.written[index];
  }

  private writeDay(): void {
    const { usage, timezone } = this.config;
    const day = this.nextDay;
    let balance = this.endOfNextDay;
    for (const posting of dayPostings(usage, day, timezone).reverse()) {
      this.written.push({ posting, balance });
      balance -= posting.amount;
    }
    const refill = morningRefill(balance, this.config, usage, day);
    if (refill !== null) {
      this.written.push({ posting: refillPosting(day, timezone, this.config.refillAmount, refill === 'manual'), balance });
      balance -= this.config.refillAmount;
    }
    this.endOfNextDay = balance;
    this.nextDay = addDays(day, -1);
  }

  private encode(position: number): string {
    return base64Url(`${this.tag}.${position}`);
  }

  private decode(cursor: string): number | null {
    let text: string;
    try {
      text = fromBase64Url(cursor);
    } catch {
      return null;
    }
    const [tag, digits, ...rest] = text.split('.');
    if (tag !== this.tag || digits === undefined || rest.length > 0 || !/^[1-9]\d*$/.test(digits)) return null;
    const position = Number(digits);
    return position <= this.size ? position : null;
  }
}

function transaction(position: number, entry: NewTransaction, balanceAfter: number): WalletTransaction {
  const item: WalletTransaction = { id: `t_${position}`, type: entry.type, date: entry.date, amount: entry.amount, balanceAfter };
  if (entry.note !== undefined) item.note = entry.note;
  return item;
}

function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new RangeError('Not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return atob(padded);
}
