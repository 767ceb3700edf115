#!/usr/bin/env node
// Builds the static assets in public/ from images and catalogues shipped in node_modules.
//
//   node scripts/build-assets.mjs
//
// Reproducible: it reads only files in node_modules, uses no clock or randomness, writes no
// metadata (no EXIF, ICC profile or timestamps), and picks JPEG qualities by a deterministic
// search, so the same inputs and the same sharp/libvips give byte-identical outputs.
//
// Every texture is equirectangular, 2:1, longitude -180 at the left edge, north up, like its input.

import { Buffer } from 'node:buffer';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NM = path.join(ROOT, 'node_modules');
const GLOBE = path.join(NM, 'three-globe', 'example');
const TEXTURES = path.join(ROOT, 'public', 'textures');
const DATA = path.join(ROOT, 'public', 'data');

const INPUT = {
  day: path.join(GLOBE, 'img', 'earth-blue-marble.jpg'),
  night: path.join(GLOBE, 'img', 'earth-night.jpg'),
  water: path.join(GLOBE, 'img', 'earth-water.png'),
  topology: path.join(GLOBE, 'img', 'earth-topology.png'),
  clouds: path.join(GLOBE, 'clouds', 'clouds.png'),
  stars: path.join(NM, 'd3-celestial', 'data', 'stars.6.json'),
};

const KB = 1024;
const MB = 1024 * 1024;
/** Largest allowed 2k colour JPEG. */
const JPEG_4K_BUDGET = 1.3 * MB;
/** The first view loads the three 1k textures. */
const FIRST_VIEW_BUDGET = 600 * KB;
/** All the large (2k colour, 2k mask) textures together. */
const LARGE_BUDGET = 5 * MB;
/** JPEG qualities are searched in this range (highest that fits the budget wins). */
const JPEG_Q_MIN = 50;
const JPEG_Q_MAX = 90;
/** Default B-V colour index for stars whose catalogue entry has none (about a G0 star). */
const DEFAULT_BV = 0.65;

sharp.cache(false);
// One thread: libvips output does not depend on thread count, but this rules it out as a variable.
sharp.concurrency(1);

async function pkg(name) {
  return JSON.parse(await readFile(path.join(NM, name, 'package.json'), 'utf8'));
}

/** Resize a colour image to the exact output size; the inputs are already 2:1, so nothing is cropped. */
function resized(input, width) {
  return sharp(input).resize(width, width / 2, { fit: 'fill', kernel: 'lanczos3' });
}

function encodeJpeg(image, quality) {
  return image
    .clone()
    .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0', progressive: true })
    .toBuffer();
}

/** Highest quality in [JPEG_Q_MIN, JPEG_Q_MAX] whose encoding fits `budget` (binary search). */
async function bestJpegQuality(image, budget) {
  let lo = JPEG_Q_MIN;
  let hi = JPEG_Q_MAX;
  if ((await encodeJpeg(image, lo)).length > budget) {
    throw new Error(`even quality ${lo} exceeds ${budget} bytes`);
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((await encodeJpeg(image, mid)).length <= budget) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Colour map at 1k (first view) and 2k (after the first frame). 2k, not 4k: a 4k upload with mipmaps
 * stalls software and integrated GPUs for seconds, and a globe on a 1080p screen shows no more.
 * The 2k quality is the highest under budget; the 1k file uses the same.
 */
async function buildColour(name, input) {
  const big = resized(input, 2048);
  const quality = await bestJpegQuality(big, JPEG_4K_BUDGET);
  const out = [];
  for (const [width, image] of [
    [1024, resized(input, 1024)],
    [2048, big],
  ]) {
    const file = path.join(TEXTURES, `${name}-${width === 1024 ? '1k' : '2k'}.jpg`);
    await writeFile(file, await encodeJpeg(image, quality));
    out.push({ file, quality });
  }
  return out;
}

/**
 * One 8-bit channel of `input` at width x width/2, as raw bytes. The channel is taken out at full
 * resolution first (so the alpha of clouds.png is never premultiplied into anything), then resized
 * on its own with Mitchell, which unlike Lanczos does not ring at sharp edges such as coastlines.
 */
async function channel(input, width, band) {
  const full = await sharp(input).extractChannel(band).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = await sharp(full.data, {
    raw: { width: full.info.width, height: full.info.height, channels: 1 },
  })
    .resize(width, width / 2, { fit: 'fill', kernel: 'mitchell' })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1 || data.length !== (width * width) / 2) {
    throw new Error(`unexpected channel shape for ${input}: ${JSON.stringify(info)}`);
  }
  return data;
}

/**
 * Cloud density for the 1k first-view mask, where an 8-bit noisy layer alone would break the
 * first-view budget: values under CLOUD_FLOOR (speckle below 1.6 % opacity) become 0, and the rest
 * is quantized to CLOUD_LEVELS levels spread over 0..255 (steps of about 4/255).
 */
const CLOUD_FLOOR = 4;
const CLOUD_LEVELS = 64;
function quantizeClouds(data) {
  const out = Buffer.alloc(data.length);
  const k = CLOUD_LEVELS - 1;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] < CLOUD_FLOOR ? 0 : data[i];
    out[i] = Math.round((Math.round((v * k) / 255) * 255) / k);
  }
  return out;
}

