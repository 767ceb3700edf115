import { CAMERA_KINDS, EARLIER_VEHICLES, LAYERS, VEHICLES } from '../content/vocabulary';
import { z } from '../content/zod';
import { LUNAR_SITE_IDS } from '../astro/southPole';

/**
 * Guided-tour data model. Pure: zod only (no three.js, React or zustand).
 *
 * A tour is a list of waypoints. Each waypoint fixes a simulated instant, a camera preset, the scene
 * layers to show, i18n keys for its title, caption and screen-reader description, and the sources
 * every stated fact traces to (see /work/shared/reference/facts.md §1).
 */

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** i18n keys: two or more dot-separated segments, e.g. `tour.common-orbit.zarya.caption`, `ui.errorStep`. */
const I18N_KEY = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)+$/;

const kebabId = z.string().regex(KEBAB, 'Must be a kebab-case id (e.g. "shuttle-mir")');
const i18nKey = z.string().regex(I18N_KEY, 'Must be a dotted i18n key (e.g. "tour.common-orbit.zarya.title")');

/** ISO-8601 UTC instant with seconds and a trailing Z, e.g. 1975-07-17T16:09:09Z (milliseconds allowed). */
export const InstantSchema = z.iso
  .datetime({ error: 'Must be an ISO-8601 UTC instant with seconds, e.g. 1975-07-17T16:09:09Z', abort: true })
  .refine((s) => Number.isFinite(Date.parse(s)), 'Must be a parseable date');

/** The layers a step shows (src/content/vocabulary.ts says what each is); the others are hidden. */
export const LayerSchema = z.enum(LAYERS);

/** Which craft the step shows: the ISS, or before it existed Mir or the Apollo–Soyuz stack (vocabulary.ts). */
export const VehicleSchema = z.enum(VEHICLES);

/**
 * How precisely the instant is known, so the UI can show "2028" rather than a made-up minute.
 * Absent means 'second'. The instant itself is always a full timestamp (the scene needs one).
 */
export const INSTANT_PRECISIONS = ['second', 'minute', 'day', 'month', 'year'] as const;
export const InstantPrecisionSchema = z.enum(INSTANT_PRECISIONS);
export type InstantPrecision = z.infer<typeof InstantPrecisionSchema>;

const lunarSiteId = z.string().refine((id) => LUNAR_SITE_IDS.includes(id), {
  error: (iss) => `Unknown lunar site ${JSON.stringify(iss.input)}; expected an id of lunar-sites.json (e.g. "tranquility-base")`,
});

/**
 * Camera presets:
 * - earth: wide shot of the globe with the vehicle's orbit ring;
 * - iss: the ISS model in its LVLH frame;
 * - craft: the step's earlier craft (its `vehicle`: the Apollo–Soyuz stack, Mir) close up, in its LVLH frame;
 * - ground: looking at a site on Earth (geodetic degrees, east-positive);
 * - moon: the Moon as a whole; with `siteId` (an id of src/content/lunar-sites.json), seen from above that
 *   site, lunar north up;
 * - shackleton: the lunar south pole centred on Shackleton crater (−89.67°, 129.78° E).
 */
export const CameraSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('earth') }),
  z.strictObject({ kind: z.literal('iss') }),
  z.strictObject({
    kind: z.literal('ground'),
    latDeg: z.number().min(-90, 'Number must be ≥ -90').max(90, 'Number must be ≤ 90'),
    lonDeg: z.number().min(-180, 'Number must be ≥ -180').max(180, 'Number must be ≤ 180'),
  }),
  z.strictObject({ kind: z.literal('moon'), siteId: lunarSiteId.optional() }),
  z.strictObject({ kind: z.literal('shackleton') }),
  z.strictObject({ kind: z.literal('craft') }),
]);
export type Camera = z.infer<typeof CameraSchema>;

/** A source as published: its title (English, shown with lang="en" in every language) and address. */
export const SourceSchema = z.strictObject({
  label: z.string().trim().min(1, 'Must not be empty'),
  url: z.url({ protocol: /^https?$/, error: 'Must be an http(s) URL' }),
});
export type Source = z.infer<typeof SourceSchema>;

export const MIN_HOLD_SECONDS = 4;

