// A React 19 host, built by Vite in the e2e setup. Plain JS with `createElement` (no JSX, so no
// React plugin; react ships no types). It imports the package through its library build.
// React 19 sets a prop on a custom element as a property when the element has one
// (`getAccessToken`, `client`) and turns `on<event-name>` into an event listener.
import { createElement as h, StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../../dist/define.js';
import { RestBillingApi } from '../../../../dist/index.js';

// A second provider configured only through `client`: its own REST client and token.
const api = new RestBillingApi({ baseUrl: '/api/billing', getAccessToken: () => 'react-client-token' });

function App() {
  const [saves, setSaves] = useState([]);
  const onSave = (event) => setSaves((list) => [...list, event.detail.section]);
  return h(
    'main',
    null,
    h('h1', null, 'React 19 host'),
    h(
      'kayse-billing-provider',
      { 'base-url': '/api/billing', getAccessToken: () => 'react-provider-token', 'onkayse-save': onSave },
      h('kayse-usage-summary', null),
      h('kayse-alert-recipients', null),
    ),
    h('kayse-billing-provider', { id: 'by-client', client: api }, h('kayse-billing-preferences', null)),
    h('p', null, 'Saves heard by React: ', h('output', { id: 'saves' }, saves.join(', '))),
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(App)));
