import type { Context, Hono } from 'hono';
import { ENDPOINTS, type EndpointName } from '../api/endpoints.js';
import type { z } from '../api/zod.js';
import type { Result } from '../core/result.js';
import { errorResponse, jsonResponse, validationFailed, type FieldErrors } from './http.js';
import { reportRequest, transactionsRequest } from './queries.js';
import { buildReport } from './report.js';
import type { MockState } from './state.js';
import { checkInput, readJsonBody, recipientRules, refillRules, type InputProblem } from './validate.js';
import {
  accessView,
  agentsView,
  alertsView,
  contactsView,
  currentUsageView,
  preferencesView,
  scheduledEmailsView,
  spendingCapView,
  walletEnabled,
  walletView,
} from './views.js';

/** Where the routes find the state; a reset or a scenario change replaces it. */
export interface StateHolder {
  readonly state: MockState;
}

type PutName = { [N in EndpointName]: (typeof ENDPOINTS)[N] extends { method: 'PUT' } ? N : never }[EndpointName];
type UpdateOf<N extends PutName> = z.output<(typeof ENDPOINTS)[N]['body']>;

/** The 403 or 404 an endpoint's section gives this user, or null when the request may proceed. */
function accessDenied(state: MockState, name: EndpointName): Response | null {
  const spec = ENDPOINTS[name];
  if (!('section' in spec)) return null;
  // Not enabled for the company is a 404 whatever the role: there is no wallet to see.
  if (spec.section === 'wallet' && !walletEnabled(state)) return errorResponse(404, 'This company is billed by monthly invoice and has no wallet');
  const level = accessView(state).sections[spec.section];
  if (spec.method === 'GET' && level === 'hidden') return errorResponse(403, `Your role may not see ${spec.section}`);
  if (spec.method === 'PUT' && level !== 'edit') return errorResponse(403, `Your role may not change ${spec.section}`);
  return null;
}

function invalid(problem: InputProblem): Response {
  return validationFailed(problem.message, problem.fields);
}

/** Mounts one route per contract endpoint; `ENDPOINTS` gives each its method and path. */
export function mountRoutes(app: Hono, holder: StateHolder): void {
  const get = (name: EndpointName, answer: (state: MockState, c: Context) => Response): void => {
    app.get(ENDPOINTS[name].path, (c) => {
      const state = holder.state;
      return accessDenied(state, name) ?? answer(state, c);
    });
  };

  /**
   * A PUT: access first (403/404), then the input (422), then the version (409), so a
   * request that is both invalid and stale gets the 422.
   */
  const put = <N extends PutName>(
    name: N,
    check: (state: MockState, input: unknown) => Result<UpdateOf<N>, InputProblem>,
    view: (state: MockState) => unknown,
    version: (state: MockState) => number,
    apply: (state: MockState, update: UpdateOf<N>) => void,
  ): void => {
    app.put(ENDPOINTS[name].path, async (c) => {
      const state = holder.state;
      const denied = accessDenied(state, name);
      if (denied !== null) return denied;
      const body = await readJsonBody(c.req.raw);
      if (!body.ok) return invalid(body.error);
      const checked = check(state, body.value);
      if (!checked.ok) return invalid(checked.error);
      if (checked.value.version !== version(state)) {
        return errorResponse(409, 'This was changed since you loaded it', { current: view(state) });
      }
      apply(state, checked.value);
      return jsonResponse(view(state));
    });
  };

  get('getAccess', (state) => jsonResponse(accessView(state)));
  get('getCurrentUsage', (state) => jsonResponse(currentUsageView(state)));
  get('getPreferences', (state) => jsonResponse(preferencesView(state)));
  get('getContacts', (state) => jsonResponse(contactsView(state)));
  get('getSpendingCap', (state) => jsonResponse(spendingCapView(state)));
  get('getAlerts', (state) => jsonResponse(alertsView(state)));
  get('getScheduledEmails', (state) => jsonResponse(scheduledEmailsView(state)));
  get('getWallet', (state) => jsonResponse(walletView(state)));
  get('getAgents', () => jsonResponse(agentsView()));

  get('getWalletTransactions', (state, c) => {
    const request = transactionsRequest(c.req.query());
    if (!request.ok) return invalid(request.error);
    const page = state.ledger.page(request.value);
    if (!page.ok) return validationFailed('The cursor is not one this server gave', { cursor: 'Unknown cursor' });
    return jsonResponse(page.value);
  });

  get('getUsageReport', (state, c) => {
    const request = reportRequest(c.req.query());
    return request.ok ? jsonResponse(buildReport(state, request.value)) : invalid(request.error);
  });

  put(
    'putPreferences',
    (state, input) =>
      checkInput(ENDPOINTS.putPreferences.body, input, (raw) => {
        const fields: FieldErrors = {};
        const id = raw['primaryContactId'];
        if (typeof id === 'string' && !state.contacts.some((contact) => contact.id === id)) fields['primaryContactId'] = 'No contact with this id';
        const mode = raw['billingMode'];
        if (typeof mode === 'string' && mode !== state.preferences.billingMode && !state.preferences.billingModeEditable) {
          fields['billingMode'] = 'The billing mode cannot be changed for this company';
        }
        return fields;
      }),
    preferencesView,
    (state) => state.preferences.version,
    (state, update) => {
      state.preferences.primaryContactId = update.primaryContactId;
      // The wallet section appears or hides with the mode: Access derives it from here.
      if (update.billingMode !== undefined) state.preferences.billingMode = update.billingMode;
      state.preferences.version += 1;
    },
  );

  put(
    'putSpendingCap',
    (_state, input) => checkInput(ENDPOINTS.putSpendingCap.body, input),
    spendingCapView,
    (state) => state.spendingCap.version,
    (state, update) => {
      state.spendingCap = { enabled: update.enabled, amount: update.enabled ? update.amount : null, version: state.spendingCap.version + 1 };
      // A saved cap changes the usage status at once, pinned figures included.
      const { courtesyCredits } = state.usageOverrides;
      state.usageOverrides = courtesyCredits === undefined ? {} : { courtesyCredits };
    },
  );

  put(
    'putAlerts',
    (_state, input) => checkInput(ENDPOINTS.putAlerts.body, input, recipientRules),
    alertsView,
    (state) => state.alerts.version,
    (state, update) => {
      state.alerts.thresholdAlert = { ...state.alerts.thresholdAlert, enabled: update.thresholdAlertEnabled };
      state.alerts.recipients = [...update.recipients];
      state.alerts.version += 1;
    },
  );

  put(
    'putScheduledEmails',
    (_state, input) => checkInput(ENDPOINTS.putScheduledEmails.body, input, recipientRules),
    scheduledEmailsView,
    (state) => state.scheduledEmails.version,
    (state, update) => {
      state.scheduledEmails = { enabled: update.enabled, frequency: update.frequency, recipients: [...update.recipients], version: state.scheduledEmails.version + 1 };
    },
  );

  put(
    'putWalletSettings',
    (_state, input) => checkInput(ENDPOINTS.putWalletSettings.body, input, refillRules),
    walletView,
    (state) => state.wallet.version,
    (state, update) => {
      // The server derives the rest again from the new settings.
      state.wallet = { refillAmount: update.refillAmount, refillThreshold: update.refillThreshold, version: state.wallet.version + 1, overrides: {} };
    },
  );
}
