import { useEffect, useState } from 'react';
import { SRGBColorSpace, TextureLoader, type Texture } from 'three';
import { parseMoonKit, type ImagePixels, type MoonKit } from '../../moon/moonKit';
import { noticeActions } from '../../state/notices';

/** What the optional NASA CGI Moon Kit provides, once loaded (public/moon/moon-kit.json). */
export interface LoadedMoonKit {
  kit: MoonKit;
  color: Texture | null;
  elevation: ImagePixels | null;
}

const base = `${import.meta.env.BASE_URL}moon/`;

async function pixels(url: string): Promise<ImagePixels> {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
  return { width: bitmap.width, height: bitmap.height, data, channels: 4 };
}

let loading: Promise<LoadedMoonKit | null> | null = null;
function load(): Promise<LoadedMoonKit | null> {
  loading ??= fetch(`${base}moon-kit.json`)
    .then((r) => (r.ok ? r.json() : null))
    .then(async (json) => {
      if (json === null) return null;
      const { kit, errors } = parseMoonKit(json);
      errors.forEach((e, i) => noticeActions.show(`moon-kit-${i}`, 'moon.kitInvalid', { error: e }));
      if (!kit || (!kit.color && !kit.elevation)) return null;
      const color = kit.color ? await new TextureLoader().loadAsync(base + kit.color) : null;
      if (color) color.colorSpace = SRGBColorSpace;
      const elevation = kit.elevation ? await pixels(base + kit.elevation) : null;
      return { kit, color, elevation };
    })
    .catch((e: Error) => {
      noticeActions.show('moon-kit', 'moon.kitUnreadable', { error: e.message });
      return null;
    });
  return loading;
}

/** The loaded Moon Kit, or null while loading or when none is configured. */
export function useMoonKit(): LoadedMoonKit | null {
  const [kit, setKit] = useState<LoadedMoonKit | null>(null);
  useEffect(() => {
    let alive = true;
    void load().then((k) => alive && setKit(k));
    return () => {
      alive = false;
    };
  }, []);
  return kit;
}
