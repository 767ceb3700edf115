import { entryLabel, issueMessages, z } from '../content/zod';
import type { ElementId } from './assembly';

/**
 * The docking manifest: which visiting vehicle sat at which ISS port over which dates, with its crew.
 * Pure (no three, no React) so it can be validated in tests and at load. Instants are UTC (ISO-8601 in
 * the file, ms in code).
 */

/** Ports of the present station: each has a `port-<id>` node in models/iss.glb (models/README.md). */
export const PORTS = [
  'harmony-forward',
  'harmony-zenith',
  'harmony-nadir',
  'unity-nadir',
  'rassvet-nadir',
  'prichal-nadir',
  'poisk-zenith',
  'zvezda-aft',
] as const;
/** Ports the dataset lists that the present station no longer has: Pirs left in Jul 2021, Prichal took Nauka nadir in Nov 2021. */
export const FORMER_PORTS = ['pirs-nadir', 'nauka-nadir'] as const;
export const ALL_PORTS = [...PORTS, ...FORMER_PORTS] as const;
export type PortId = (typeof ALL_PORTS)[number];

/**
 * The element that carries each port's docking or berthing interface (station-through-time.md Part C;
 * facts.md §2.6): a vehicle can be there only while that element is (src/spacecraft/assembly.ts).
 */
export const PORT_ELEMENT: Readonly<Record<PortId, ElementId>> = {
  'harmony-forward': 'ida-2',
  'harmony-zenith': 'ida-3',
  'harmony-nadir': 'harmony',
  'unity-nadir': 'unity',
  'rassvet-nadir': 'rassvet',
  'prichal-nadir': 'prichal',
  'poisk-zenith': 'poisk',
  'zvezda-aft': 'zvezda',
  'pirs-nadir': 'pirs',
  'nauka-nadir': 'nauka',
};

export const VEHICLES = [
  'soyuz-ms',
  'crew-dragon',
  'soyuz-tm',
  'progress-ms',
  'progress-m-um',
  'cargo-dragon',
  'cygnus',
  'htv-x',
  'starliner',
] as const;
export type VehicleKind = (typeof VEHICLES)[number];

/** Grappled by the arm and berthed to a CBM; the others dock under their own control (station-through-time.md Part C). */
export const BERTHED_VEHICLES: ReadonlySet<VehicleKind> = new Set<VehicleKind>(['cygnus', 'htv-x']);

/**
 * The integrated-crew ("seat swap") agreement, signed 14 Jul 2022 per Roscosmos (facts.md T12). NASA seats
 * on Soyuz before it (MS-17, MS-18) were bought seats (facts.md T10), not swaps.
 */
export const INTEGRATED_CREW_AGREEMENT_MS = Date.parse('2022-07-14T00:00:00Z');
const RUSSIAN_VEHICLES: ReadonlySet<VehicleKind> = new Set<VehicleKind>(['soyuz-ms', 'soyuz-tm']);
const US_CREW_VEHICLES: ReadonlySet<VehicleKind> = new Set<VehicleKind>(['crew-dragon', 'starliner']);

/**
 * What the records cover (iss-visiting-vehicles.json, from the corquaid/international-space-station-APIs
 * history): every vehicle docked from its first version (7 Jan 2021) to its last (28 Apr 2026). Before,
 * only the stays facts.md sources are listed; after, nothing is known.
 */
export const MANIFEST_COMPLETE_FROM = '2021-01-07';
export const MANIFEST_AS_OF = '2026-04-28';
export const MANIFEST_AS_OF_MS = Date.parse(`${MANIFEST_AS_OF}T00:00:00Z`);

/** An ISO-8601 UTC instant ("2025-04-08T08:57:00Z"), shared by the content schemas. */
export const isoInstant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), 'not an ISO-8601 UTC instant');

const entrySchema = z.object({
  id: z.string().min(1),
  vehicle: z.enum(VEHICLES),
  name: z.string().min(1),
  /** null: aboard, at a port the sources do not record (it had moved off its listed port). */
  port: z.enum(ALL_PORTS).nullable(),
  from: isoInstant,
  to: isoInstant.nullable(),
  /** The id of this vehicle's first entry, when the entry is a later part of the same stay (after a relocation). */
  segmentOf: z.string().min(1).optional(),
  crew: z.array(z.object({ name: z.string().min(1), agency: z.string().min(1) })).default([]),
  uncertain: z.array(z.enum(['port', 'from', 'to', 'crew'])).default([]),
  source: z.string().min(1),
  note: z.string().min(1).optional(),
});

