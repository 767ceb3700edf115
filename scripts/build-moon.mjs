#!/usr/bin/env node
// Builds the measured lunar assets in public/ from the reference copies in ../shared/reference/moon
// (read at BUILD time only; the app and its tests read the outputs in public/, which are committed).
//
//   node scripts/build-moon.mjs                 everything (about 3-4 minutes, one core)
//   node scripts/build-moon.mjs textures grids  only some stages: textures | grids | light
//   LIGHT_HALF_CELLS=90 node scripts/build-moon.mjs light   a quick partial light layer (+-43 km)
//
// textures  public/textures/moon-lroc-4k.jpg, moon-lroc-2k.jpg (LROC colour) and moon-normal-2k.webp
//           (east/north/up normal map from the Kaguya LALT elevation map)
// grids     public/data/south-pole-ldem-480m.{bin,json} (LOLA, as is) and south-pole-lalt-1920m.{bin,json}
//           (the LALT map resampled onto the same polar stereographic plane, out to +-384 km)
// light     public/data/south-pole-light.{bin,json}: per cell of the LOLA grid, the share of one
//           draconic year in which the Sun's centre is above the cell's horizon (needs the grids)
//
// The pure code (projection, sampler, horizon march, Sun above horizon) lives in src/moon/lola.ts and
// src/moon/illumination.ts; Vite's module runner loads those TypeScript files here, so the script and
// the app share one implementation. Deterministic: no clock or randomness enters an output.

import { createHash } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { runnerImport } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REF = path.resolve(ROOT, '..', 'shared', 'reference', 'moon');
const TEXTURES = path.join(ROOT, 'public', 'textures');
const DATA = path.join(ROOT, 'public', 'data');

const INPUT = {
  lroc: path.join(REF, 'lroc_color_poles_4k.jpg'),
  lalt: path.join(REF, 'kaguya_lalt_ggt_map_5760x2880.jpg'),
  ldem: path.join(REF, 'south-pole-ldem-480m.int16le.bin'),
  ldemHeader: path.join(REF, 'south-pole-ldem-480m.json'),
};

const KB = 1024;
const MB = 1024 * 1024;
/** The service worker precaches files under 4 MiB; stay well under. */
const TEXTURE_BUDGET = 3 * MB;
const MOON_RADIUS_KM = 1737.4;
/** Kaguya LALT map: grey 0 and 255 (reference README). */
const LALT_RANGE_KM = [-9.14, 10.72];


/** LALT polar grid: 1920 m posting (4 LOLA cells), +-384 km (colatitude 12.6 deg at the edge midpoints). */
const LALT_POSTING_M = 1920;
const LALT_HALF_CELLS = 200;
const LALT_SUPERSAMPLE = 4;

/**
 * Light layer: the whole LOLA grid (260 cells each side of the pole); LIGHT_HALF_CELLS=N in the
 * environment computes a smaller square for a quick look (the tests want N >= 84, i.e. 40 km).
 * Then the azimuths and the sampled year.
 */
const LIGHT_HALF_CELLS = Number(process.env.LIGHT_HALF_CELLS ?? 260);
const LIGHT_AZIMUTHS = 360;
const LIGHT_START_UTC = '2026-01-01T00:00:00Z';
const LIGHT_STEP_TARGET_H = 1;

sharp.cache(false);
sharp.concurrency(1);

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const rel = (f) => path.relative(ROOT, f);
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

async function loadPure() {
  const opts = { configFile: false, logLevel: 'error' };
  const { module: lola } = await runnerImport(path.join(ROOT, 'src/moon/lola.ts'), opts);
  const { module: illumination } = await runnerImport(path.join(ROOT, 'src/moon/illumination.ts'), opts);
  const { module: textures } = await runnerImport(path.join(ROOT, 'src/moon/moonTextures.ts'), opts);
  return { lola, illumination, textures };
}

// ---------------------------------------------------------------------------------------------- textures

