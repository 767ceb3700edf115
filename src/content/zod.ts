import { config, z } from 'zod';

/*
 * zod 4 compiles object parsers with `new Function` unless told not to, probing for it on first use. The
 * app's Content-Security-Policy (index.html: script-src 'self', no 'unsafe-eval') forbids that, and the
 * probe alone is reported as a violation. Every schema module imports `z` from here, so the global
 * setting is in place before any schema parses — and zod stays out of the first chunk (only the lazy
 * station, tour and kiosk chunks need it).
 */
config({ jitless: true });

export { z };
