import type { CatalogPart } from '../catalog.js';
import type { scheduledEmails as en } from '../en/scheduled-emails.js';

// Spanish of ../en/scheduled-emails.ts: <kayse-scheduled-emails>.
export const scheduledEmails: CatalogPart<typeof en> = {
  scheduledHeading: 'Correos de facturación programados',
  scheduledIntro: 'Un informe de facturación y consumo por correo, con la frecuencia que elijas.',
  scheduledTogglesLegend: 'Programación',
  scheduledEnable: 'Enviar correos de facturación programados',
  scheduledEnableDescription: 'Los informes se envían al contacto principal y a los destinatarios adicionales de abajo.',
  scheduledFrequencyLegend: 'Frecuencia',
  scheduledDaily: 'Diaria',
  scheduledWeekly: 'Semanal',
  scheduledMonthly: 'Mensual',
  scheduledFrequencyOff: 'Activa los correos para cambiar su frecuencia.',
  scheduledFrequencyUnknown: (value: string) =>
    `La frecuencia actual, “${value}”, no se ofrece aquí: elige una de estas antes de guardar.`,
  scheduledFrequencyRequired: 'Elige con qué frecuencia se envían los correos.',
  scheduledRecipientsLegend: 'Quién los recibe',
  scheduledExtraLabel: 'Destinatarios adicionales de los informes',
  scheduledPrimaryNote: 'Recibe todos los informes. El contacto principal se elige en las preferencias de facturación.',
  scheduledReadOnly: 'Puedes ver la programación, pero no cambiarla.',
  scheduledEveryDay: 'Todos los días',
  scheduledEveryWeek: 'Todas las semanas',
  scheduledEveryMonth: 'Todos los meses',
  scheduledEveryOther: (value: string) => `Con la frecuencia “${value}”`,
  scheduledToPrimary: (when: string, primary: string, others: number, formatted: string) =>
    others === 0
      ? `${when}, el informe de facturación se envía al contacto principal, ${primary}.`
      : `${when}, el informe de facturación se envía al contacto principal, ${primary}, y a ${others === 1 ? '1 destinatario más' : `${formatted} destinatarios más`}.`,
  scheduledToOthers: (when: string, others: number, formatted: string) =>
    `${when}, el informe de facturación se envía a ${others === 1 ? '1 destinatario' : `${formatted} destinatarios`}.`,
  scheduledToNoOne: 'Los correos están activados, pero nadie los recibirá: no hay contacto principal ni destinatarios adicionales.',
  scheduledNoRecipientError: 'Nadie recibiría estos correos: no hay contacto principal. Agrega al menos una dirección o desactiva los correos.',
  scheduledOff: 'Los correos programados están desactivados, así que no se envía ningún informe.',
  scheduledTheirVersion: (schedule: string, recipients: string) => `Su versión: ${schedule}, con ${recipients}.`,
  scheduledTheirOff: 'desactivados',
};
