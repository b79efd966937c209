import { FREQUENCIES } from '../../api/enums.js';
import type { ScheduledEmails } from '../../api/schemas.js';
import type { SaveDetail } from '../../events/events.js';
import { nobodyReceives, type Receivers } from '../recipients-form/recipients-rules.js';

/** A frequency a save may send (the contract's request enum is closed). */
export type Frequency = (typeof FREQUENCIES)[number];

/** The schedule as the user edits it; `frequency` may be one the server sent and this version does not know. */
export type ScheduleOptions = { readonly enabled: boolean; readonly frequency: string };

export const isFrequency = (value: string): value is Frequency => (FREQUENCIES as readonly string[]).includes(value);

/** The detail of `<kayse-scheduled-emails>`'s `kayse-save`: the section and the settings as the server saved them. */
export type ScheduledEmailsSaveDetail = SaveDetail<ScheduledEmails>;

/** Why the recipients cannot take a schedule as it stands, by name: emails switched on that nobody would receive. */
export type ScheduleRecipientsProblem = 'no_recipient';

/** The schedule's rule on its recipients: on means someone receives it; off may have nobody. */
export function scheduleRecipientsProblem(options: ScheduleOptions, receivers: Receivers): ScheduleRecipientsProblem | null {
  return nobodyReceives(options.enabled, receivers) ? 'no_recipient' : null;
}