async function buildLroc(names) {
  const meta = await sharp(INPUT.lroc).metadata();
  if (meta.width !== 4096 || meta.height !== 2048) throw new Error(`LROC map is ${meta.width}x${meta.height}, expected 4096x2048`);
  // The 4k copy is the reference JPEG byte for byte (no second lossy pass).
  const out4k = path.join(ROOT, 'public', names['4k'].file);
  await writeFile(out4k, await readFile(INPUT.lroc)); // not copyFile: it would keep the reference's read-only mode
  const out2k = path.join(ROOT, 'public', names['2k'].file);
  await sharp(INPUT.lroc).resize(2048, 1024, { fit: 'fill', kernel: 'lanczos3' }).jpeg({ quality: 88, mozjpeg: true }).toFile(out2k);
  return [out4k, out2k];
}

/** Area-weighted 1-D resample of `n` samples (stride apart, from `offset`) to `m`, into out (stride outStride). */
function resampleLine(src, offset, stride, n, out, outOffset, outStride, m) {
  const ratio = n / m;
  for (let j = 0; j < m; j++) {
    const a = j * ratio;
    const b = a + ratio;
    let sum = 0;
    for (let i = Math.floor(a); i < Math.ceil(b); i++) {
      const w = Math.min(b, i + 1) - Math.max(a, i);
      sum += w * src[offset + i * stride];
    }
    out[outOffset + j * outStride] = sum / ratio;
  }
}

/** The LALT map as km above the 1737.4 km sphere, Float32Array width x height (row 0 = +90 deg). */
async function readLaltKm() {
  const { data, info } = await sharp(INPUT.lalt).greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== 5760 || info.height !== 2880 || info.channels !== 1) throw new Error(`LALT map is ${info.width}x${info.height}x${info.channels}`);
  const km = new Float32Array(info.width * info.height);
  const [lo, hi] = LALT_RANGE_KM;
  for (let k = 0; k < km.length; k++) km[k] = lo + (data[k] / 255) * (hi - lo);
  return { km, width: info.width, height: info.height };
}

/**
 * Normal map in the local east/north/up frame of an equirectangular texture (R = east, G = north,
 * B = up, each (n + 1)/2 x 255; src/moon/moonTextures.ts MOON_NORMAL_TEXTURE documents it), from the
 * LALT heights area-averaged to 2048 x 1024. Slopes from central differences over an isotropic
 * baseline (the east step widens toward the poles to stay about one north step long), multiplied by
 * the texture's reliefExaggeration. Near-lossless WebP (each channel within 2 of the exact value).
 */
async function buildNormalMap(lalt, spec) {
  const W = spec.width;
  const H = spec.height;
  const exaggeration = spec.reliefExaggeration;
  const tmp = new Float32Array(W * lalt.height);
  for (let y = 0; y < lalt.height; y++) resampleLine(lalt.km, y * lalt.width, 1, lalt.width, tmp, y * W, 1, W);
  const h = new Float32Array(W * H);
  for (let x = 0; x < W; x++) resampleLine(tmp, x, W, lalt.height, h, x, W, H);

  const step = (2 * Math.PI) / W; // rad per pixel, both ways (2:1)
  const rgb = Buffer.alloc(W * H * 3);
  const slopes = [];
  for (let y = 0; y < H; y++) {
    const lat = Math.PI / 2 - (y + 0.5) * step;
    const cos = Math.cos(lat);
    const m = Math.min(W / 4, Math.max(1, Math.round(1 / cos)));
    const dEastKm = 2 * m * MOON_RADIUS_KM * cos * step;
    const y0 = Math.max(0, y - 1);
    const y1 = Math.min(H - 1, y + 1);
    const dNorthKm = (y1 - y0) * MOON_RADIUS_KM * step;
    for (let x = 0; x < W; x++) {
      const gE = (h[y * W + ((x + m) % W)] - h[y * W + ((x - m + W) % W)]) / dEastKm;
      const gN = (h[y0 * W + x] - h[y1 * W + x]) / dNorthKm;
      if ((y & 7) === 0 && (x & 7) === 0) slopes.push(Math.hypot(gE, gN));
      const nx = -exaggeration * gE;
      const ny = -exaggeration * gN;
      const inv = 1 / Math.hypot(nx, ny, 1);
      const o = 3 * (y * W + x);
      rgb[o] = Math.round((nx * inv + 1) * 127.5);
      rgb[o + 1] = Math.round((ny * inv + 1) * 127.5);
      rgb[o + 2] = Math.round((inv + 1) * 127.5);
    }
  }
  slopes.sort((a, b) => a - b);
  const pct = (p) => round((Math.atan(slopes[Math.floor(p * (slopes.length - 1))]) * 180) / Math.PI, 2);
  const file = path.join(ROOT, 'public', spec.file);
  await sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).webp({ nearLossless: true, quality: 60, effort: 6 }).toFile(file);
  console.log(`normal map: true slope median ${pct(0.5)} deg, 90% ${pct(0.9)} deg, 99% ${pct(0.99)} deg (before x${exaggeration})`);
  return file;
}