/**
 * Packed data texture, lossless WebP, RGB (no alpha):
 *   R = water (255 water, 0 land): earth-water.png is white over the oceans, so it is used as is;
 *   G = relief height: earth-topology.png grey level (0 at sea level);
 *   B = cloud density: the alpha channel of clouds.png (its RGB is white or black patches that do
 *       not follow the clouds; the clouds are in the alpha). Quantized to 6 bits in the 1k file only.
 * Each layer is extracted as one channel and resized to the output size before packing.
 * Lossless WebP is 11-13 % smaller than PNG at compression level 9 for these data.
 */
async function buildMask(width) {
  const [water, relief, cloudsFull] = await Promise.all([
    channel(INPUT.water, width, 0),
    channel(INPUT.topology, width, 0),
    channel(INPUT.clouds, width, 3),
  ]);
  const clouds = width <= 1024 ? quantizeClouds(cloudsFull) : cloudsFull;
  const n = water.length;
  const rgb = Buffer.alloc(n * 3);
  for (let i = 0; i < n; i++) {
    rgb[3 * i] = water[i];
    rgb[3 * i + 1] = relief[i];
    rgb[3 * i + 2] = clouds[i];
  }
  const file = path.join(TEXTURES, `earth-mask-${width / 1024}k.webp`);
  const webp = await sharp(rgb, { raw: { width, height: width / 2, channels: 3 } })
    .webp({ lossless: true, effort: 6, exact: true })
    .toBuffer();
  // The channels are data: check the encoding really is lossless.
  const back = await sharp(webp).raw().toBuffer({ resolveWithObject: true });
  if (back.info.channels !== 3 || !back.data.equals(rgb)) throw new Error(`${file}: WebP round trip is not lossless`);
  await writeFile(file, webp);
  return { file };
}

const round = (x, digits) => {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * stars.6.json is GeoJSON with coordinates [lon, lat] in degrees, lon = right ascension wrapped
 * into -180..180 (d3-celestial convention, data/readme.md). RA is mapped back to 0..360.
 */
async function buildStars(celestialVersion) {
  const geo = JSON.parse(await readFile(INPUT.stars, 'utf8'));
  let missingBv = 0;
  const stars = geo.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const mag = Number(f.properties.mag);
    const bvRaw = f.properties.bv;
    let bv = bvRaw === null || bvRaw === undefined || bvRaw === '' ? NaN : Number(bvRaw);
    if (!Number.isFinite(bv)) {
      bv = DEFAULT_BV;
      missingBv++;
    }
    let ra = round(((lon % 360) + 360) % 360, 4);
    if (ra >= 360) ra -= 360;
    const dec = round(lat, 4);
    if (!Number.isFinite(ra) || !Number.isFinite(dec) || !Number.isFinite(mag) || Math.abs(dec) > 90) {
      throw new Error(`bad star ${JSON.stringify(f)}`);
    }
    return [ra, dec, round(mag, 2), round(bv, 2)];
  });
  const source =
    `d3-celestial ${celestialVersion} data/stars.6.json (Olaf Frohn, BSD-3-Clause; positions and ` +
    `magnitudes from XHIP, an extended Hipparcos compilation, Anderson & Francis 2012), all stars ` +
    `to magnitude 6. RA converted from -180..180 to 0..360 deg, J2000 equatorial. ` +
    `bv missing in ${missingBv} stars, set to ${DEFAULT_BV}.`;
  const head = JSON.stringify({ source, columns: ['raDeg', 'decDeg', 'mag', 'bv'] }).slice(0, -1);
  // One star per line: compact, yet diffs stay readable.
  const body = stars.map((s) => JSON.stringify(s)).join(',\n');
  const file = path.join(DATA, 'stars.json');
  await writeFile(file, `${head},"stars":[\n${body}\n]}\n`);
  return { file, count: stars.length, missingBv };
}

