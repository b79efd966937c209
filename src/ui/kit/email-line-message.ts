import type { EmailLineError } from '../../core/email-list.js';
import type { KitStrings } from '../../i18n/parts/kit.js';

/** The sentence for a refused line of an email list, as the editor shows it and a form reports it. */
export function emailLineMessage(error: EmailLineError, catalog: KitStrings, max: number): string {
  switch (error.code) {
    case 'invalid':
      return catalog.emailInvalid(error.line);
    case 'too_long':
      return catalog.emailTooLong(error.line);
    case 'duplicate':
      return catalog.emailDuplicate(error.line, error.firstLine ?? error.line);
    case 'primary':
      return catalog.emailPrimary(error.line);
    case 'too_many':
      return catalog.emailTooMany(error.line, max);
  }
}
