import { entryLabel, issueMessages, z } from '../content/zod';
import { isoInstant } from './manifest';
import { partKey } from './partKey';

/**
 * The ISS assembly as dated records (src/content/assembly.json, from station-through-time.md Part A and
 * facts.md): which elements were on the station at an instant, what each was attached to, and the state
 * of its solar-array wings. Pure (no three, no React).
 *
 * Time: UTC instants, ISO-8601 in the file, milliseconds since the Unix epoch in code.
 * Places: an attachment names its host element and the host's face as it points on the assembled station
 * in the usual +XVV attitude (facts.md §2.2: forward = direction of travel, zenith = away from Earth,
 * starboard = +Y); `outboard` is an adapter's free end, `wing-<channel>` the legacy wing an iROSA sits over.
 */

/** Every element, in order of arrival: the one vocabulary the scene, labels and tests share. */
export const ELEMENT_IDS = [
  'zarya',
  'pma-1',
  'unity',
  'pma-2',
  'zvezda',
  'z1',
  'pma-3',
  'p6',
  'destiny',
  'canadarm2',
  'quest',
  'pirs',
  's0',
  's1',
  'p1',
  'p3-p4',
  'p5',
  's3-s4',
  's5',
  'harmony',
  'columbus',
  'kibo-elm-ps',
  'kibo-pm',
  's6',
  'kibo-ef',
  'poisk',
  'tranquility',
  'cupola',
  'rassvet',
  'leonardo',
  'beam',
  'ida-2',
  'ida-3',
  'bishop',
  'irosa-2b',
  'irosa-4b',
  'nauka',
  'prichal',
  'irosa-3a',
  'irosa-4a',
  'irosa-1a',
  'irosa-1b',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const ELEMENT_KINDS = ['module', 'adapter', 'truss', 'array', 'arm', 'platform'] as const;

/** Solar-array wings: the power channels of facts.md §2.5 (as the model's `wing-<channel>` nodes), and Zarya's pair. */
export const WINGS = ['1A', '1B', '2A', '2B', '3A', '3B', '4A', '4B', 'zarya'] as const;
export type WingId = (typeof WINGS)[number];

export const BERTHS = [
  'forward',
  'aft',
  'port',
  'starboard',
  'zenith',
  'nadir',
  'outboard',
  'grapple-fixture',
  'end-effector',
  'wing-1A',
  'wing-1B',
  'wing-2A',
  'wing-2B',
  'wing-3A',
  'wing-3B',
  'wing-4A',
  'wing-4B',
] as const;
export type Berth = (typeof BERTHS)[number];

/** `partial`: part-way out or in (a retraction under way, a wing stopped short). */
export const ARRAY_STATES = ['deployed', 'partial', 'retracted'] as const;
export type ArrayState = (typeof ARRAY_STATES)[number];

const attachmentSchema = z
  .object({
    from: isoInstant,
    host: z.enum(ELEMENT_IDS).nullable(),
    port: z.enum(BERTHS).nullable(),
    uncertain: z.array(z.enum(['from', 'port'])).default([]),
    note: z.string().min(1).optional(),
  })
  .refine((a) => (a.host === null) === (a.port === null), { path: ['port'], message: 'host and port are both null (free-flying) or both set' });

const arrayStateSchema = z.object({
  from: isoInstant,
  state: z.enum(ARRAY_STATES),
  uncertain: z.array(z.enum(['from', 'state'])).default([]),
});

const elementSchema = z.object({
  id: z.enum(ELEMENT_IDS),
  name: z.string().min(1),
  kind: z.enum(ELEMENT_KINDS),
  flight: z.string().min(1).optional(),
  /** Where the flight's designation holds words ("1A/R (Proton)"): its i18n key, `part.<id>.flight`. */
  flightKey: z.string().regex(/^part\.[a-z0-9-]+\.flight$/, 'must be an i18n key "part.<id>.flight"').optional(),
  attachments: z.array(attachmentSchema).min(1),
  departed: isoInstant.nullable(),
  arrays: z.array(z.object({ wing: z.enum(WINGS), states: z.array(arrayStateSchema).min(1) })).default([]),
  uncertain: z.array(z.enum(['departed'])).default([]),
  source: z.string().min(1),
  note: z.string().min(1).optional(),
});

type ElementJson = z.infer<typeof elementSchema>;
export type Attachment = z.infer<typeof attachmentSchema> & { fromMs: number };
/** One state of one wing, from `fromMs` until the wing's next record. */
export type ArrayRecord = z.infer<typeof arrayStateSchema> & { wing: WingId; fromMs: number };

export interface AssemblyElement extends Omit<ElementJson, 'attachments' | 'arrays'> {
  attachments: Attachment[];
  /** The first attachment's instant: when the element became part of the station. */
  arrived: string;
  arrivedMs: number;
  /** Infinity while it never left. */
  departedMs: number;
  /** Per wing, its records in time order (each begins at the element's arrival). */
  arrays: ArrayRecord[][];
}

export interface AssemblyResult {
  elements: AssemblyElement[];
  /** One message per rejected entry, naming the file, the entry and the field. */
  errors: string[];
}

/** The element's attachments and array records in code form, or the first field that is out of order. */
function toElement(e: ElementJson): AssemblyElement | string {
  if (e.flightKey !== undefined && e.flightKey !== partKey(e.id, 'flight')) return `flightKey: must be "${partKey(e.id, 'flight')}"`;
  if (e.flightKey !== undefined && e.flight === undefined) return 'flightKey: there is no "flight" to translate';
  const attachments = e.attachments.map((a) => ({ ...a, fromMs: Date.parse(a.from) }));
  for (let k = 1; k < attachments.length; k++) {
    if (attachments[k].fromMs <= attachments[k - 1].fromMs) return `attachments.${k}.from: must be after attachments.${k - 1}.from`;
    // Free flight only before the first berth (Zarya until Unity); leaving the station is `departed`.
    if (attachments[k].host === null) return `attachments.${k}.host: only the first attachment may be free-flying`;
  }
  const arrivedMs = attachments[0].fromMs;
  const departedMs = e.departed === null ? Infinity : Date.parse(e.departed);
  if (departedMs <= attachments[attachments.length - 1].fromMs) return 'departed: must be after its last attachment';
  const arrays: ArrayRecord[][] = [];
  for (const [w, { wing, states }] of e.arrays.entries()) {
    const records = states.map((s) => ({ ...s, wing, fromMs: Date.parse(s.from) }));
    if (records[0].fromMs !== arrivedMs) return `arrays.${w}.states.0.from: must be the element's arrival (${e.attachments[0].from})`;
    for (let k = 1; k < records.length; k++) {
      if (records[k].fromMs <= records[k - 1].fromMs) return `arrays.${w}.states.${k}.from: must be after the state before`;
      if (records[k].fromMs >= departedMs) return `arrays.${w}.states.${k}.from: must be before "departed"`;
    }
    arrays.push(records);
  }
  return { ...e, attachments, arrived: e.attachments[0].from, arrivedMs, departedMs, arrays };
}

/** End of attachment k: the next one's start, or the element's departure. */
function attachmentEndMs(e: AssemblyElement, k: number): number {
  return k + 1 < e.attachments.length ? e.attachments[k + 1].fromMs : e.departedMs;
}

/**
 * Why attachment k of `e` cannot stand, or null: its host must be one of `all` and on the station for the
 * whole attachment, and no element of `earlier` may hold the same berth over overlapping dates.
 */
function attachmentProblem(e: AssemblyElement, k: number, all: readonly AssemblyElement[], earlier: readonly AssemblyElement[]): string | null {
  const a = e.attachments[k];
  if (a.host === null) return null;
  const fromMs = a.fromMs;
  const toMs = attachmentEndMs(e, k);
  const host = all.find((o) => o.id === a.host);
  if (!host || host === e) return `attachments.${k}.host: "${a.host}" is not another valid element`;
  if (host.arrivedMs > fromMs || host.departedMs < toMs) return `attachments.${k}.host: "${a.host}" is not on the station for the whole attachment`;
  for (const o of earlier) {
    for (let j = 0; j < o.attachments.length; j++) {
      const b = o.attachments[j];
      if (b.host === a.host && b.port === a.port && fromMs < attachmentEndMs(o, j) && b.fromMs < toMs) {
        return `attachments.${k}.port: "${a.host} ${a.port}" is already taken by "${o.id}" over these dates`;
      }
    }
  }
  return null;
}

/**
 * Validates each entry on its own (a bad entry drops only itself), then drops entries whose host is not
 * a valid element on the station at the time, or whose berth an earlier entry holds over the same dates
 * (repeated until stable, so an element hosted by a dropped one goes too).
 */
export function parseAssembly(json: unknown, fileName = 'assembly.json'): AssemblyResult {
  const errors: string[] = [];
  const raw = (json as { elements?: unknown })?.elements;
  if (!Array.isArray(raw)) return { elements: [], errors: [`${fileName}: "elements" must be an array`] };
  const labels = new Map<AssemblyElement, string>();
  let accepted: AssemblyElement[] = [];
  raw.forEach((item, i) => {
    const label = entryLabel(fileName, i, item);
    const parsed = elementSchema.safeParse(item);
    if (!parsed.success) return void errors.push(...issueMessages(label, parsed.error));
    if (accepted.some((o) => o.id === parsed.data.id)) return void errors.push(`${label}: id: "${parsed.data.id}" is already defined`);
    const e = toElement(parsed.data);
    if (typeof e === 'string') return void errors.push(`${label}: ${e}`);
    labels.set(e, label);
    accepted.push(e);
  });
  for (let changed = true; changed; ) {
    changed = false;
    const kept: AssemblyElement[] = [];
    for (const e of accepted) {
      let problem: string | null = null;
      for (let k = 0; k < e.attachments.length && !problem; k++) problem = attachmentProblem(e, k, accepted, kept);
      if (problem) {
        errors.push(`${labels.get(e)}: ${problem}`);
        changed = true;
      } else kept.push(e);
    }
    accepted = kept;
  }
  return { elements: accepted, errors };
}

/** One element as it was at an instant. */
export interface ElementAt {
  element: AssemblyElement;
  /** The attachment in force (a record of `element.attachments`). */
  attachment: Attachment;
  /** Per wing, the record in force, in the order of `element.arrays`. */
  arrays: ArrayRecord[];
}

/** The last record that has begun by `instantMs` (records in time order; the first has always begun here). */
function inForce<T extends { fromMs: number }>(records: readonly T[], instantMs: number): T {
  let k = records.length - 1;
  while (k > 0 && records[k].fromMs > instantMs) k--;
  return records[k];
}

/**
 * The elements on the station at `instantMs` (arrived ≤ t < departed), in file order, each with its
 * attachment and array states of that instant. Nothing is extrapolated: before Zarya's launch the list is
 * empty, and after the last record each element keeps its last state. Reuses `result` and its items
 * (pass the previous result back to allocate nothing once it has grown).
 */
export function stationAt(elements: readonly AssemblyElement[], instantMs: number, result: ElementAt[] = []): ElementAt[] {
  let n = 0;
  for (const element of elements) {
    if (instantMs < element.arrivedMs || instantMs >= element.departedMs) continue;
    const slot = (result[n] ??= { element, attachment: element.attachments[0], arrays: [] });
    slot.element = element;
    slot.attachment = inForce(element.attachments, instantMs);
    slot.arrays.length = element.arrays.length;
    for (let w = 0; w < element.arrays.length; w++) slot.arrays[w] = inForce(element.arrays[w], instantMs);
    n++;
  }
  result.length = n;
  return result;
}

/** Every instant at which the station's make-up changes (arrivals, moves, departures, wing states), sorted. */
export function assemblyChangesMs(elements: readonly AssemblyElement[]): number[] {
  const out: number[] = [];
  for (const e of elements) {
    for (const a of e.attachments) out.push(a.fromMs);
    for (const records of e.arrays) for (const r of records) out.push(r.fromMs);
    if (Number.isFinite(e.departedMs)) out.push(e.departedMs);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}
