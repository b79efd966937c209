import type { CatalogPart } from '../catalog.js';
import type { kit as en } from '../en/kit.js';

// Spanish of ../en/kit.ts: the UI kit's pieces.
export const kit: CatalogPart<typeof en> = {
  cancel: 'Cancelar',
  confirm: 'Confirmar',
  close: 'Cerrar',
  on: 'Activado',
  off: 'Desactivado',
  search: 'Buscar',
  noMatches: 'Sin resultados',
  optionsCount: (count: number) => (count === 1 ? '1 opción' : `${count} opciones`),
  moneyEmpty: 'Ingresa un monto.',
  // No example figure: its separators would be wrong in half of the Spanish locales (es vs es-MX).
  moneyInvalid: 'Ingresa el monto solo con cifras, como en tu configuración regional.',
  moneyTooManyDecimals: (digits: number) =>
    digits === 0 ? 'Esta moneda no usa decimales.' : `Usa como máximo ${digits} ${digits === 1 ? 'decimal' : 'decimales'}.`,
  moneyNegative: 'Ingresa un monto de cero o más.',
  moneyTooLarge: 'Este monto es demasiado alto.',
  emailInvalid: (line: number) => `Línea ${line}: no es una dirección de correo válida.`,
  emailTooLong: (line: number) => `Línea ${line}: una dirección de correo puede tener como máximo 254 caracteres.`,
  emailDuplicate: (line: number, firstLine: number) => `Línea ${line}: ya se ingresó en la línea ${firstLine}.`,
  emailPrimary: (line: number) => `Línea ${line}: es el contacto principal, que ya recibe estos correos.`,
  emailTooMany: (line: number, max: number) => `Línea ${line}: como máximo ${max} destinatarios.`,
  emailServerError: (line: number, message: string) => `Línea ${line}: ${message}`,
  emailListHint: 'Una dirección de correo por línea.',
  emailCount: (count: number, max: number) => `${count} de ${max} destinatarios`,
  statusNoCap: 'Sin límite',
  statusWithinCap: 'Dentro del límite',
  statusNearCap: 'Cerca del límite',
  statusCapReached: 'Límite alcanzado',
  percentOfCap: (percent: string) => `${percent} del límite usado`,
  tableSortedAscending: 'orden ascendente',
  tableSortedDescending: 'orden descendente',
  tableSortBy: (column: string) => `Ordenar por ${column}`,
  emailListEmpty: 'Sin destinatarios.',
};
