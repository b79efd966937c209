import type { ApiError } from '../api/api-error.js';
import type { Section } from '../api/schemas.js';

// Each event is a CustomEvent subclass so hosts that read `event.detail` (React, Vue, Angular)
// and TypeScript hosts that want the class both get what they expect. All bubble and cross
// shadow roots, so a listener on the host page hears elements nested in other elements.

export interface SaveDetail<T = unknown> {
  readonly section: Section;
  /** The saved resource as the server returned it. */
  readonly value: T;
}

/** A user's change was saved. Never fired for values set by code. */
export class KayseSaveEvent<T = unknown> extends CustomEvent<SaveDetail<T>> {
  static readonly eventName = 'kayse-save';
  constructor(detail: SaveDetail<T>) {
    super(KayseSaveEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface ErrorDetail {
  readonly section: Section;
  /** What failed: `load` of the section or a user's `save`. */
  readonly operation: 'load' | 'save';
  readonly error: ApiError;
}

/** A failure was shown to the user, so a host can log it. */
export class KayseErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'kayse-error';
  constructor(detail: ErrorDetail) {
    super(KayseErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface DownloadDetail {
  readonly fileName: string;
  readonly rowCount: number;
  readonly blob: Blob;
}

/** A CSV file is about to be saved; cancel it (`preventDefault()`) to take over the download. */
export class KayseDownloadEvent extends CustomEvent<DownloadDetail> {
  static readonly eventName = 'kayse-download';
  constructor(detail: DownloadDetail) {
    super(KayseDownloadEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

export interface NavigateDetail {
  readonly section: Section;
}

/** The user asked to go to another section (the cap-reached notice's "Change the cap"). */
export class KayseNavigateEvent extends CustomEvent<NavigateDetail> {
  static readonly eventName = 'kayse-navigate';
  constructor(detail: NavigateDetail) {
    super(KayseNavigateEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kayse-save': KayseSaveEvent;
    'kayse-error': KayseErrorEvent;
    'kayse-download': KayseDownloadEvent;
    'kayse-navigate': KayseNavigateEvent;
  }
}
