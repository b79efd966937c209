import { z } from 'zod/mini';

// Before any schema is built: zod otherwise probes `new Function` once, which a host page
// with a strict Content-Security-Policy reports as a violation. package.json lists this module
// in `sideEffects`, so no bundler drops the call.
z.config({ jitless: true });

export { z };
