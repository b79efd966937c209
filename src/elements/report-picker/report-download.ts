import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatNumber } from '../../core/money.js';
import { KayseDownloadEvent } from '../../events/events.js';
import type { ReportFile } from './report-file.js';
import type { ReportStrings } from './strings.js';

/** How long a saved file's object URL lives: the browser has taken the download by then. */
const REVOKE_AFTER_MS = 30_000;

/** Saves a file the way a download link does; the URL is revoked once the browser has it. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * The Download CSV button and what it does: one download at a time, said while it is prepared,
 * offered to the host as a cancelable `kayse-download` event, then saved unless the host took it.
 */
export class ReportDownload {
  private downloading = false;
  /** What the status line says about the last download. */
  private status = '';

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

  /** Downloads the file `prepare` makes; nothing when it gives none (the choice was refused or replaced) or fails. */
  async run(prepare: () => Promise<ReportFile | null>, catalog: ReportStrings, locale: string): Promise<void> {
    if (this.downloading) return;
    this.say(true, catalog.reportsPreparing);
    try {
      const file = await prepare();
      if (!file) {
        this.say(false, '');
        return;
      }
      const event = new KayseDownloadEvent({ fileName: file.fileName, rowCount: file.rowCount, blob: file.blob });
      if (this.host.dispatchEvent(event)) {
        saveBlob(file.blob, file.fileName);
        this.say(false, catalog.reportsDownloaded(file.fileName, formatNumber(file.rowCount, locale)));
      } else {
        this.say(false, catalog.reportsHandedOver(file.fileName));
      }
    } catch {
      // A report that failed is shown in the report area too (and kayse-error has told the host).
      this.say(false, catalog.reportsDownloadFailed);
    }
  }

  /** Whether a download is being prepared (a second press is ignored). */
  get busy(): boolean {
    return this.downloading;
  }

  renderButton(catalog: ReportStrings, onClick: () => void): TemplateResult {
    const busy = this.downloading;
    // aria-disabled, not disabled: the button keeps focus while it works, and says so.
    return html`<button class="button download" type="button" aria-busy=${busy ? 'true' : 'false'} aria-disabled=${busy ? 'true' : nothing} @click=${onClick}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${catalog.reportsPreparing}` : catalog.reportsDownload}
      </button>
      <span class="visually-hidden" role="status">${this.status}</span>`;
  }

  private say(downloading: boolean, status: string): void {
    this.downloading = downloading;
    this.status = status;
    this.host.requestUpdate();
  }
}