async function buildTextures(pure) {
  await mkdir(TEXTURES, { recursive: true });
  const files = await buildLroc(pure.textures.MOON_COLOR_TEXTURES);
  files.push(await buildNormalMap(await readLaltKm(), pure.textures.MOON_NORMAL_TEXTURE));
  for (const f of files) {
    const { size } = await stat(f);
    const meta = await sharp(f).metadata();
    console.log(`${rel(f)}  ${meta.width}x${meta.height}  ${(size / KB).toFixed(0)} KB`);
    if (size > TEXTURE_BUDGET) throw new Error(`${rel(f)} is over ${TEXTURE_BUDGET / MB} MB`);
  }
}

// ------------------------------------------------------------------------------------------------- grids

const PROJECTION =
  'polar stereographic, south pole at the centre, sphere R = 1737.4 km, true scale at the pole: ' +
  'rho = 2R tan((90 deg + lat)/2), x = rho sin(lon), y = rho cos(lon), lon = atan2(x, y) (east longitude; ' +
  '+y toward 0 deg E, +x toward 90 deg E)';
const INDEXING = (w) => `value[j*${w} + i] at x = originM[0] + postingM*i, y = originM[1] + postingM*j; row j = 0 is the edge toward 180 deg`;
const LOLA_CREDIT = 'NASA/GSFC LOLA team (LRO Lunar Orbiter Laser Altimeter), via the NASA PDS Geosciences Node; public domain';
const LALT_CREDIT = 'JAXA/SELENE, LALT (Kaguya laser altimeter)';

function dnRange(int16) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of int16) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** LOLA 480 m grid: the reference file as is, with a header in the app's format (lola.ts). */
async function buildLola() {
  const ref = JSON.parse(await readFile(INPUT.ldemHeader, 'utf8'));
  const bin = await readFile(INPUT.ldem);
  if (sha256(bin) !== ref.sha256) throw new Error('south-pole-ldem-480m.int16le.bin does not match the sha256 of its header');
  const int16 = new Int16Array(bin.buffer, bin.byteOffset, bin.byteLength / 2);
  const file = 'south-pole-ldem-480m.bin';
  await writeFile(path.join(DATA, file), bin);
  const header = {
    file,
    width: ref.width,
    height: ref.height,
    sampleType: 'int16le',
    heightScaleM: 0.5,
    heightDatum: 'metres = DN x heightScaleM above the 1737.4 km sphere',
    postingM: ref.postingM,
    originM: [ref.originM.x, ref.originM.y],
    originNote: 'plane position of sample [row 0, col 0], metres',
    indexing: INDEXING(ref.width),
    projection: PROJECTION,
    dnRange: dnRange(int16),
    bytes: bin.byteLength,
    sha256: sha256(bin),
    derivedFrom: ref.derivedFrom,
    source: `${ref.source}; copied unchanged from shared/reference/moon/south-pole-ldem-480m.int16le.bin`,
    credit: LOLA_CREDIT,
    checks: ref.checks,
  };
  await writeFile(path.join(DATA, 'south-pole-ldem-480m.json'), `${JSON.stringify(header, null, 1)}\n`);
  return { header, bin };
}

