import { config } from 'zod';

/*
 * zod 4 compiles object parsers with `new Function` unless told not to, probing for it on first use. The
 * app's Content-Security-Policy (index.html: script-src 'self', no 'unsafe-eval') forbids that, and the
 * probe alone is reported as a violation. zod's configuration is global: main.tsx imports this module
 * before anything else, so every schema (tour, docking manifest, kiosk, Moon kit) parses jitless.
 */
config({ jitless: true });
