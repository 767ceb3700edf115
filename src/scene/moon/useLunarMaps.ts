import { useEffect, useState } from 'react';
import { SRGBColorSpace, TextureLoader, type Texture } from 'three';
import { globeColorMapsToLoad, MOON_COLOR_TEXTURES, MOON_NORMAL_TEXTURE } from '../../moon/moonTextures';
import { noticeActions } from '../../state/notices';

/** The globe's measured maps as far as they have loaded: the sharpest LROC colour map, and the Kaguya relief. */
export interface LunarMaps {
  color: Texture | null;
  normal: Texture | null;
}

const url = (file: string) => `${import.meta.env.BASE_URL}${file}`;

/**
 * Loads the LROC colour maps in globeColorMapsToLoad's order (the 2k one for the first lunar view, then
 * the 4k one, which replaces it and frees it) and the Kaguya normal map beside the first, from the first
 * render with `lunarViewUsed`. Textures are disposed when the Moon unmounts. A map that fails to load
 * leaves the one before in place and says so in a notice.
 */
export function useLunarMaps(lunarViewUsed: boolean): LunarMaps {
  const [maps, setMaps] = useState<LunarMaps>({ color: null, normal: null });
  useEffect(() => {
    const order = globeColorMapsToLoad(lunarViewUsed);
    if (order.length === 0) return;
    let alive = true;
    const owned: Texture[] = [];
    const loader = new TextureLoader();
    const fail = (file: string) => (e: unknown) => {
      if (alive) noticeActions.show('moon-maps', 'moon.mapsError', { file, error: e instanceof Error ? e.message : String(e) });
      return null;
    };
    const load = (file: string) =>
      loader.loadAsync(url(file)).then((texture) => {
        if (!alive) texture.dispose();
        else owned.push(texture);
        return alive ? texture : null;
      }, fail(file));
    void load(MOON_NORMAL_TEXTURE.file).then((normal) => normal && setMaps((m) => ({ ...m, normal })));
    void (async () => {
      for (const name of order) {
        const color = await load(MOON_COLOR_TEXTURES[name].file);
        if (!color) return;
        color.colorSpace = SRGBColorSpace;
        setMaps((m) => ({ ...m, color }));
      }
    })();
    return () => {
      alive = false;
      owned.forEach((texture) => texture.dispose());
    };
  }, [lunarViewUsed]);
  // The sharper colour map replaces the one before, which is freed: this cleanup runs in the same commit as
  // the Moon's effect that moves its material to the new map, before any frame draws with the old one.
  useEffect(() => () => maps.color?.dispose(), [maps.color]);
  return maps;
}
