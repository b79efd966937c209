import { KitChangeEvent, KitInputEvent } from './events.js';

/** The value a kit piece's `input` or `change` carries, or undefined for an event that is not the kit's. */
export function kitValue(event: Event): unknown {
  if (!(event instanceof KitInputEvent || event instanceof KitChangeEvent)) return undefined;
  const value: unknown = event.detail.value;
  return value;
}
