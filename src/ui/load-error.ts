import { html, type TemplateResult } from 'lit';
import type { CommonStrings } from '../i18n/parts/common.js';
import { errorMessage } from './error-message.js';

/** What a failed load shows: a title, the sentence for its kind (never the raw error) and a retry. */
export function renderLoadError(catalog: CommonStrings, error: unknown, retry: () => void): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">${catalog.errorTitle}</p>
    <p>${errorMessage(error, catalog)}</p>
    <button class="button" type="button" @click=${retry}>${catalog.retry}</button>
  </div>`;
}
