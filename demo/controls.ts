// The demo controls both demo pages share (static markup: no API text goes in here).
export function mountControls(section: HTMLElement): void {
  section.innerHTML = `
<h2 id="controls-heading">Demo controls <small>(the mock billing API behind this page)</small></h2>
<form id="controls">
  <label>
    Scenario
    <select name="scenario" id="scenario"></select>
  </label>
  <label>
    Fault on
    <select name="faultRoute">
      <option value="">every route</option>
      <option value="/access">/access</option>
      <option value="/usage/current">/usage/current</option>
      <option value="/preferences">/preferences</option>
      <option value="/spending-cap">/spending-cap</option>
      <option value="/alerts">/alerts</option>
      <option value="/scheduled-emails">/scheduled-emails</option>
      <option value="/wallet">/wallet</option>
      <option value="/wallet/transactions">/wallet/transactions</option>
      <option value="/reports/usage">/reports/usage</option>
    </select>
  </label>
  <label>
    Fault
    <select name="fault">
      <option value="500">500 internal error</option>
      <option value="503">503 unavailable</option>
      <option value="429">429 rate limited (Retry-After 2 s)</option>
      <option value="401">401 unauthenticated</option>
      <option value="latency">3 s latency</option>
      <option value="malformed-json">malformed JSON</option>
      <option value="malformed-schema">answer that breaks the contract</option>
    </select>
  </label>
  <button type="button" id="inject-fault">Inject once</button>
  <button type="button" id="clear-faults">Clear faults</button>
  <label>
    Days
    <input name="days" type="number" min="1" max="60" value="3" inputmode="numeric" />
  </label>
  <button type="button" id="simulate">Simulate days</button>
</form>
<p id="demo-status" class="host-note" role="status"></p>
        
`;
}
