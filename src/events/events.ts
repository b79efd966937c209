import type { ApiError } from '../api/api-error.js';
import type { Section } from '../api/schemas.js';
import { TypedEvent } from './typed-event.js';

// Each event is a CustomEvent subclass so hosts that read `event.detail` (React, Vue, Angular)
// and TypeScript hosts that want the class both get what they expect. All bubble and cross
// shadow roots, so a listener on the host page hears elements nested in other elements.

export interface SaveDetail<T = unknown> {
  readonly section: Section;
  /** The saved resource as the server returned it. */
  readonly value: T;
}

/** A user's change was saved. Never fired for values set by code. */
export class KayseSaveEvent<T = unknown> extends TypedEvent<SaveDetail<T>> {
  static override readonly eventName = 'kayse-save';
  static override readonly init = { composed: true };
}

export interface ErrorDetail {
  readonly section: Section;
  /** What failed: `load` of the section or a user's `save`. */
  readonly operation: 'load' | 'save';
  readonly error: ApiError;
}

/** A failure was shown to the user, so a host can log it. */
export class KayseErrorEvent extends TypedEvent<ErrorDetail> {
  static override readonly eventName = 'kayse-error';
  static override readonly init = { composed: true };
}

export interface DownloadDetail {
  readonly fileName: string;
  readonly rowCount: number;
  readonly blob: Blob;
}

/** A CSV file is about to be saved; cancel it (`preventDefault()`) to take over the download. */
export class KayseDownloadEvent extends TypedEvent<DownloadDetail> {
  static override readonly eventName = 'kayse-download';
  static override readonly init = { composed: true, cancelable: true };
}

export interface NavigateDetail {
  readonly section: Section;
}

/** The user asked to go to another section (the cap-reached notice's "Change the cap"). */
export class KayseNavigateEvent extends TypedEvent<NavigateDetail> {
  static override readonly eventName = 'kayse-navigate';
  static override readonly init = { composed: true, cancelable: true };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kayse-save': KayseSaveEvent;
    'kayse-error': KayseErrorEvent;
    'kayse-download': KayseDownloadEvent;
    'kayse-navigate': KayseNavigateEvent;
  }
}
