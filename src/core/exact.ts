// Integer arithmetic on money that stays exact beyond 2^53, for the rules that multiply
// two amounts (a percentage of a cap, of a refill amount).

/** A whole amount as a BigInt; a fraction is a bug upstream, reported with the value's name. */
export function bigAmount(amount: number, name: string): bigint {
  if (!Number.isInteger(amount)) throw new RangeError(`${name} must be an integer amount, got ${amount}`);
  return BigInt(amount);
}

/** Division rounded towards −∞ (BigInt's own `/` truncates towards zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Division rounded towards +∞. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}
