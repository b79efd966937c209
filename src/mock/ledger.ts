import type { WalletTransaction, WalletTransactionPage } from '../api/schemas.js';
import { err, ok, type Result } from '../core/result.js';
import { fromUsdCents } from './money-scale.js';
import { hashParts, intBetween, randomFor } from './prng.js';

/** The most transactions a generated history may hold. */
export const MAX_TRANSACTIONS = 100_000;

/** What the generated history is made from; all of it is fixed when the ledger is built. */
export interface LedgerConfig {
  readonly seed: number;
  /** How many generated transactions precede any that are appended later. */
  readonly count: number;
  readonly currency: string;
  /** The refill amount the history was written with (later settings do not rewrite it). */
  readonly refillAmount: number;
  /** Where older cycles bottomed out before their refill, roughly. */
  readonly refillThreshold: number;
  /** The generated history ends before this instant (milliseconds since the epoch). */
  readonly endsBefore: number;
  /** The balance after the newest transaction (the wallet's balance). */
  readonly balance: number;
}

/** A transaction to add at the newest end (the simulator's usage and refills). */
export interface NewTransaction {
  readonly type: string;
  readonly amount: number;
  readonly date: string;
  readonly note?: string;
}

// A generated cycle, oldest first: a refill, then debits (and now and then a credit or a
// correction) that add up to minus the refill, so every cycle ends where the one before it
// did and a balance is a sum within one cycle, never over the whole history.
const CYCLE = 60;
const COURTESY_SLOT = 17;
const ADJUSTMENT_SLOT = 41;
const HOUR_MS = 3_600_000;
const MIN_GAP_MS = 10 * 60_000;
const CYCLE_CACHE_LIMIT = 256;

interface Entry {
  readonly type: string;
  readonly amount: number;
  readonly note?: string;
}

interface Cycle {
  readonly entries: readonly Entry[];
  /** balances[p]: the balance after entry p, relative to the cycle's starting balance. */
  readonly balances: readonly number[];
}

/**
 * The wallet's transaction history: up to 100 000 generated entries, each a pure function
 * of its position (computed only when asked for), plus entries appended by the simulator.
 * Positions count from the oldest (1) to the newest (`size`); ids and cursors name them, so
 * a cursor stays good while new entries arrive at the top.
 */
export class Ledger {
  private readonly cycles = new Map<number, Cycle>();
  private readonly appended: { entry: NewTransaction; balance: number }[] = [];
  /** Which generated position in its cycle the newest one is (0 = a refill). */
  private readonly phase: number;
  private readonly gapMs: number;
  private readonly tag: string;
  private offset: number;

  constructor(private readonly config: LedgerConfig) {
    if (!Number.isInteger(config.count) || config.count < 0 || config.count > MAX_TRANSACTIONS) {
      throw new RangeError(`transactionCount must be a whole number from 0 to ${MAX_TRANSACTIONS}, got ${config.count}`);
    }
    // About 8 hours apart for a year-long history; closer for long ones, so 100 000 span ~2 years.
    this.gapMs = Math.max(MIN_GAP_MS, (8 * HOUR_MS * Math.min(1, 1500 / Math.max(1, config.count))));
    this.phase = this.choosePhase();
    const newest = config.count > 0 ? this.cycle(0).balances[this.phase] ?? 0 : 0;
    this.offset = config.balance - newest;
    this.tag = hashParts(config.seed, config.count, config.endsBefore, 'ledger').toString(36);
  }

  /** How many transactions there are. */
  get size(): number {
    return this.config.count + this.appended.length;
  }

  /** The balance after the newest transaction. */
  get balance(): number {
    return this.appended.at(-1)?.balance ?? this.generatedHead();
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
    const { cycle, slot, index } = this.locate(position);
    const entry = cycle.entries[slot];
    const balance = cycle.balances[slot];
    if (entry === undefined || balance === undefined) throw new RangeError(`No transaction at ${position}`);
    return transaction(position, { ...entry, date: this.generatedDate(index) }, this.offset + balance);
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
    const { cycle, slot } = this.locate(position);
    return cycle.entries[slot]?.type ?? '';
  }

  private generatedHead(): number {
    if (this.config.count === 0) return this.offset;
    return this.offset + (this.cycle(0).balances[this.phase] ?? 0);
  }

