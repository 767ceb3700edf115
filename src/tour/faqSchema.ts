import { entryLabel, issueMessages, z } from '../content/zod';
import { SourceSchema } from './schema';

/**
 * "Questions visitors ask" (src/content/faq.json). Pure: zod only. Each question points at the tour step that
 * shows its answer, names the i18n keys of its question and answer (`faq.<id>.question`, `faq.<id>.answer`),
 * and lists the sources every fact in the answer traces to (/work/shared/reference/facts.md).
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebabId = z.string().regex(KEBAB, 'Must be a kebab-case id (e.g. "seat-swap")');

export const FaqQuestionSchema = z
  .strictObject({
    id: kebabId,
    /** The waypoint id in the FAQ's tour whose step shows the answer. */
    stepId: kebabId,
    questionKey: z.string(),
    answerKey: z.string(),
    /** True where the answer reports something the sources disagree on or leave open (it says which). */
    uncertain: z.boolean(),
    sources: z.array(SourceSchema).min(1, 'Must have at least 1 item'),
  })
  .superRefine((q, ctx) => {
    for (const [field, part] of [['questionKey', 'question'], ['answerKey', 'answer']] as const) {
      const expected = `faq.${q.id}.${part}`;
      if (q[field] !== expected) ctx.addIssue({ code: 'custom', path: [field], message: `Must be "${expected}"` });
    }
  });
export type FaqQuestionData = z.infer<typeof FaqQuestionSchema>;

/** A question whose step exists: its 0-based index in the tour (URLs are 1-based) and the step's title key. */
export interface FaqQuestion extends FaqQuestionData {
  stepIndex: number;
  stepTitleKey: string;
}

export interface Faq {
  tourId: string;
  questions: FaqQuestion[];
}

export interface ParseFaqResult {
  /** The questions that passed, in file order (a bad entry drops only itself). */
  faq: Faq;
  /** One message per problem, naming the file, the entry and the field. */
  errors: string[];
}

/** The part of a tour the FAQ needs: its id and its waypoints' ids and title keys, in order. */
export interface FaqTour {
  id: string;
  waypoints: ReadonlyArray<{ id: string; titleKey: string }>;
}

/**
 * Validates the FAQ file against the tour it jumps into. Messages read like
 * `faq.json: entry 3 ("seat-swap"): stepId: No step "x" in tour "common-orbit"`.
 */
export function parseFaq(json: unknown, fileName: string, tour: FaqTour): ParseFaqResult {
  const faq: Faq = { tourId: tour.id, questions: [] };
  const errors: string[] = [];
  const root = json as { tourId?: unknown; questions?: unknown } | null;
  if (root === null || typeof root !== 'object') return { faq, errors: [`${fileName}: (file): Expected an object`] };
  if (root.tourId !== tour.id) errors.push(`${fileName}: tourId: Must be "${tour.id}", got ${JSON.stringify(root.tourId)}`);
  if (!Array.isArray(root.questions)) return { faq, errors: [...errors, `${fileName}: questions: Must be an array`] };
  if (errors.length > 0) return { faq, errors };
  root.questions.forEach((item, i) => {
    const label = entryLabel(fileName, i, item);
    const parsed = FaqQuestionSchema.safeParse(item);
    if (!parsed.success) return void errors.push(...issueMessages(label, parsed.error));
    const q = parsed.data;
    if (faq.questions.some((o) => o.id === q.id)) return void errors.push(`${label}: id: "${q.id}" is already used`);
    const stepIndex = tour.waypoints.findIndex((w) => w.id === q.stepId);
    if (stepIndex < 0) return void errors.push(`${label}: stepId: No step "${q.stepId}" in tour "${tour.id}"`);
    faq.questions.push({ ...q, stepIndex, stepTitleKey: tour.waypoints[stepIndex].titleKey });
  });
  if (faq.questions.length === 0 && errors.length === 0) errors.push(`${fileName}: questions: Must have at least 1 item`);
  return { faq, errors };
}