/** Bilinear LALT height (km) at a selenographic point; longitude wraps, rows run +90 (top) to -90. */
function laltKmAt(lalt, latDeg, lonDeg) {
  const { km, width, height } = lalt;
  const x = ((((lonDeg + 180) / 360) * width - 0.5) % width + width) % width;
  const y = Math.min(height - 1, Math.max(0, ((90 - latDeg) / 180) * height - 0.5));
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = (x0 + 1) % width;
  const y1 = Math.min(height - 1, y0 + 1);
  const fx = x - x0;
  const fy = y - y0;
  const a = km[y0 * width + x0] * (1 - fx) + km[y0 * width + x1] * fx;
  const b = km[y1 * width + x0] * (1 - fx) + km[y1 * width + x1] * fx;
  return a * (1 - fy) + b * fy;
}

/**
 * The LALT map resampled onto the LOLA plane, 1920 m posting, +-384 km: each cell the mean of
 * LALT_SUPERSAMPLE^2 bilinear samples over its footprint (near the pole the map's columns are far
 * narrower than a cell). Heights as int16 DN x 0.5 m, like the LOLA grid. Also returns the mean and
 * RMS of LALT - LOLA where they overlap (LOLA mean-pooled to the same cells).
 */
async function buildLaltGrid(lola, lolaGrid, lalt) {
  const n = 2 * LALT_HALF_CELLS + 1;
  const sp = LALT_POSTING_M / 1000;
  const origin = -LALT_HALF_CELLS * sp;
  const dn = new Int16Array(n * n);
  const ll = { latDeg: 0, lonDeg: 0 };
  let sumD = 0;
  let sumD2 = 0;
  let overlap = 0;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      let sumLola = 0;
      let lolaCount = 0;
      for (let b = 0; b < LALT_SUPERSAMPLE; b++) {
        for (let a = 0; a < LALT_SUPERSAMPLE; a++) {
          const x = origin + sp * (i + (a + 0.5) / LALT_SUPERSAMPLE - 0.5);
          const y = origin + sp * (j + (b + 0.5) / LALT_SUPERSAMPLE - 0.5);
          lola.lolaPlaneToSelenographic(x, y, ll);
          sum += laltKmAt(lalt, ll.latDeg, ll.lonDeg);
          const hl = lola.heightKmAtLolaPlane(lolaGrid, x, y);
          if (!Number.isNaN(hl)) {
            sumLola += hl;
            lolaCount++;
          }
        }
      }
      const hKm = sum / LALT_SUPERSAMPLE ** 2;
      dn[j * n + i] = Math.round((hKm * 1000) / 0.5);
      if (lolaCount === LALT_SUPERSAMPLE ** 2) {
        const d = hKm - sumLola / lolaCount;
        sumD += d;
        sumD2 += d * d;
        overlap++;
      }
    }
  }
  const file = 'south-pole-lalt-1920m.bin';
  const bin = Buffer.from(dn.buffer, dn.byteOffset, dn.byteLength);
  await writeFile(path.join(DATA, file), bin);
  const biasKm = sumD / overlap;
  const rmsKm = Math.sqrt(sumD2 / overlap);
  const header = {
    file,
    width: n,
    height: n,
    sampleType: 'int16le',
    heightScaleM: 0.5,
    heightDatum: 'metres = DN x heightScaleM above the 1737.4 km sphere',
    postingM: LALT_POSTING_M,
    originM: [origin * 1000, origin * 1000],
    originNote: 'plane position of sample [row 0, col 0], metres',
    indexing: INDEXING(n),
    projection: PROJECTION,
    dnRange: dnRange(dn),
    bytes: bin.byteLength,
    sha256: sha256(bin),
    derivedFrom:
      `SELENE (Kaguya) LALT global map (shared/reference/moon/kaguya_lalt_ggt_map_5760x2880.jpg: 16 px/deg, 8-bit, ` +
      `0 = ${LALT_RANGE_KM[0]} km, 255 = ${LALT_RANGE_KM[1]} km over 1737.4 km), each cell the mean of ` +
      `${LALT_SUPERSAMPLE}x${LALT_SUPERSAMPLE} bilinear samples over its footprint. Resolution is the map's ~1.9 km, ` +
      `heights in ~78 m steps: for the terrain beyond the LOLA grid and for far horizons, not for detail.`,
    vsLola: {
      note: 'LALT minus LOLA where both exist (LOLA averaged over the same cells), km',
      meanKm: round(biasKm, 3),
      rmsKm: round(rmsKm, 3),
      cells: overlap,
    },
    source: 'jaanga/moon : heightmaps/LALT_GGT_MAP.jpg @c39c8f7b (as copied in shared/reference/moon); data CC BY 4.0 as that repository states',
    credit: LALT_CREDIT,
  };
  await writeFile(path.join(DATA, 'south-pole-lalt-1920m.json'), `${JSON.stringify(header, null, 1)}\n`);
  console.log(`LALT vs LOLA over ${overlap} cells: mean ${round(biasKm * 1000, 0)} m, RMS ${round(rmsKm * 1000, 0)} m`);
  return { header, bin };
}