/** The sections of public/CREDITS.md this script writes (between its markers; the rest of the file is kept). */
function credits(v) {
  return `All textures are equirectangular (longitude -180 at the left edge, north up, 2:1) and were
resized with sharp ${v.sharp} (colour maps: Lanczos 3; mask layers: Mitchell) from the files below,
which are taken from npm packages.

## Earth textures, from the npm package three-globe ${v.threeGlobe} (MIT, (c) Vasco Asturiano)

three-globe ships these images in \`example/\` for its demos. Its README and package do not
document their provenance beyond what is noted here, so the attributions below are identified
from the images themselves. NASA imagery is generally free to use with credit (NASA media usage
guidelines).

- **Day** - \`example/img/earth-blue-marble.jpg\`: NASA Visible Earth, *Blue Marble* (NASA Earth
  Observatory / Goddard Space Flight Center, MODIS). Credit: NASA Visible Earth.
  Output: \`textures/earth-day-1k.jpg\`, \`textures/earth-day-2k.jpg\` (resized, JPEG/mozjpeg).
- **Night** - \`example/img/earth-night.jpg\`: NASA night-lights imagery (*Black Marble* / Earth at
  Night, NASA Earth Observatory; city lights over a dim blue land and ocean base).
  Credit: NASA Earth Observatory.
  Output: \`textures/earth-night-1k.jpg\`, \`textures/earth-night-2k.jpg\` (resized, JPEG/mozjpeg).
- **Relief** - \`example/img/earth-topology.png\`: grey-scale land elevation (0 at sea level),
  apparently the NASA Visible Earth Blue Marble topography layer. Packed into the G channel of the mask textures.
- **Water mask** - \`example/img/earth-water.png\`: land/water mask (white = water, with lakes and
  rivers), apparently from the NASA Blue Marble collection. Packed into the R channel of the mask textures.
- **Clouds** - \`example/clouds/clouds.png\`: cloud layer, which three-globe's example says is
  "from https://github.com/turban/webgl-earth" (Bjorn Sandvik's WebGL Earth experiment, which
  documents no further source; the layer looks like NASA Blue Marble cloud imagery). Its alpha channel is packed into the B channel of the mask textures.

Output \`textures/earth-mask-1k.webp\`, \`textures/earth-mask-2k.webp\`: lossless RGB WebP,
R = water (255 water, 0 land), G = relief height (0..255), B = cloud density (0..255). Each layer
was resized on its own (Mitchell filter) before packing. In the 1k file only, cloud density under
${CLOUD_FLOOR}/255 is set to 0 and the rest quantized to ${CLOUD_LEVELS} levels, to fit the first-view budget.

## Stars, from the npm package d3-celestial ${v.celestial} (BSD-3-Clause, (c) 2015 Olaf Frohn)

- \`data/stars.6.json\`: all stars to visual magnitude 6, by Olaf Frohn for d3-celestial, with
  positions, magnitudes and B-V colour from XHIP: An Extended Hipparcos Compilation
  (Anderson & Francis 2012, VizieR V/137D), as its data readme states.
  Output \`data/stars.json\`: [raDeg 0..360, decDeg, mag, bv] per star, RA converted from
  d3-celestial's -180..180 convention, rounded (4 decimals for RA/Dec, 2 for mag/B-V), missing B-V
  set to ${DEFAULT_BV}.

## Moon, from the npm package @cesium/engine ${v.cesium} (Apache-2.0, (c) Cesium GS, Inc.)

- \`Source/Assets/Textures/moonSmall.jpg\`: CesiumJS's global Moon map (256x128, equirectangular),
  re-encoded as \`textures/moon-256.jpg\`: the Moon of the Earth view. The lunar views use the measured
  maps below (LROC colour, Kaguya relief) and the south-pole close-up the LOLA elevation grid; the
  crater-catalogue model of facts.md section 5.3 is only the fallback when those files are missing or bad.
`;
}

