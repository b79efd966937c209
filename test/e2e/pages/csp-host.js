// The strict CSP page's host code (inline scripts are blocked there): records every
// `securitypolicyviolation` (they are composed, so ones raised in shadow roots arrive too)
// and every `kayse-save`.
window.cspViolations = [];
const describe = (node) => {
  if (!(node instanceof Element)) return String(node?.nodeName ?? node);
  const host = node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host.localName : 'document';
  return `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''} in ${host}`;
};
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.cspViolations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      column: event.columnNumber,
      sample: event.sample,
      // The element whose attribute or content was refused (composed path reaches into shadow roots).
      element: describe(event.composedPath()[0]),
    });
  },
  true,
);
document.addEventListener('kayse-save', (event) => {
  const out = document.getElementById('saves');
  out.textContent = [out.textContent, event.detail.section].filter(Boolean).join(', ');
});
