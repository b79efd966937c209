import '../src/define.js';
import { ENDPOINTS } from '../src/index.js';

const status = document.querySelector('#package-status');
if (status) {
  const operations = Object.values(ENDPOINTS).length;
  status.textContent = `The billing elements package is loaded (contract: ${operations} operations). Its elements appear here as they land.`;
}