/** The Moon: CesiumJS's small global lunar map, copied as is (it is already a 2:1 equirectangular JPEG). */
async function buildMoon() {
  const file = path.join(TEXTURES, 'moon-256.jpg');
  await sharp(path.join(NM, '@cesium', 'engine', 'Source', 'Assets', 'Textures', 'moonSmall.jpg')).jpeg({ quality: 92, mozjpeg: true }).toFile(file);
  return { file };
}

const CREDITS_START = '<!-- scripts/build-assets.mjs: start (generated; rerun npm run assets) -->';
const CREDITS_END = '<!-- scripts/build-assets.mjs: end -->';

/** Replaces this script's part of public/CREDITS.md; the credits other scripts and hands wrote stay. */
async function writeCredits(generated) {
  const file = path.join(ROOT, 'public', 'CREDITS.md');
  const text = await readFile(file, 'utf8');
  const a = text.indexOf(CREDITS_START);
  const b = text.indexOf(CREDITS_END);
  if (a < 0 || b < a) throw new Error(`${file}: the markers of this script's section are missing`);
  await writeFile(file, `${text.slice(0, a + CREDITS_START.length)}\n${generated}\n${text.slice(b)}`);
}

async function main() {
  await mkdir(TEXTURES, { recursive: true });
  await mkdir(DATA, { recursive: true });
  const [threeGlobe, celestial, sharpPkg, cesium] = await Promise.all([
    pkg('three-globe'),
    pkg('d3-celestial'),
    pkg('sharp'),
    pkg('@cesium/engine'),
  ]);

  const day = await buildColour('earth-day', INPUT.day);
  const night = await buildColour('earth-night', INPUT.night);
  const mask1k = await buildMask(1024);
  const mask2k = await buildMask(2048);
  const stars = await buildStars(celestial.version);
  const moon = await buildMoon();
  await writeCredits(credits({ threeGlobe: threeGlobe.version, celestial: celestial.version, sharp: sharpPkg.version, cesium: cesium.version }));

  const size = async (f) => (await stat(f)).size;
  const report = [];
  for (const { file, quality } of [...day, ...night, mask1k, mask2k, moon]) {
    const meta = await sharp(file).metadata();
    report.push({ file, bytes: await size(file), width: meta.width, height: meta.height, quality });
  }
  for (const r of report) {
    const q = r.quality ? ` q${r.quality}` : '';
    console.log(`${path.relative(ROOT, r.file)}  ${r.width}x${r.height}  ${(r.bytes / KB).toFixed(1)} KB${q}`);
  }
  console.log(`${path.relative(ROOT, stars.file)}  ${stars.count} stars (${stars.missingBv} without B-V)  ${((await size(stars.file)) / KB).toFixed(1)} KB`);

  const firstView = report.filter((r) => /-1k\./.test(r.file)).reduce((s, r) => s + r.bytes, 0);
  const large = report.filter((r) => /-(2k|4k)\./.test(r.file)).reduce((s, r) => s + r.bytes, 0);
  console.log(`1k total ${(firstView / KB).toFixed(1)} KB (budget ${FIRST_VIEW_BUDGET / KB} KB); ` +
    `large total ${(large / MB).toFixed(2)} MB (budget ${LARGE_BUDGET / MB} MB)`);
  if (firstView > FIRST_VIEW_BUDGET) throw new Error('1k textures exceed the first-view budget');
  if (large > LARGE_BUDGET) throw new Error('large textures exceed their budget');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
