import { CanvasTexture, LinearMipmapNearestFilter, RepeatWrapping, SRGBColorSpace } from 'three';

/**
 * A tile of solar cells for materials named "solar-cell": dark blue cells with thin light gaps.
 * The models carry UVs in metres, so one repeat = one 0.5 m tile of 4 × 4 cells.
 */
export function makeSolarCellTexture(): CanvasTexture {
  const size = 64;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#1a2a6e';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#8fa0c8';
  for (let i = 0; i < 4; i++) {
    ctx.fillRect(i * 16, 0, 1, size);
    ctx.fillRect(0, i * 16, size, 1);
  }
  const texture = new CanvasTexture(canvas);
  texture.wrapS = texture.wrapT = RepeatWrapping;
  texture.repeat.set(2, 2);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 2; // the wings are seen edge-on; more costs fill on software renderers
  texture.minFilter = LinearMipmapNearestFilter; // one mip level: half the texel reads, same look
  return texture;
}
