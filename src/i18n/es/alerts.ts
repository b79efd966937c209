import type { CatalogPart } from '../catalog.js';
import type { alerts as en } from '../en/alerts.js';

// Spanish of ../en/alerts.ts: <kayse-alert-recipients>.
export const alerts: CatalogPart<typeof en> = {
  alertsHeading: 'Alertas de gasto',
  alertsIntro: 'Correos sobre el límite de gasto y los pagos. El contacto principal siempre los recibe.',
  alertsTogglesLegend: 'Alertas',
  alertsThreshold: (percent: string) => `Cuando el gasto llegue al ${percent} del límite`,
  alertsThresholdDescription: 'Un aviso anticipado, cuando todavía hay tiempo de aumentar el límite.',
  alertsThresholdNoCap: (percent: string) => `No hay límite de gasto, así que la alerta del ${percent} no puede enviarse hasta que se fije un límite.`,
  alertsCapReached: 'Cuando se alcance el límite',
  alertsCapReachedReason: 'Siempre activada, para que tu equipo sepa cuándo se pausan las campañas.',
  alertsPaymentFailed: 'Cuando falle un pago',
  alertsPaymentFailedReason: 'Siempre activada, para que los problemas de facturación se resuelvan rápido.',
  alertsRecipientsLegend: 'Quién recibe las alertas',
  alertsExtraLabel: 'Destinatarios adicionales de las alertas',
  alertsPrimaryNote: 'Recibe todas las alertas. El contacto principal se elige en las preferencias de facturación.',
  alertsOneRecipient:
    'Solo una persona recibe estas alertas. Agrega otra dirección para que no se pierda ninguna alerta mientras esa persona no esté.',
  alertsNoRecipient:
    'Nadie recibe estas alertas: no hay contacto principal ni destinatarios adicionales. Agrega al menos una dirección.',
  alertsReadOnly: 'Puedes ver la configuración de alertas, pero no cambiarla.',
  alertsTheirThreshold: (percent: string, on: boolean) => `la alerta del ${percent} ${on ? 'activada' : 'desactivada'}`,
  alertsTheirVersion: (threshold: string, recipients: string) => `Su versión tiene ${threshold} y ${recipients}.`,
};
