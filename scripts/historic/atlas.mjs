// One texture per output material: the source textures (resized) and a small swatch per untextured
// colour, packed in shelves, so that a model draws in one call per material instead of one per source
// material. Each tile is framed by PAD pixels copied from its edge, so bilinear filtering and the first
// mipmap levels do not bleed a neighbour in.
import sharp from 'sharp';

const PAD = 4;
const SWATCH = 8;

/** glTF colour factors are linear; the atlas is an sRGB image. */
export function linearToSrgb(c) {
  const v = c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, v)) * 255);
}

/**
 * entries: [{ key, image: Buffer | null, color: [r, g, b, a] }]; textures are scaled by `scale` (and halved
 * again until everything fits in maxSize × maxSize). Returns the JPEG atlas, its size and each entry's rect
 * in UV units: { u0, v0, u1, v1 } (glTF UV: v down the image).
 */
export async function buildAtlas(entries, { scale = 1, maxSize = 1024, quality = 88 } = {}) {
  const sized = [];
  for (const e of entries) {
    if (!e.image) {
      sized.push({ e, w: SWATCH, h: SWATCH });
      continue;
    }
    const meta = await sharp(e.image).metadata();
    sized.push({ e, w: meta.width, h: meta.height, image: e.image });
  }
  for (let s = scale; s > 1 / 64; s /= 2) {
    const tiles = sized.map((t) => (t.image ? { ...t, w: Math.max(8, Math.round(t.w * s)), h: Math.max(8, Math.round(t.h * s)) } : t));
    const packed = pack(tiles, maxSize);
    if (packed) return compose(packed, quality, s);
  }
  throw new Error('atlas: the textures do not fit');
}

/** Shelf packing, tallest first; null if it does not fit in maxSize². Width and height are powers of two. */
function pack(tiles, maxSize) {
  const order = [...tiles].sort((a, b) => b.h - a.h || b.w - a.w);
  const widest = Math.max(...order.map((t) => t.w + 2 * PAD));
  let width = 1;
  while (width < widest) width *= 2;
  // Prefer a square-ish atlas: widen while the shelves would be far taller than wide.
  for (;;) {
    const placed = shelves(order, width);
    let height = 1;
    while (height < placed.height) height *= 2;
    if (height <= width || width >= maxSize) {
      if (width > maxSize || height > maxSize) return null;
      return { width, height, tiles: placed.tiles };
    }
    width *= 2;
  }
}

function shelves(order, width) {
  let x = 0, y = 0, shelf = 0;
  const tiles = [];
  for (const t of order) {
    const w = t.w + 2 * PAD, h = t.h + 2 * PAD;
    if (x + w > width) {
      x = 0;
      y += shelf;
      shelf = 0;
    }
    tiles.push({ ...t, x: x + PAD, y: y + PAD });
    x += w;
    shelf = Math.max(shelf, h);
  }
  return { tiles, height: y + shelf };
}

async function compose({ width, height, tiles }, quality, scale) {
  const layers = [];
  const rects = new Map();
  for (const t of tiles) {
    const [r, g, b] = t.e.color.slice(0, 3).map(linearToSrgb);
    let tile;
    if (t.image) {
      let img = sharp(t.image).removeAlpha().resize(t.w, t.h, { fit: 'fill' });
      // A textured material's colour factor multiplies its texture.
      if (r < 255 || g < 255 || b < 255) img = img.linear([r / 255, g / 255, b / 255], [0, 0, 0]);
      tile = await img.extend({ top: PAD, bottom: PAD, left: PAD, right: PAD, extendWith: 'copy' }).png().toBuffer();
    } else {
      tile = await sharp({ create: { width: t.w + 2 * PAD, height: t.h + 2 * PAD, channels: 3, background: { r, g, b } } }).png().toBuffer();
    }
    layers.push({ input: tile, left: t.x - PAD, top: t.y - PAD });
    rects.set(t.e.key, { u0: t.x / width, v0: t.y / height, u1: (t.x + t.w) / width, v1: (t.y + t.h) / height, textured: !!t.image });
  }
  const image = await sharp({ create: { width, height, channels: 3, background: { r: 128, g: 128, b: 128 } } })
    .composite(layers)
    .jpeg({ quality, chromaSubsampling: '4:4:4', mozjpeg: true })
    .toBuffer();
  return { image, width, height, rects, scale };
}

/** Maps a soup's UVs (in [0, 1]² after clipToUnitCells) into its atlas rect; untextured soups get the swatch centre. */
export function mapIntoAtlas(soup, rect) {
  const n = soup.pos.length / 3;
  const uv = new Array(2 * n);
  for (let i = 0; i < n; i++) {
    if (rect.textured && soup.uv) {
      uv[2 * i] = rect.u0 + soup.uv[2 * i] * (rect.u1 - rect.u0);
      uv[2 * i + 1] = rect.v0 + soup.uv[2 * i + 1] * (rect.v1 - rect.v0);
    } else {
      uv[2 * i] = (rect.u0 + rect.u1) / 2;
      uv[2 * i + 1] = (rect.v0 + rect.v1) / 2;
    }
  }
  return { ...soup, uv };
}