/** Reads a grid back through lola.ts, as the app will. */
async function readGrid(lola, name) {
  const json = JSON.parse(await readFile(path.join(DATA, `${name}.json`), 'utf8'));
  const bin = await readFile(path.join(DATA, json.file));
  const { grid, error } = lola.decodePolarHeightGrid(json, bin, `${name}.json`);
  if (!grid) throw new Error(error);
  return grid;
}

async function buildGrids(pure) {
  await mkdir(DATA, { recursive: true });
  await buildLola();
  const lolaGrid = await readGrid(pure.lola, 'south-pole-ldem-480m');
  await buildLaltGrid(pure.lola, lolaGrid, await readLaltKm());
  await readGrid(pure.lola, 'south-pole-lalt-1920m');
  for (const f of ['south-pole-ldem-480m.bin', 'south-pole-lalt-1920m.bin']) {
    console.log(`public/data/${f}  ${((await stat(path.join(DATA, f))).size / KB).toFixed(0)} KB`);
  }
}

// ------------------------------------------------------------------------------------------------- light

/**
 * Per LOLA cell within LIGHT_HALF_CELLS of the pole (a square): the horizon profile (LIGHT_AZIMUTHS
 * grid azimuths, marched over LOLA, then LALT, then the bare sphere) and the number of samples of one
 * draconic year, about hourly from LIGHT_START_UTC, in which the Sun's centre is above it.
 */
