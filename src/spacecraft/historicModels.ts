import { EARLIER_VEHICLES } from '../content/vocabulary';
import { issueMessages, z } from '../content/zod';
import type { HistoricVehicle } from './history';
import { isoInstant } from './manifest';

/**
 * The historic spacecraft models (public/models/*.glb, built by scripts/build-historic-models.mjs) and the
 * dated records that say which one the scene shows at an instant: the modules each craft was made of over
 * which dates, and the visits (STS-71) docked to it. Pure: zod only. Positions in model metres; model axes
 * as models/README.md (+x along the velocity, +y zenith) — a visiting vehicle's origin is its docking
 * interface with +X out along its docking axis, docked as `vehicle = port · R_y(180°)`.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');
const unit = z
  .tuple([z.number(), z.number(), z.number()])
  .refine((v) => Math.abs(Math.hypot(...v) - 1) < 1e-3, 'must be a unit vector');
const labelKey = z.string().regex(/^craft\.module\.[a-z0-9-]+$/, 'must be an i18n key "craft.module.<id>"');
const uncertain = z.array(z.enum(['from', 'to'])).default([]);

const SourceSchema = z.strictObject({
  title: z.string().min(1),
  via: z.string().min(1),
  licence: z.string().min(1),
  credit: z.string().min(1),
  copyright: z.string().min(1),
});

const PortSchema = z
  .strictObject({ id, positionM: z.tuple([z.number(), z.number(), z.number()]), axis: unit, up: unit })
  .refine((p) => Math.abs(p.axis[0] * p.up[0] + p.axis[1] * p.up[1] + p.axis[2] * p.up[2]) < 1e-3, 'up must be perpendicular to axis');

const ModelSchema = z.strictObject({
  id,
  file: z.string().regex(/^models\/[a-z0-9-]+\.glb$/, 'must be "models/<name>.glb" (under public/)'),
  /** The craft this model shows on its own; a visiting vehicle (the Shuttle) has none. */
  vehicle: z.enum(EARLIER_VEHICLES).optional(),
  modules: z.array(id),
  /** Only within these dates is the model true (beyond its modules' own dates). */
  valid: z.strictObject({ from: isoInstant, to: isoInstant, note: z.string().min(1) }).optional(),
  ports: z.array(PortSchema),
  boundsM: z.strictObject({ min: z.tuple([z.number(), z.number(), z.number()]), max: z.tuple([z.number(), z.number(), z.number()]) }),
  triangles: z.number().int().positive(),
  drawCalls: z.number().int().positive(),
  bytes: z.number().int().positive(),
  source: z.string().min(1),
  note: z.string().min(1).optional(),
});

const ModuleSchema = z.strictObject({
  id,
  vehicle: z.enum(EARLIER_VEHICLES),
  labelKey,
  from: isoInstant,
  to: isoInstant,
  uncertain,
  source: z.string().min(1),
});

const DockingSchema = z.strictObject({
  id,
  /** The visiting model, docked at `port` of the `host` model. */
  visitor: id,
  labelKey,
  host: id,
  port: id,
  from: isoInstant,
  to: isoInstant,
  uncertain,
  source: z.string().min(1),
});

const FileSchema = z.strictObject({
  $comment: z.string().optional(),
  sources: z.record(z.string(), SourceSchema),
  models: z.array(ModelSchema).min(1),
  modules: z.array(ModuleSchema),
  dockings: z.array(DockingSchema),
});

export type HistoricModel = z.infer<typeof ModelSchema>;
export type HistoricModule = z.infer<typeof ModuleSchema>;
export type HistoricDocking = z.infer<typeof DockingSchema>;
export type HistoricModelsFile = z.infer<typeof FileSchema>;
export type HistoricPort = HistoricModel['ports'][number];

export type ParseHistoricResult = { ok: true; data: HistoricModelsFile; errors: [] } | { ok: false; data: null; errors: string[] };