export const WaypointSchema = z.strictObject({
  id: kebabId,
  instant: InstantSchema,
  instantPrecision: InstantPrecisionSchema.optional(),
  camera: CameraSchema,
  layers: z
    .array(LayerSchema)
    .refine((ls) => new Set(ls).size === ls.length, 'Must not list a layer twice'),
  vehicle: VehicleSchema.optional(),
  /** True for planned or expected events (not history); the UI marks these "Projection — not history". */
  projection: z.boolean(),
  /** True where the caption reports something the sources disagree on (worded as uncertain in the caption). */
  uncertain: z.boolean().optional(),
  titleKey: i18nKey,
  captionKey: i18nKey,
  /** Plain-text description of the scene for screen readers: what is visible, where, what is docked. */
  descriptionKey: i18nKey,
  sources: z.array(SourceSchema).min(1, 'Must have at least 1 item'),
  /** Minimum time the caption stays up when nothing else ends the step (no narration audio). */
  holdSeconds: z
    .number()
    .min(MIN_HOLD_SECONDS, `Number must be ≥ ${MIN_HOLD_SECONDS}`)
    .max(600, 'Number must be ≤ 600'),
});
export type Waypoint = z.infer<typeof WaypointSchema>;

export const TourSchema = z
  .strictObject({
    id: kebabId,
    titleKey: i18nKey,
    waypoints: z.array(WaypointSchema).min(1, 'Must have at least 1 item'),
  })
  .superRefine((tour, ctx) => {
    const seen = new Set<string>();
    tour.waypoints.forEach((w, i) => {
      if (seen.has(w.id)) {
        ctx.addIssue({ code: 'custom', path: ['waypoints', i, 'id'], message: `Duplicate waypoint id "${w.id}"` });
      }
      seen.add(w.id);
      if (w.camera.kind === 'craft' && (w.vehicle ?? 'iss') === 'iss') {
        ctx.addIssue({ code: 'custom', path: ['waypoints', i, 'vehicle'], message: `A "craft" camera needs an earlier craft as the vehicle (${EARLIER_VEHICLES.join(', ')})` });
      }
    });
  });
export type Tour = z.infer<typeof TourSchema>;

export type ParseTourResult = { ok: true; tour: Tour } | { ok: false; errors: string[] };

/** Friendlier default messages than zod's (schema-level messages above take precedence). */
const errorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      return iss.input === undefined ? 'Required' : `Expected ${iss.expected}, got ${describe(iss.input)}`;
    case 'invalid_value':
      return `Expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(iss.input)}`;
    case 'invalid_union':
      if ('discriminator' in iss && typeof iss.discriminator === 'string') {
        const value = iss.input && typeof iss.input === 'object' ? (iss.input as Record<string, unknown>)[iss.discriminator] : undefined;
        return `Unknown ${iss.discriminator} ${describe(value)}; expected one of ${CAMERA_KINDS.join(', ')}`;
      }
      return undefined;
    case 'unrecognized_keys':
      return `Unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return undefined;
  }
};

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/**
 * Validates a tour file's parsed JSON. Errors name the file, the waypoint (its index in the
 * `waypoints` array, 0-based, and its id) and the field, e.g.
 * `common-orbit.json: waypoint 3 ("shuttle-mir"): camera.latDeg: Number must be ≤ 90`.
 */
export function parseTour(json: unknown, fileName: string): ParseTourResult {
  const result = TourSchema.safeParse(json, { error: errorMap });
  if (result.success) return { ok: true, tour: result.data };
  const rawWaypoints =
    json && typeof json === 'object' && Array.isArray((json as { waypoints?: unknown }).waypoints)
      ? ((json as { waypoints: unknown[] }).waypoints)
      : [];
  const errors = result.error.issues.map((iss) => {
    const path = iss.path;
    if (path[0] === 'waypoints' && typeof path[1] === 'number') {
      const index = path[1];
      const raw = rawWaypoints[index] as { id?: unknown } | undefined;
      const label = typeof raw?.id === 'string' && raw.id ? `"${raw.id}"` : 'without id';
      const field = formatPath(path.slice(2)) || '(waypoint)';
      return `${fileName}: waypoint ${index} (${label}): ${field}: ${iss.message}`;
    }
    return `${fileName}: ${formatPath(path) || '(tour)'}: ${iss.message}`;
  });
  return { ok: false, errors };
}
