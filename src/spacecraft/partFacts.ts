import { entryLabel, issueMessages, z } from '../content/zod';

/**
 * The figures and dates of the station's label cards (src/content/part-facts.json): values only, in metres,
 * kilograms and UTC days; the words around them are per language in the dictionaries (`part.<id>.fact`,
 * where `{lengthM}` names a figure), and the numbers are formatted in the user's language where they are
 * shown. Pure: zod only.
 */

const positive = z.number().positive();
const value = z.union([positive, z.tuple([positive, positive]).refine(([lo, hi]) => lo < hi, 'a range runs from low to high')]);
/** A number, a [low, high] range, or one the source gives as approximate. */
const figureSchema = z.union([value, z.strictObject({ about: value })]);
export type Figure = z.infer<typeof figureSchema>;

/** Figure names carry their unit: `lengthM` (metres), `massKg` (kilograms). */
export const FIGURE_NAME = /^[a-z][A-Za-z]*(M|Kg)$/;
/** The element's own dates, which the card adds from assembly.json under these names. */
export const ELEMENT_DATE_NAMES = ['arrived', 'departed', 'moved'] as const;

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  figures: z.record(z.string().regex(FIGURE_NAME, 'must end in its unit, M or Kg (lengthM, massKg)'), figureSchema).default({}),
  dates: z
    .record(
      z
        .string()
        .regex(/^[a-z][A-Za-z]*$/, 'must be a camelCase name')
        .refine((n) => !(ELEMENT_DATE_NAMES as readonly string[]).includes(n), 'is the name of an element date from assembly.json'),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a UTC day, YYYY-MM-DD'),
    )
    .default({}),
  source: z.string().min(1),
});

export type PartFacts = z.infer<typeof entrySchema>;

export interface PartFactsResult {
  /** By id: the assembly element id of a module marker, or `truss` for the whole truss. */
  facts: ReadonlyMap<string, PartFacts>;
  /** One message per rejected entry, naming the file, the entry and the field. */
  errors: string[];
}

/** Validates each entry on its own (a bad entry drops only itself) and rejects repeated ids. */
export function parsePartFacts(json: unknown, fileName = 'part-facts.json'): PartFactsResult {
  const raw = (json as { parts?: unknown })?.parts;
  if (!Array.isArray(raw)) return { facts: new Map(), errors: [`${fileName}: "parts" must be an array`] };
  const facts = new Map<string, PartFacts>();
  const errors: string[] = [];
  raw.forEach((item, i) => {
    const label = entryLabel(fileName, i, item);
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) return void errors.push(...issueMessages(label, parsed.error));
    if (facts.has(parsed.data.id)) return void errors.push(`${label}: id: "${parsed.data.id}" is already defined`);
    facts.set(parsed.data.id, parsed.data);
  });
  return { facts, errors };
}
