import type { CatalogPart } from '../catalog.js';
import type { spendingCap as en } from '../en/spending-cap.js';

// Spanish of ../en/spending-cap.ts: <kayse-spending-cap>.
export const spendingCap: CatalogPart<typeof en> = {
  capHeading: 'Límite de gasto mensual',
  capIntro: 'Cuando el gasto del mes llega al límite, las campañas se pausan hasta que se aumente o se quite el límite.',
  capEnabledLabel: 'Limitar el gasto mensual',
  capEnabledDescription: 'Las campañas se pausan cuando el gasto llega al límite.',
  capAmountLabel: 'Límite mensual',
  capAmountHint: 'Se compara con el gasto antes de los créditos de cortesía.',
  capAmountOffHint: 'Activa el límite para definir un monto.',
  capAmountNotPositive: 'Ingresa un límite mayor que cero.',
  capUsageHeading: 'Este mes hasta ahora',
  capSpent: 'Gastado este mes',
  capProjected: 'Total proyectado',
  capCurrent: 'Límite actual',
  capNone: 'Sin límite',
  capOffValue: 'Sin límite: el gasto no está limitado.',
  capUsageUnavailable: 'No se pudo cargar el gasto de este mes, así que aquí no se puede comparar un nuevo límite con él.',
  capPausedNotice:
    'Las campañas están en pausa: el gasto de este mes alcanzó el límite. Aumenta o quita el límite para reanudarlas.',
  capWarnPausesTitle: 'Las campañas se pausan de inmediato.',
  capWarnPauses: (cap: string, spent: string) =>
    `Un límite de ${cap} es igual o menor que el gasto de este mes, ${spent}, así que las campañas se pausan en cuanto guardes.`,
  capWarnStaysPausedTitle: 'Las campañas siguen en pausa.',
  capWarnStaysPaused: (cap: string, spent: string) => `Un límite de ${cap} sigue siendo igual o menor que el gasto de este mes, ${spent}.`,
  capWarnLikelyTitle: 'Es probable que se alcance este mes.',
  capWarnLikely: (cap: string, projected: string) =>
    `Un límite de ${cap} es menor que el total proyectado de ${projected}: a este ritmo, las campañas se pausan antes de que termine el mes.`,
  capConfirmPauseHeading: '¿Pausar las campañas ahora?',
  capConfirmPauseBody: (cap: string, spent: string) =>
    `El nuevo límite de ${cap} es igual o menor que el gasto de este mes, ${spent}. Las campañas se pausan en cuanto guardes y siguen en pausa hasta que se aumente o se quite el límite.`,
  capConfirmPauseAction: 'Guardar y pausar las campañas',
  capConfirmStaysPausedHeading: '¿Mantener las campañas en pausa?',
  capConfirmStaysPausedBody: (cap: string, spent: string) =>
    `El nuevo límite de ${cap} sigue siendo igual o menor que el gasto de este mes, ${spent}, así que las campañas siguen en pausa hasta que el límite se aumente por encima de ese gasto o se quite.`,
  capConfirmStaysPausedAction: 'Guardar el límite',
  capConfirmRemoveHeading: '¿Quitar el límite mensual?',
  capConfirmRemoveBody:
    'El gasto dejará de estar limitado: las campañas siguen activas este mes cueste lo que cueste. Puedes volver a definir un límite cuando quieras.',
  capConfirmRemovePausedBody:
    'El gasto dejará de estar limitado: las campañas en pausa se reanudan y siguen activas este mes cueste lo que cueste.',
  capConfirmRemoveAction: 'Quitar el límite',
  capReadOnly: 'Puedes ver el límite de gasto, pero no cambiarlo.',
  capNoChanges: 'No hay nada que guardar: este es el límite actual.',
  capFixFields: 'Corrige el campo marcado y vuelve a guardar.',
  capTheirVersion: (cap: string | null) => (cap === null ? 'Su versión: sin límite.' : `Su versión: un límite de ${cap}.`),
};