/**
 * Validates historic-models.json: its schema, then that the records agree with each other — every model's
 * source and modules exist, every docking names a model and a port it has, every interval ends after it starts.
 * Errors name the file and the field.
 */
export function parseHistoricModels(json: unknown, fileName = 'historic-models.json'): ParseHistoricResult {
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, data: null, errors: issueMessages(fileName, parsed.error) };
  const d = parsed.data;
  const errors: string[] = [];
  const moduleIds = new Set(d.modules.map((m) => m.id));
  const interval = (where: string, from: string, to: string) => {
    if (Date.parse(to) <= Date.parse(from)) errors.push(`${fileName}: ${where}.to: must be after "from"`);
  };
  d.models.forEach((m, i) => {
    if (!d.sources[m.source]) errors.push(`${fileName}: models.${i}.source: "${m.source}" is not in "sources"`);
    m.modules.forEach((mod, j) => {
      if (!moduleIds.has(mod) && m.vehicle) errors.push(`${fileName}: models.${i}.modules.${j}: "${mod}" is not in "modules"`);
    });
    if (m.valid) interval(`models.${i}.valid`, m.valid.from, m.valid.to);
  });
  d.modules.forEach((m, i) => interval(`modules.${i}`, m.from, m.to));
  d.dockings.forEach((k, i) => {
    interval(`dockings.${i}`, k.from, k.to);
    const host = d.models.find((m) => m.id === k.host);
    if (!host) errors.push(`${fileName}: dockings.${i}.host: "${k.host}" is not a model`);
    else if (!host.ports.some((p) => p.id === k.port)) errors.push(`${fileName}: dockings.${i}.port: model "${k.host}" has no port "${k.port}"`);
    if (!d.models.some((m) => m.id === k.visitor)) errors.push(`${fileName}: dockings.${i}.visitor: "${k.visitor}" is not a model`);
  });
  return errors.length ? { ok: false, data: null, errors } : { ok: true, data: d, errors: [] };
}

const within = (fromIso: string, toIso: string, t: number) => Date.parse(fromIso) <= t && t < Date.parse(toIso);

export interface DockedVisitor {
  docking: HistoricDocking;
  model: HistoricModel;
  port: HistoricPort;
}

export interface CraftOfDate {
  /** The same key for the same model with the same visitors (a scene part is built once per key). */
  key: string;
  model: HistoricModel;
  /** The modules the craft was made of at the instant, in the model's order. */
  modules: HistoricModule[];
  docked: DockedVisitor[];
}

/**
 * What `vehicle` looked like at `instantMs` (from ≤ t < to throughout): the modules the records put
 * together then, the model made of exactly those modules (and valid then), and the visits docked to it.
 * Null when the records give no such model (before or after the craft, or a configuration with no model).
 */
export function craftOfDate(data: HistoricModelsFile, vehicle: HistoricVehicle, instantMs: number): CraftOfDate | null {
  const present = data.modules.filter((m) => m.vehicle === vehicle && within(m.from, m.to, instantMs));
  if (!present.length) return null;
  const ids = new Set(present.map((m) => m.id));
  const model = data.models.find(
    (m) =>
      m.vehicle === vehicle &&
      m.modules.length === ids.size &&
      m.modules.every((id) => ids.has(id)) &&
      (!m.valid || within(m.valid.from, m.valid.to, instantMs)),
  );
  if (!model) return null;
  const docked = data.dockings
    .filter((k) => k.host === model.id && within(k.from, k.to, instantMs))
    .map((docking) => {
      const visitor = data.models.find((m) => m.id === docking.visitor)!;
      return { docking, model: visitor, port: model.ports.find((p) => p.id === docking.port)! };
    });
  return {
    key: [model.id, ...docked.map((d) => d.docking.id)].join('+'),
    model,
    modules: model.modules.map((id) => present.find((m) => m.id === id)!),
    docked,
  };
}
