import { TypedEvent } from '../../events/typed-event.js';

// The kit's events. They bubble but stay inside the shadow root of the element that renders
// the kit piece: a host page listening for `change` must never hear a billing element's
// internals (the public elements speak through their own `kayse-*` events). Each user action
// fires one event (the inner control's own event is stopped), and none fires for values set
// by code.

/** The new value after a user action. */
export interface ValueDetail<T> {
  readonly value: T;
}

/** An event whose detail is the new value. */
export abstract class ValueEvent<T> extends TypedEvent<ValueDetail<T>> {
  constructor(value: T) {
    super({ value });
  }
}

/** A user action changed the value (per keystroke for text fields). */
export class KitInputEvent<T> extends ValueEvent<T> {
  static override readonly eventName = 'input';
}

/** A user committed a value (toggled, picked, or left the field after editing). */
export class KitChangeEvent<T> extends ValueEvent<T> {
  static override readonly eventName = 'change';
}

export type SortDirection = 'ascending' | 'descending';

export interface SortDetail {
  readonly key: string;
  readonly direction: SortDirection;
}

/** The user sorted a table by a column. */
export class SortChangeEvent extends TypedEvent<SortDetail> {
  static override readonly eventName = 'sort-change';
}

export interface NearEndDetail {
  /** How many items the list holds now (the next page starts there). */
  readonly itemCount: number;
  /** Index of the last item in view. */
  readonly lastVisible: number;
}

/** A list came within a few items of its end: time to load the next page. */
export class NearEndEvent extends TypedEvent<NearEndDetail> {
  static override readonly eventName = 'near-end';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sort-change': SortChangeEvent;
    'near-end': NearEndEvent;
  }
}
