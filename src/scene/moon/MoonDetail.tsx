import { use, useEffect, useMemo, useState } from 'react';
import { lightTexelsOnPolarGrid } from '../../moon/lightLayer';
import { elevationKmAt } from '../../moon/moonKit';
import { heightKmOnPolarGrid } from '../../moon/polarGrid';
import { polarDetailOf, southPoleSurface, type PolarDetail } from '../../moon/southPoleTerrain';
import { useLayers } from '../../state/layers';
import { useLunarData } from '../../state/lunarData';
import { noticeActions } from '../../state/notices';
import { useView } from '../../state/view';
import { LunarMarkers } from './LunarMarkers';
import { MostLitLabels } from './MostLitLabels';
import { SouthPole } from './SouthPole';
import { loadSouthPoleData } from './southPoleData';
import { useMoonKit } from './useMoonKit';

/**
 * The south-pole terrain, its markers and the light layer: loaded in their own chunk when a lunar view is
 * first used, and shown once the measured grids have loaded (the component suspends until then). The
 * relief is the LOLA 480 m grid inside ±124.8 km and SELENE LALT around it; if either file is missing or
 * bad, the terrain of before (a NASA CGI Moon Kit elevation map when one is installed, else the crater
 * catalogue model) with a notice.
 */
export default function MoonDetail({ visible }: { visible: boolean }) {
  const markers = useLayers((s) => s.layers.markers);
  const lightOn = useLayers((s) => s.layers.light);
  const closeUp = useView((s) => s.view === 'shackleton');
  const data = use(loadSouthPoleData());
  const kit = useMoonKit();
  const grids = data.terrain.grids;
  const kitHeightKmAt = useMemo(() => {
    const img = kit?.elevation;
    const range = kit?.kit.elevationRangeKm;
    return img && range ? (lat: number, lon: number) => elevationKmAt(img, range, lat, lon) : undefined;
  }, [kit]);
  // With the measured grids the kit's elevation (a coarser global map) is not used for the close-up.
  const previousHeightKmAt = grids ? undefined : kitHeightKmAt;
  const surface = useMemo(() => southPoleSurface(grids, previousHeightKmAt), [grids, previousHeightKmAt]);
  // The 480 m relief (~60 ms of work) comes in a task of its own after the terrain's first frame: the
  // first lunar view does not wait for it.
  const [detailOf, setDetailOf] = useState<{ grids: typeof grids; detail: PolarDetail | null } | null>(null);
  useEffect(() => {
    if (!grids) return;
    const timer = setTimeout(() => setDetailOf({ grids, detail: polarDetailOf(grids[0]) }), 0);
    return () => clearTimeout(timer);
  }, [grids]);
  const detail = detailOf && detailOf.grids === grids ? detailOf.detail : null;
  const light = useMemo(() => (data.light.layer ? lightTexelsOnPolarGrid(data.light.layer) : null), [data.light.layer]);
  const surfaceHeightKmAt = useMemo(
    () => (lat: number, lon: number) => heightKmOnPolarGrid(surface.grid, surface.heightsKm, lat, lon),
    [surface],
  );

  // Tells the globe to give up its polar cap to the terrain, and the UI whether the light layer can be shown.
  useEffect(() => {
    useLunarData.setState({ terrain: surface.source, light: light ? 'ready' : 'unavailable' });
    return () => useLunarData.setState({ terrain: null, light: null });
  }, [surface, light]);
  useEffect(() => {
    const { problem } = data.terrain;
    if (problem) noticeActions.show('south-pole-terrain', kitHeightKmAt ? 'moon.terrainFallbackKit' : 'moon.terrainFallback', { error: problem });
    const lightProblem = data.light.error ?? (light ? null : 'south-pole-light.json: not a square centred on the pole');
    if (lightProblem) noticeActions.show('south-pole-light', 'moon.lightError', { error: lightProblem });
  }, [data, light, kitHeightKmAt]);

  return (
    <>
      <SouthPole surface={surface} detail={detail} light={light} />
      <LunarMarkers labels={closeUp ? 'all' : 'main'} visible={visible && markers} heightKmAt={surfaceHeightKmAt} />
      {data.light.layer && (
        <MostLitLabels points={data.light.layer.mostLit} visible={visible && lightOn && light !== null} heightKmAt={surfaceHeightKmAt} />
      )}
    </>
  );
}
