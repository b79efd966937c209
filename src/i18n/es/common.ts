import type { CatalogPart } from '../catalog.js';
import type { common as en } from '../en/common.js';

// Spanish of ../en/common.ts: shared by every element.
export const common: CatalogPart<typeof en> = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  errorTitle: 'No se pudo cargar esta sección.',
  saveFailedTitle: 'No se guardaron tus cambios.',
  errorNetwork: 'No se pudo conectar con el servicio de facturación. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El servicio de facturación tardó demasiado en responder. Inténtalo de nuevo.',
  errorAborted: 'Se canceló la solicitud.',
  errorUnauthenticated: 'Tu sesión expiró. Vuelve a iniciar sesión e inténtalo de nuevo.',
  errorForbidden: 'No tienes permiso para hacer esto.',
  errorNotFound: 'Esto no está disponible para tu empresa.',
  errorConflict: 'Otra persona cambió esta configuración mientras la editabas.',
  errorValidation: 'Algunos valores no se aceptaron. Revisa los campos marcados.',
  errorRateLimited: 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
  errorServer: 'El servicio de facturación tuvo un problema. Inténtalo de nuevo en un momento.',
  errorInvalidResponse: 'El servicio de facturación envió una respuesta que esta página no puede leer.',
  errorUnknown: 'Algo salió mal. Inténtalo de nuevo.',
  errorNotConfigured: 'Esta sección todavía no está conectada a una API de facturación.',
  save: 'Guardar',
  saving: 'Guardando…',
  saved: 'Guardado.',
  reset: 'Restablecer',
  loadLatest: 'Cargar su versión',
  keepMine: 'Conservar mis cambios y volver a guardar',
  unsavedChanges: 'Tienes cambios sin guardar.',
  loadMore: 'Cargar más',
  empty: 'Todavía no hay nada aquí.',
};
