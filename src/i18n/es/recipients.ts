import type { CatalogPart } from '../catalog.js';
import type { recipients as en } from '../en/recipients.js';

// Spanish of ../en/recipients.ts: the recipients editor of the alerts and scheduled-emails forms.
export const recipients: CatalogPart<typeof en> = {
  recipientsPrimary: 'Contacto principal',
  recipientsNoPrimary: 'Sin definir',
  recipientsFix: (count: number) =>
    count === 1
      ? 'Corrige el problema marcado arriba y vuelve a guardar.'
      : `Corrige los ${count} problemas marcados arriba y vuelve a guardar.`,
  recipientsNoChanges: 'No hay cambios que guardar.',
  recipientsInvalid: (first: string, count: number) => (count === 1 ? first : `${first} (hay que corregir ${count} líneas)`),
  recipientsServerProblem: (field: string, message: string) => `${field}: ${message}`,
  recipientsMore: (formatted: string) => `${formatted} más`,
  recipientsTheirList: (count: number, formatted: string, list: string) =>
    count === 0
      ? 'ningún destinatario adicional'
      : `${count === 1 ? '1 destinatario adicional' : `${formatted} destinatarios adicionales`} (${list})`,
};
