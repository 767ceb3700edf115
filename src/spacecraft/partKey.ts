/**
 * The i18n key of a station element's text, derived from its id (assembly.json, or `truss` for the whole
 * truss): `part.<id>.name` (as its agency names it), `.role` (what it is, who built it), `.fact` (a module
 * marker's fact, around the figures of part-facts.json), `.flight` (a flight designation that holds words).
 * Pure, and free of zod: the UI translates with it at render.
 */
export function partKey(id: string, field: 'name' | 'role' | 'fact' | 'flight'): string {
  return `part.${id}.${field}`;
}
