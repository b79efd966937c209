/** An amount rounded to a number of significant digits, the way a person would set a cap. */
export function roundSignificant(amount: number, digits: number, mode: 'up' | 'down' | 'nearest'): number {
  if (amount <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(amount)) + 1 - digits);
  const round = mode === 'up' ? Math.ceil : mode === 'down' ? Math.floor : Math.round;
  return round(amount / step) * step;
}
