/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Closes each part, so ('ab', 'c') and ('a', 'bc') hash apart.
const PART_END = 0x1f;

/** A 32-bit FNV-1a hash of the parts: every generated figure gets its own stable seed. */
export function hashParts(...parts: readonly (string | number)[]): number {
  let hash = FNV_OFFSET;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, FNV_PRIME);
    }
    hash ^= PART_END;
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast, and the same sequence in every JavaScript engine. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A generator seeded by the parts: a figure drawn from it is a pure function of them, so a
 * day or a transaction can be generated on demand, in any order, always the same.
 */
export function randomFor(...parts: readonly (string | number)[]): Random {
  return mulberry32(hashParts(...parts));
}

/** A whole number from min to max, both included. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One of the items, which must not be empty. */
export function pick<T>(random: Random, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}
