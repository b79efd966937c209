import type { CatalogPart } from '../catalog.js';
import type { preferences as en } from '../en/preferences.js';

// Spanish of ../en/preferences.ts: <kayse-billing-preferences>.
export const preferences: CatalogPart<typeof en> = {
  prefsHeading: 'Preferencias de facturación',
  prefsContactLegend: 'Contacto principal de facturación',
  prefsContactMeaning:
    'Recibe de forma predeterminada las alertas de facturación y los informes programados, además de los destinatarios adicionales que se indiquen allí.',
  prefsContactLabel: 'Contacto',
  prefsContactChoose: 'Elige un contacto…',
  prefsContactSearchPlaceholder: 'Busca por nombre, correo o cargo',
  prefsContactSearchHint: (count: string) => `${count} contactos: escribe un nombre, una dirección de correo o un cargo para acotar la lista.`,
  prefsContactOption: (name: string, role: string) => (role ? `${name} — ${role}` : name),
  prefsContactDescription: (email: string, role: string) => (role ? `${email} · ${role}` : email),
  prefsContactChosen: 'Contacto elegido',
  prefsContactEmail: 'Correo electrónico',
  prefsContactRole: 'Cargo',
  prefsNoPrimaryTitle: 'Sin contacto principal',
  prefsNoPrimaryBody:
    'Las alertas de facturación y los informes programados no tienen un destinatario predeterminado. Elige un contacto para que los reciba.',
  prefsNoPrimaryReadOnly:
    'No se eligió un contacto principal, así que las alertas de facturación y los informes programados no tienen un destinatario predeterminado.',
  prefsNoContacts: 'Esta empresa todavía no tiene contactos. Agrega personas a la empresa y luego elige una aquí.',
  prefsModeLegend: 'Modalidad de facturación',
  prefsModeInvoiceSentence: 'Kayse envía una factura una vez al mes por lo que consumieron tus campañas.',
  prefsModeWalletSentence: 'Pagas por adelantado en una billetera que se recarga automáticamente cuando el saldo baja.',
  prefsModeCurrent: '(actual)',
  prefsModeLocked:
    'La modalidad de facturación está definida para tu empresa y no se puede cambiar aquí. Para cambiarla, comunícate con el soporte de Kayse.',
  prefsConfirmWalletHeading: '¿Cambiar a billetera recargable?',
  prefsConfirmWalletBody:
    'A partir de ahora, el consumo se paga desde una billetera prepaga que se recarga automáticamente. En Facturación aparece una sección Billetera, con el saldo, la configuración de recarga y el historial.',
  prefsConfirmWalletAction: 'Cambiar a billetera',
  prefsConfirmInvoiceHeading: '¿Cambiar a factura mensual?',
  prefsConfirmInvoiceBody:
    'A partir de ahora, Kayse factura el consumo una vez al mes. La sección Billetera desaparece de Facturación, junto con su saldo, la configuración de recarga y el historial.',
  prefsConfirmInvoiceAction: 'Cambiar a factura',
  prefsReadOnly: 'Puedes ver estas preferencias, pero no cambiarlas.',
  prefsNoChanges: 'No hay nada que guardar: estas son las preferencias actuales.',
  prefsTheirVersion: (contact: string | null, mode: string) =>
    contact === null
      ? `Su versión: sin contacto principal, modalidad de facturación ${mode}.`
      : `Su versión: contacto principal ${contact}, modalidad de facturación ${mode}.`,
};
