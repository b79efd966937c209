import type { MockFault } from './options.js';

/** Injected failures, matched per request in the order they were added. */
export class FaultBook {
  private faults: { fault: MockFault; left: number }[] = [];

  add(fault: MockFault): void {
    this.faults.push({ fault: { ...fault }, left: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults = [];
  }

  /** The faults that apply to this request; each use counts against its `times`. */
  take(method: string, path: string): MockFault[] {
    const taken: MockFault[] = [];
    for (const entry of this.faults) {
      const { route, method: wanted } = entry.fault;
      if (route !== undefined && route !== path) continue;
      if (wanted !== undefined && wanted !== method) continue;
      entry.left -= 1;
      taken.push(entry.fault);
    }
    this.faults = this.faults.filter((entry) => entry.left > 0);
    return taken;
  }
}

/** A copy of a JSON answer that no contract schema accepts: every value has the wrong type. */
export function corrupt(value: unknown): unknown {
  // Money as strings and text as numbers are the mistakes a real server makes; nulls are
  // kept (only nullable fields hold them) and an empty list turns to null, so that even
  // `{ items: [] }` stops parsing.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(corrupt);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, corrupt(inner)]));
  }
  return value;
}

/** Truncated JSON, as a proxy that cut an answer short would deliver. */
export function truncatedJson(text: string): string {
  return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
}