async function buildLight(pure) {
  const { lola, illumination } = pure;
  const lolaGrid = await readGrid(lola, 'south-pole-ldem-480m');
  const laltGrid = await readGrid(lola, 'south-pole-lalt-1920m');
  const terrain = illumination.makeHorizonTerrain([lolaGrid, laltGrid]);

  const periodMs = illumination.DRACONIC_YEAR_DAYS * 86_400_000;
  const count = Math.round(periodMs / (LIGHT_STEP_TARGET_H * 3_600_000));
  const stepMs = periodMs / count;
  const startMs = Date.parse(LIGHT_START_UTC);
  const sunDirs = illumination.sunDirectionsMoonFixed(startMs, stepMs, count);

  const centre = (lolaGrid.width - 1) / 2;
  const c0 = centre - LIGHT_HALF_CELLS;
  const n = 2 * LIGHT_HALF_CELLS + 1;
  const lit = new Uint16Array(n * n);
  const profile = new Float32Array(LIGHT_AZIMUTHS);
  const t0 = performance.now();
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const col = c0 + i;
      const row = c0 + j;
      const x = lolaGrid.originXKm + col * lolaGrid.spacingKm;
      const y = lolaGrid.originYKm + row * lolaGrid.spacingKm;
      illumination.horizonProfile(terrain, x, y, lolaGrid.heightsKm[row * lolaGrid.width + col], profile);
      lit[j * n + i] = illumination.countSunAboveHorizon(profile, x, y, sunDirs, count);
    }
    if (j % 50 === 0) console.log(`light: row ${j}/${n}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const seconds = (performance.now() - t0) / 1000;
  await writeLight(pure, { lit, n, c0, count, stepMs, startMs, lolaGrid, laltGrid, seconds });
}

/** Greedy: the most-lit cells, each at least `sepKm` from those picked before. */
function mostLit(lit, n, take, sepKm, posOf) {
  const order = Array.from(lit.keys()).sort((a, b) => lit[b] - lit[a] || a - b);
  const picked = [];
  for (const k of order) {
    if (picked.length >= take) break;
    const p = posOf(k);
    if (picked.every((q) => Math.hypot(q.xKm - p.xKm, q.yKm - p.yKm) >= sepKm)) picked.push({ k, ...p });
  }
  return picked;
}

async function writeLight(pure, r) {
  const { lola } = pure;
  const { lit, n, c0, count, stepMs, startMs, lolaGrid, laltGrid } = r;
  const sp = lolaGrid.spacingKm;
  const ox = lolaGrid.originXKm + c0 * sp;
  const oy = lolaGrid.originYKm + c0 * sp;
  const posOf = (k) => {
    const i = k % n;
    const j = (k - i) / n;
    const xKm = ox + i * sp;
    const yKm = oy + j * sp;
    const ll = lola.lolaPlaneToSelenographic(xKm, yKm, { latDeg: 0, lonDeg: 0 });
    return { xKm, yKm, latDeg: ll.latDeg, lonDeg: ll.lonDeg, heightKm: lola.heightKmAtLolaPlane(lolaGrid, xKm, yKm) };
  };
  let darkCells = 0;
  let darkAreaKm2 = 0;
  for (let k = 0; k < lit.length; k++) {
    if (lit[k] !== 0) continue;
    const p = posOf(k);
    darkCells++;
    darkAreaKm2 += (sp / lola.lolaPlaneScale(p.xKm, p.yKm)) ** 2;
  }
  const top = mostLit(lit, n, 10, 3, posOf).map((p) => ({
    latDeg: round(p.latDeg, 4),
    lonDeg: round(p.lonDeg, 3),
    heightKm: round(p.heightKm, 3),
    litPercent: round((100 * lit[p.k]) / count, 1),
    poleDistanceKm: round(Math.hypot(p.xKm, p.yKm) / lola.lolaPlaneScale(p.xKm / 2, p.yKm / 2), 1),
    cell: [p.k % n, Math.floor(p.k / n)],
  }));
  const file = 'south-pole-light.bin';
  const bin = Buffer.from(lit.buffer, lit.byteOffset, lit.byteLength);
  await writeFile(path.join(DATA, file), bin);
  const header = {
    file,
    width: n,
    height: n,
    sampleType: 'uint16le',
    value: 'samples (of sampling.count) in which the Sun\'s centre is above the cell\'s horizon; lit fraction = value / sampling.count; 0 = never lit in the sampled year',
    postingM: round(sp * 1000, 6),
    originM: [round(ox * 1000, 6), round(oy * 1000, 6)],
    originNote: `plane position of cell [row 0, col 0], metres: the cells are the LOLA grid's samples [${c0}..${c0 + n - 1}] in both directions`,
    indexing: INDEXING(n),
    projection: PROJECTION,
    sampling: {
      startUtc: new Date(startMs).toISOString(),
      stepMs: round(stepMs, 3),
      stepHours: round(stepMs / 3_600_000, 6),
      count,
      periodDays: pure.illumination.DRACONIC_YEAR_DAYS,
      note: 'one draconic year (the period of the Sun\'s selenographic latitude, i.e. of the polar seasons), sampled uniformly; each sample stands for stepMs',
      sunSource: 'astronomy-engine 2.x via src/astro/selenography.ts sunPositionSelenocentricMoonFixedKm (Sun - Moon, geocentric, IAU Moon-fixed frame of RotationAxis(Body.Moon))',
    },
    horizon: {
      azimuths: LIGHT_AZIMUTHS,
      azimuthConvention: 'grid azimuth: from the plane\'s +y axis (toward 0 deg E) turning toward +x (90 deg E)',
      method:
        'src/moon/illumination.ts horizonProfile: straight rays in the plane, one sample per grid spacing, bilinear; ' +
        `LOLA 480 m to its edge (+-${round(-lolaGrid.originXKm, 1)} km), then LALT ${laltGrid.spacingKm * 1000} m to +-${round(-laltGrid.originXKm, 1)} km, then the bare sphere; ` +
        'curvature: drop g^2/2R below the observer\'s horizontal; observer on the surface (eye height 0)',
    },
    criterion: 'the Sun\'s CENTRE above the horizon profile (linear between azimuths); no solar disc (a limb shows up to 0.27 deg earlier), no Earth eclipses, no refraction (no atmosphere)',
    limits: [
      'A 480 m grid (LOLA 80 m mean-pooled 6x6) smooths peaks and fills small pits: real rim peaks stand higher and see more Sun, and cold traps smaller than ~1-2 km (most of the permanently shadowed area by count) are not resolved.',
      'Terrain beyond the LOLA square comes from the Kaguya LALT map at ~1.9 km and ~78 m steps; beyond +-384 km, a bare sphere (terrain there cannot reach above these cells\' horizons).',
      '360 azimuths (1 deg) and hourly samples: lit fractions are good to about a percent; a cell at 0 is never lit at the sampled instants.',
      'One draconic year from the start instant; other years differ by a few percent with the 18.6-year nodal cycle and the Sun\'s distance.',
    ],
    results: {
      permanentlyShadowed: { cells: darkCells, areaKm2: round(darkAreaKm2, 1), note: 'cells lit in no sample' },
      maxLitPercent: top.length ? top[0].litPercent : 0,
      mostLit: top,
      mostLitNote: 'the most-lit cells, each at least 3 km from the ones before',
    },
    credit: `${LOLA_CREDIT}; ${LALT_CREDIT}; Sun: astronomy-engine (Don Cross, MIT)`,
  };
  await writeFile(path.join(DATA, 'south-pole-light.json'), `${JSON.stringify(header, null, 1)}\n`);
  console.log(`light: ${n}x${n} cells in ${r.seconds.toFixed(0)} s; never lit: ${darkCells} cells, ${darkAreaKm2.toFixed(0)} km2; most lit:`);
  for (const t of top) console.log(`  ${t.litPercent}% at ${t.latDeg}, ${t.lonDeg} (h ${t.heightKm} km, ${t.poleDistanceKm} km from the pole)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

async function main() {
  const stages = process.argv.slice(2);
  const unknown = stages.filter((st) => !['textures', 'grids', 'light'].includes(st));
  if (unknown.length) throw new Error(`unknown stage ${unknown.join(', ')}: use textures, grids or light`);
  for (const f of Object.values(INPUT)) {
    await stat(f).catch(() => {
      throw new Error(`${f} not found: this script reads the reference copies in ../shared/reference/moon`);
    });
  }
  const want = (s) => stages.length === 0 || stages.includes(s);
  const t0 = performance.now();
  const pure = await loadPure();
  if (want('textures')) await buildTextures(pure);
  if (want('grids')) await buildGrids(pure);
  if (want('light')) await buildLight(pure);
  console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
