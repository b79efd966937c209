/**
 * `load` run once and its answer kept for every later call; a failure is not kept, so the next
 * call tries again (a chunk that failed on a network blip is not dead for the page).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
