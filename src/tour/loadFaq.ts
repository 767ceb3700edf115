import faqJson from '../content/faq.json';
import { parseFaq, type FaqTour, type ParseFaqResult } from './faqSchema';
import { loadTours } from './loadTour';

export const FAQ_FILE = 'faq.json';

let bundled: ParseFaqResult | null = null;

/**
 * The bundled FAQ, validated once against the bundled tour it names. A tour that is missing or broken leaves
 * the FAQ empty, with the reason among the errors.
 */
export function loadFaq(json: unknown = faqJson): ParseFaqResult {
  if (json === faqJson && bundled) return bundled;
  const { tours, errors: tourErrors } = loadTours();
  const tourId = (json as { tourId?: unknown } | null)?.tourId;
  const tour: FaqTour | undefined = tours.find((t) => t.id === tourId);
  const result: ParseFaqResult = tour
    ? parseFaq(json, FAQ_FILE, tour)
    : { faq: { tourId: String(tourId), questions: [] }, errors: [...tourErrors, `${FAQ_FILE}: tourId: No tour "${String(tourId)}" is bundled`] };
  if (json === faqJson) bundled = result;
  return result;
}
