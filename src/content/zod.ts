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

/** How a data file names its i-th entry in a message: `file: entry 3 ("id")`. */
export function entryLabel(fileName: string, index: number, item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  return `${fileName}: entry ${index + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
}

/** One message per schema issue of an entry: `label: field.path: what is wrong`. */
export function issueMessages(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}
