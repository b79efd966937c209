// The closing line of `.ci/run`: every test that `npm test` ran, whichever step stopped it.
import { totalResults } from './test-results.mjs';

const { passed, failed } = totalResults();
console.log(`${passed} passed, ${failed} failed`);
