import { useLayers } from '../../state/layers';
import { useView } from '../../state/view';
import { LunarMarkers } from './LunarMarkers';
import { SouthPole } from './SouthPole';

/** The south-pole terrain and its markers: loaded in their own chunk when a lunar view is first used. */
export default function MoonDetail() {
  const markers = useLayers((s) => s.layers.markers);
  const closeUp = useView((s) => s.view === 'shackleton');
  return (
    <>
      <SouthPole />
      {markers && <LunarMarkers labels={closeUp ? 'all' : 'main'} />}
    </>
  );
}