export type ManifestEntry = z.infer<typeof entrySchema> & {
  fromMs: number;
  /** Infinity while still docked when the records end (`to` null). */
  toMs: number;
  /** Berthed by the arm to a CBM (Cygnus, HTV-X) rather than docked. */
  berthed: boolean;
  /** A NASA astronaut on a Soyuz, or a Roscosmos cosmonaut on a Dragon or Starliner, under the integrated-crew agreement. */
  seatSwap: boolean;
};

export interface ManifestResult {
  entries: ManifestEntry[];
  /** One message per rejected entry, naming the entry and the field. */
  errors: string[];
}

function isSeatSwap(vehicle: VehicleKind, crew: readonly { agency: string }[], fromMs: number): boolean {
  if (fromMs < INTEGRATED_CREW_AGREEMENT_MS) return false;
  if (RUSSIAN_VEHICLES.has(vehicle)) return crew.some((c) => c.agency === 'NASA');
  return US_CREW_VEHICLES.has(vehicle) && crew.some((c) => c.agency === 'Roscosmos');
}

/**
 * Validates each entry on its own (a bad entry drops only itself), then rejects entries that overlap
 * an earlier valid entry on the same port, and later segments that name no earlier entry of their vehicle.
 */
export function parseManifest(json: unknown, fileName = 'docking-manifest.json'): ManifestResult {
  const errors: string[] = [];
  const raw = (json as { entries?: unknown })?.entries;
  if (!Array.isArray(raw)) return { entries: [], errors: [`${fileName}: "entries" must be an array`] };
  const entries: ManifestEntry[] = [];
  raw.forEach((item, i) => {
    const label = entryLabel(fileName, i, item);
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) return void errors.push(...issueMessages(label, parsed.error));
    const e = parsed.data;
    const fromMs = Date.parse(e.from);
    const toMs = e.to === null ? Infinity : Date.parse(e.to);
    if (toMs <= fromMs) return void errors.push(`${label}: to: must be after "from"`);
    if (entries.some((o) => o.id === e.id)) return void errors.push(`${label}: id: "${e.id}" is already defined`);
    if (e.segmentOf !== undefined) {
      const first = entries.find((o) => o.id === e.segmentOf);
      if (!first || first.vehicle !== e.vehicle) return void errors.push(`${label}: segmentOf: "${e.segmentOf}" is not an earlier entry of this vehicle`);
    }
    const clash = e.port !== null && entries.find((o) => o.port === e.port && fromMs < o.toMs && o.fromMs < toMs);
    if (clash) return void errors.push(`${label}: port: "${e.port}" is already taken by "${clash.id}" over these dates`);
    entries.push({ ...e, fromMs, toMs, berthed: BERTHED_VEHICLES.has(e.vehicle), seatSwap: isSeatSwap(e.vehicle, e.crew, fromMs) });
  });
  return { entries, errors };
}

/** Entries docked at the instant (from ≤ t < to). Past the end of the records, open-ended stays never end: see dockedAsOf. */
export function dockedAt(entries: readonly ManifestEntry[], instantMs: number): ManifestEntry[] {
  return entries.filter((e) => e.fromMs <= instantMs && instantMs < e.toMs);
}

export interface DockedAsOf {
  entries: ManifestEntry[];
  /** null while the instant is inside the records; past their end, the date of the last known configuration shown. */
  asOf: string | null;
}

/**
 * The vehicles docked at `instantMs`; from MANIFEST_AS_OF on, the last known configuration (the stays
 * still open when the records end) with `asOf` set, so the app can say "as of 2026-04-28" instead of
 * claiming to know the present. Before the records and between sourced stays nothing is guessed.
 */
export function dockedAsOf(entries: readonly ManifestEntry[], instantMs: number): DockedAsOf {
  if (instantMs < MANIFEST_AS_OF_MS) return { entries: dockedAt(entries, instantMs), asOf: null };
  return { entries: dockedAt(entries, MANIFEST_AS_OF_MS), asOf: MANIFEST_AS_OF };
}
