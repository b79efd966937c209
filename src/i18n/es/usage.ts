import type { CatalogPart } from '../catalog.js';
import type { usage as en } from '../en/usage.js';

// Spanish of ../en/usage.ts: <kayse-usage-summary>.
export const usage: CatalogPart<typeof en> = {
  usageHeading: 'Consumo del mes en curso',
  usagePeriod: (range: string, asOf: string) => `${range} · al ${asOf}`,
  usageSpent: 'Gastado este mes',
  usageProjected: 'Total proyectado',
  usageCap: 'Límite mensual',
  usageNoCap: 'Sin límite',
  usageCourtesyCredits: 'Créditos de cortesía',
  usageCreditNote: 'Se acreditan aparte; no se descuentan del gasto.',
  usagePaused: 'Las campañas están en pausa hasta que se aumente o se quite el límite.',
  usageChangeCap: 'Cambiar el límite de gasto',
  usageCrossing: (day: string) => `A este ritmo, el límite se alcanza el ${day}.`,
  usageBillingMode: 'Modalidad de facturación',
  usagePrimaryContact: 'Contacto principal',
  usageNoPrimaryContact: 'Sin elegir',
  billingModeMonthlyInvoice: 'Factura mensual',
  billingModeRefillableWallet: 'Billetera recargable',
  usageChartLabel: 'Gasto acumulado por día',
  usageChartSpend: 'Gasto a la fecha',
  usageChartProjection: 'Proyección',
  usageChartCap: 'Límite',
  usageChartSummary: (spent: string, today: string, projected: string, end: string, cap: string | null) =>
    `El gasto llegó a ${spent} al ${today} y, a este ritmo, llegará a ${projected} al ${end}` +
    (cap === null ? ', sin límite establecido.' : `, con un límite de ${cap}.`),
  usageShowDays: 'Ver los días en una tabla',
  usageHideDays: 'Ocultar la tabla de días',
  usageDaysCaption: 'Gasto por día de este mes',
  usageDay: 'Día',
  usageDaySpend: 'Gasto del día',
  usageDayTotal: 'Total a la fecha',
  usageEmpty: 'Todavía no hay consumo este mes.',
};
