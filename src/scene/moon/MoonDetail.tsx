import { useMemo } from 'react';
import { elevationKmAt } from '../../moon/moonKit';
import { useLayers } from '../../state/layers';
import { useView } from '../../state/view';
import { LunarMarkers } from './LunarMarkers';
import { SouthPole } from './SouthPole';
import { useMoonKit } from './useMoonKit';

/**
 * The south-pole terrain and its markers: loaded in their own chunk when a lunar view is first used.
 * The relief comes from a NASA CGI Moon Kit elevation map when one is installed, else from the crater
 * catalogue model.
 */
export default function MoonDetail({ visible }: { visible: boolean }) {
  const markers = useLayers((s) => s.layers.markers);
  const closeUp = useView((s) => s.view === 'shackleton');
  const kit = useMoonKit();
  const heightKmAt = useMemo(() => {
    const img = kit?.elevation;
    const range = kit?.kit.elevationRangeKm;
    return img && range ? (lat: number, lon: number) => elevationKmAt(img, range, lat, lon) : undefined;
  }, [kit]);
  return (
    <>
      <SouthPole key={heightKmAt ? 'moon-kit' : 'catalogue'} heightKmAt={heightKmAt} />
      <LunarMarkers labels={closeUp ? 'all' : 'main'} visible={visible && markers} />
    </>
  );
}
