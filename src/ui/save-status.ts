import { css, html, nothing } from 'lit';
import type { CommonStrings } from '../i18n/parts/common.js';
import { errorMessage } from './error-message.js';
import type { SaveOutcome } from '../state/save-flow.js';
import type { SaveKey } from '../state/store.js';

export interface SaveStatusActions {
  /** Drop the user's edits and show the server's latest values (after a 409). */
  readonly loadLatest: () => void;
  /** Save the user's edits again over the latest version (after a 409). */
  readonly saveOver: () => void;
}

/**
 * The line under a form that says how its save went, the same in every element: a polite
 * "Saving…"/"Saved." and, on failure, an alert that keeps the user's input and says why; on
 * a 409 it offers the choice between their version and the user's.
 */
export function saveStatus<K extends SaveKey>(saver: SaveOutcome<K>, catalog: CommonStrings, actions: SaveStatusActions) {
  switch (saver.status) {
    case 'saving':
      return html`<p class="save-status" role="status">${catalog.saving}</p>`;
    case 'saved':
      return html`<p class="save-status saved" role="status">${catalog.saved}</p>`;
    case 'conflict':
      return html`<div class="save-status problem" role="alert">
        <p><strong>${catalog.saveFailedTitle}</strong> ${catalog.errorConflict}</p>
        <div class="save-actions">
          ${saver.latest
            ? html`<button class="button" type="button" @click=${actions.loadLatest}>${catalog.loadLatest}</button>
                <button class="button primary" type="button" @click=${actions.saveOver}>${catalog.keepMine}</button>`
            : nothing}
        </div>
      </div>`;
    case 'failed':
      return html`<div class="save-status problem" role="alert">
        <p><strong>${catalog.saveFailedTitle}</strong> ${errorMessage(saver.error, catalog)}</p>
      </div>`;
    default:
      return html`<p class="save-status" role="status"></p>`;
  }
}

export const saveStatusStyles = css`
  /* A form's buttons with its status line beside them: "Saving…" and "Saved." cost no line
     of their own; a failure or a conflict takes the whole row. */
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .status-slot {
    flex: 1 1 12rem;
  }
  .status-slot .save-status {
    margin: 0;
  }
  .status-slot .save-status:empty {
    min-height: 0;
  }
  .status-slot:has(.problem) {
    flex-basis: 100%;
  }
  .unsaved {
    margin: 0 0 0 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .save-status {
    margin: 0.5rem 0 0;
    min-height: 1.45em;
    color: var(--_muted);
  }
  .save-status.saved {
    color: var(--_success);
  }
  .save-status.problem {
    padding: 0.75rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .save-status.problem p {
    margin: 0;
  }
  .save-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .save-actions:empty {
    display: none;
  }
`;
