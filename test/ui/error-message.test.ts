import { expect } from '@open-wc/testing';
import { ApiError, type ApiErrorKind } from '../../src/api/api-error.js';
import { en } from '../../src/i18n/en.js';
import { errorMessage, NOT_CONFIGURED } from '../../src/ui/error-message.js';

describe('errorMessage', () => {
  const cases: { kind: ApiErrorKind; expected: string }[] = [
    { kind: 'network', expected: en.errorNetwork },
    { kind: 'timeout', expected: en.errorTimeout },
    { kind: 'unauthenticated', expected: en.errorUnauthenticated },
    { kind: 'forbidden', expected: en.errorForbidden },
    { kind: 'conflict', expected: en.errorConflict },
    { kind: 'validation', expected: en.errorValidation },
    { kind: 'rate_limited', expected: en.errorRateLimited },
    { kind: 'server', expected: en.errorServer },
    { kind: 'invalid_response', expected: en.errorInvalidResponse },
  ];
  for (const { kind, expected } of cases) {
    it(`says "${expected}" for ${kind}, never the raw message`, () => {
      expect(errorMessage(new ApiError({ kind, message: '<img src=x onerror=alert(1)> spent: expected int' }), en)).to.equal(expected);
    });
  }

  it('explains a missing configuration', () => {
    expect(errorMessage(new ApiError({ kind: 'network', code: NOT_CONFIGURED, message: 'x' }), en)).to.equal(en.errorNotConfigured);
  });

  it('has a generic sentence for anything else', () => {
    expect(errorMessage(new TypeError('x is undefined'), en)).to.equal(en.errorUnknown);
  });
});
