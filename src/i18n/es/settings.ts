import type { CatalogPart } from '../catalog.js';
import type { settings as en } from '../en/settings.js';

// Spanish of ../en/settings.ts: <kayse-billing-settings>.
export const settings: CatalogPart<typeof en> = {
  settingsNavLabel: 'Facturación e informes',
  settingsSectionUsage: 'Consumo',
  settingsSectionPreferences: 'Preferencias de facturación',
  settingsSectionSpendingCap: 'Límite de gasto',
  settingsSectionAlerts: 'Alertas',
  settingsSectionScheduledEmails: 'Correos programados',
  settingsSectionReports: 'Informes',
  settingsSectionWallet: 'Billetera',
  settingsAnnounce: (section: string, position: number, count: number) => `${section}, sección ${position} de ${count}`,
  settingsLeaveHeading: '¿Salir sin guardar?',
  settingsLeaveBody: (section: string) => `Tus cambios en ${section} no se guardaron. Si sales de esta sección, se perderán.`,
  settingsLeaveAction: 'Salir sin guardar',
  settingsStayAction: 'Quedarme en esta sección',
};
