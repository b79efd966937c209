/**
 * A function that remembers its last call: the same arguments (each compared with `Object.is`)
 * give the same result without running it again. Views use it so a render that changes
 * nothing in the report neither regroups nor re-sorts 10 000 rows.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { readonly args: A; readonly result: R } | undefined;
  return (...args: A): R => {
    if (last !== undefined && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
