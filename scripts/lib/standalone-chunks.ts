// The standalone bundle's shared chunks. Left to itself, rolldown makes one chunk per set of
// importers: thirteen scripts on a page with one usage summary, each its own gzip stream, which
// cost 3.8 KB over the same code in one file (measured 2026-12-04). Three groups put the shared
// code in three chunks, each of which a page needs whole or not at all: a provider alone loads
// `provider`; any section `sections` too; a form section `forms` too. Elements, languages,
// chart.js and the virtualizer's layout stay chunks of their own, loaded on first use.
import type { Rolldown } from 'vite';

const pathsMatching = (patterns: readonly string[]) => {
  const pattern = new RegExp(patterns.join('|'));
  return (id: string) => pattern.test(id.replaceAll('\\', '/'));
};
/** What a provider alone runs: lit's core, the client, the store. */
const PROVIDER_BASE = pathsMatching([
  'node_modules/(lit-element|@lit/context)/',
  'node_modules/lit/index\\.',
  'node_modules/lit-html/lit-html\\.',
  'node_modules/@lit/reactive-element/(reactive-element|css-tag|decorators/(base|property|state))\\.',
  'src/api/(rest-billing-api|http/|routes|api-error)',
  'src/state/(store|shared-flight|client-factory|context)',
  'src/core/load-once',
  'src/elements/billing-provider/',
]);
/** What every section element runs besides: the connection, strings, shared styles, the answer checker (zod and the schemas: the first request of any section needs it). */
const SECTION_BASE = pathsMatching([
  'node_modules/(@lit/task|zod)/',
  'node_modules/lit-html/directive\\.',
  'node_modules/@lit/reactive-element/decorators/query\\.',
  'src/api/(contract|endpoints|schemas|primitives|parse|zod)\\.',
  'src/api/enums',
  'src/state/section-connection',
  'src/i18n/(localize|translations|locale|parts/(common|kit|usage)|en/(common|kit|usage))',
  'src/ui/(kayse-element|connected-element|tokens|error-message|load-error|style-props|section.styles|kit/skeleton|kit/status-badge|define-tag)',
  'src/core/(calendar|money|usage|result|exact|email-list)\\.',
  'src/events/',
  'src/ui/after-next-paint',
]);
/** What every form section runs besides: the form machinery, its styles and the switch. */
const FORM_BASE = pathsMatching([
  'node_modules/lit-html/(directive-helpers|directives/(live|repeat))\\.',
  'node_modules/lit/directives/(live|repeat)\\.',
  'src/state/(form-controller|save-flow|unsaved-changes)',
  'src/ui/(form.styles|save-status|loading-frame|kit/(field.styles|kit-value|events|switch|switch.styles|define-switch))\\.',
]);

export const STANDALONE_CHUNK_GROUPS: Rolldown.CodeSplittingGroup[] = [
  { name: 'provider', test: PROVIDER_BASE, priority: 2 },
  { name: 'sections', test: SECTION_BASE, priority: 1 },
  { name: 'forms', test: FORM_BASE, priority: 0 },
];
