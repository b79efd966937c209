import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Warns before the page is left while a form holds unsaved edits: the browser's own
 * `beforeunload` prompt, listened for only while there is something to lose, so a clean
 * form never stands in the way of the host's navigation or its back/forward cache.
 */
export class UnsavedChangesController implements ReactiveController {
  private isDirty = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Whether the form holds edits that are not saved. */
  get dirty(): boolean {
    return this.isDirty;
  }

  set dirty(value: boolean) {
    if (value === this.isDirty) return;
    this.isDirty = value;
    if (value) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // A removed form can no longer be saved; its edits are the host's to keep or drop.
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  hostConnected(): void {
    if (this.isDirty) window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older engines show the prompt only when returnValue is set.
    event.returnValue = '';
  };
}
