// A Vue 3 host, built by Vite in the e2e setup. A string template compiled at runtime (Vue's
// full build, so no Vue plugin is needed), with the tags declared as custom elements, objects
// and functions bound as DOM properties (`.prop`) and `kayse-save` heard with `@kayse-save`.
// It imports the package through its library build.
import { createApp, markRaw, ref } from 'vue';
import '../../../../dist/define.js';
import { RestBillingApi } from '../../../../dist/index.js';

const app = createApp({
  setup() {
    const saves = ref([]);
    return {
      saves,
      getToken: () => 'vue-provider-token',
      // A second provider configured only through `client`: its own REST client and token.
      api: markRaw(new RestBillingApi({ baseUrl: '/api/billing', getAccessToken: () => 'vue-client-token' })),
      onSave: (event) => saves.value.push(event.detail.section),
    };
  },
  template: `
    <main>
      <h1>Vue 3 host</h1>
      <kayse-billing-provider base-url="/api/billing" :getAccessToken.prop="getToken" @kayse-save="onSave">
        <kayse-usage-summary></kayse-usage-summary>
        <kayse-alert-recipients></kayse-alert-recipients>
      </kayse-billing-provider>
      <kayse-billing-provider id="by-client" :client.prop="api">
        <kayse-billing-preferences></kayse-billing-preferences>
      </kayse-billing-provider>
      <p>Saves heard by Vue: <output id="saves">{{ saves.join(', ') }}</output></p>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('kayse-');
app.mount('#app');
