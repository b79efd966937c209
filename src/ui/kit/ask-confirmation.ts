import type { ReactiveElement } from 'lit';
import { loadOnce } from '../../core/load-once.js';
import type { KayseConfirmDialog } from './confirm-dialog.js';

const loadConfirmDialog = loadOnce(() => import('./define-confirm-dialog.js'));

/**
 * Asks the question of the `<kayse-confirm-dialog>` the host renders. The dialog's element is
 * its own chunk, loaded on the first question of the page (most visits never ask one), while
 * the host renders the question's words. If the chunk cannot be loaded (offline), the
 * browser's own confirm asks the same words, so the user still decides and nothing typed is
 * lost; a host that rendered no dialog gets no.
 */
export async function askConfirmation(host: ReactiveElement): Promise<boolean> {
  const [loaded] = await Promise.all([
    loadConfirmDialog().then(
      () => true,
      () => false,
    ),
    host.updateComplete,
  ]);
  const dialog = host.renderRoot.querySelector<KayseConfirmDialog>('kayse-confirm-dialog');
  if (!dialog) return false;
  return loaded ? dialog.ask() : window.confirm(questionOf(dialog));
}

/** The words of a dialog's question as plain text: its heading, then its body. */
export const questionOf = (dialog: Element): string =>
  [dialog.getAttribute('heading'), dialog.textContent?.trim()].filter((part) => part !== null && part !== undefined && part !== '').join('\n\n');