  /** Which cycle and slot a generated position falls in; `index` counts from the newest (0). */
  private locate(position: number): { cycle: Cycle; slot: number; index: number } {
    const index = this.config.count - position;
    // Counted back from the newest, shifted so that the newest sits at `phase` in cycle 0.
    const back = index + (CYCLE - 1 - this.phase);
    const cycleNumber = Math.floor(back / CYCLE);
    const slot = CYCLE - 1 - (back % CYCLE);
    return { cycle: this.cycle(cycleNumber), slot, index };
  }

  private generatedDate(index: number): string {
    // Strictly decreasing with the index: consecutive dates differ by 0.1 to 1.9 gaps.
    const jitter = 0.05 + 0.9 * randomFor(this.config.seed, 'transaction-date', index)();
    const ms = this.config.endsBefore - (index + jitter) * this.gapMs;
    return instantText(Math.floor(ms / 1000) * 1000);
  }

  /** Where the newest entry sits in its cycle, so that older cycles bottom out near the threshold. */
  private choosePhase(): number {
    if (this.config.count === 0) return 0;
    const balances = this.cycle(0).balances;
    const wanted = this.config.balance - this.config.refillThreshold * 0.9;
    let best = CYCLE - 1;
    for (let slot = 0; slot < CYCLE; slot++) {
      const distance = Math.abs((balances[slot] ?? 0) - wanted);
      if (distance < Math.abs((balances[best] ?? 0) - wanted)) best = slot;
    }
    return best;
  }

  private cycle(cycleNumber: number): Cycle {
    let cycle = this.cycles.get(cycleNumber);
    if (cycle === undefined) {
      if (this.cycles.size >= CYCLE_CACHE_LIMIT) this.cycles.clear();
      cycle = generateCycle(this.config, cycleNumber);
      this.cycles.set(cycleNumber, cycle);
    }
    return cycle;
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

function generateCycle(config: LedgerConfig, cycleNumber: number): Cycle {
  const random = randomFor(config.seed, 'wallet-cycle', cycleNumber);
  const refill = config.refillAmount;
  const entries: (Entry | null)[] = new Array<Entry | null>(CYCLE).fill(null);
  entries[0] = { type: 'refill', amount: refill, note: random() < 0.15 ? 'Manual refill' : 'Automatic refill' };
  let credits = 0;
  if (random() < 0.4) {
    const amount = fromUsdCents(intBetween(random, 2, 10) * 500, config.currency);
    entries[COURTESY_SLOT] = { type: 'courtesy_credit', amount, note: 'Courtesy credit from Kayse billing' };
    credits += amount;
  }
  if (random() < 0.3) {
    const sign = random() < 0.5 ? -1 : 1;
    const amount = sign * fromUsdCents(intBetween(random, 5, 40) * 100, config.currency);
    entries[ADJUSTMENT_SLOT] = { type: 'adjustment', amount, note: 'Billing correction' };
    credits += amount;
  }
  // The debits take back the refill and the credits, split by random weights; the rounding
  // remainder goes to the last one so the cycle sums to exactly zero.
  const debitSlots = entries.flatMap((entry, slot) => (entry === null ? [slot] : []));
  const weights = debitSlots.map(() => 0.5 + random());
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const totalDebit = refill + credits;
  let assigned = 0;
  debitSlots.forEach((slot, i) => {
    const last = i === debitSlots.length - 1;
    const debit = last ? totalDebit - assigned : Math.floor((totalDebit * (weights[i] ?? 1)) / totalWeight);
    assigned += debit;
    entries[slot] = random() < 0.5 ? { type: 'usage', amount: -debit, note: 'Campaign usage' } : { type: 'usage', amount: -debit };
  });
  const finished = entries.map((entry) => entry ?? { type: 'usage', amount: 0 });
  let running = 0;
  const balances = finished.map((entry) => (running += entry.amount));
  return { entries: finished, balances };
}

function transaction(position: number, entry: NewTransaction, balanceAfter: number): WalletTransaction {
  const item: WalletTransaction = { id: `t_${position}`, type: entry.type, date: entry.date, amount: entry.amount, balanceAfter };
  if (entry.note !== undefined) item.note = entry.note;
  return item;
}

/** An instant as the contract writes it, to the second with `Z`. */
export function instantText(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function base64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new RangeError('Not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return atob(padded);
}
