import { z } from '../content/zod';

/**
 * The docking manifest: which visiting vehicle sat at which ISS port over which dates. Pure (no three,
 * no React) so it can be validated in tests and at load. Port ids match the `port-<id>` nodes of
 * models/iss.glb.
 */
export const PORTS = [
  'harmony-forward',
  'harmony-zenith',
  'rassvet-nadir',
  'prichal-nadir',
  'poisk-zenith',
  'zvezda-aft',
] as const;
export type PortId = (typeof PORTS)[number];

export const VEHICLES = ['soyuz-ms', 'crew-dragon'] as const;
export type VehicleKind = (typeof VEHICLES)[number];

const instant = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && Number.isFinite(Date.parse(s)), 'not an ISO-8601 UTC instant');

const entrySchema = z.object({
  id: z.string().min(1),
  vehicle: z.enum(VEHICLES),
  name: z.string().min(1),
  port: z.enum(PORTS),
  from: instant,
  to: instant.nullable(),
  uncertain: z.array(z.enum(['port', 'from', 'to'])).default([]),
  source: z.string().min(1),
});

export type ManifestEntry = z.infer<typeof entrySchema> & { fromMs: number; toMs: number };

export interface ManifestResult {
  entries: ManifestEntry[];
  /** One message per rejected entry, naming the entry and the field. */
  errors: string[];
}

/**
 * Validates each entry on its own (a bad entry drops only itself), then rejects entries that overlap
 * an earlier valid entry on the same port.
 */
export function parseManifest(json: unknown, fileName = 'docking-manifest.json'): ManifestResult {
  const errors: string[] = [];
  const raw = (json as { entries?: unknown })?.entries;
  if (!Array.isArray(raw)) return { entries: [], errors: [`${fileName}: "entries" must be an array`] };
  const entries: ManifestEntry[] = [];
  raw.forEach((item, i) => {
    const label = `${fileName}: entry ${i + 1}${typeof item?.id === 'string' ? ` ("${item.id}")` : ''}`;
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
      return;
    }
    const e = parsed.data;
    const fromMs = Date.parse(e.from);
    const toMs = e.to === null ? Infinity : Date.parse(e.to);
    if (toMs <= fromMs) return void errors.push(`${label}: to: must be after "from"`);
    const clash = entries.find((o) => o.port === e.port && fromMs < o.toMs && o.fromMs < toMs);
    if (clash) return void errors.push(`${label}: port: "${e.port}" is already taken by "${clash.id}" over these dates`);
    entries.push({ ...e, fromMs, toMs });
  });
  return { entries, errors };
}

/** Entries docked at the instant (from ≤ t < to). */
export function dockedAt(entries: readonly ManifestEntry[], instantMs: number): ManifestEntry[] {
  return entries.filter((e) => e.fromMs <= instantMs && instantMs < e.toMs);
}
