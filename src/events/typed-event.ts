/**
 * The base of our event classes: a `CustomEvent` that bubbles, whose type is the class's static
 * `eventName` and whose reach is its static `init` (crossing shadow roots, cancelable). A
 * subclass states only those and its detail, so `new KayseSaveEvent(detail)` cannot be sent
 * under another name or with other flags than the ones its listeners rely on.
 */
export abstract class TypedEvent<D> extends CustomEvent<D> {
  /** The event's type: `addEventListener(KayseSaveEvent.eventName, …)`. */
  static readonly eventName: string;
  /** How far it goes beyond bubbling; by default it stays in its shadow root and cannot be cancelled. */
  static readonly init: Omit<EventInit, 'bubbles'> = {};

  constructor(detail: D) {
    super(new.target.eventName, { ...new.target.init, detail, bubbles: true });
  }
}
