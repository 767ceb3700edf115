import { useEffect } from 'react';
import { useLang, t } from '../../state/lang';
import { useView } from '../../state/view';
import { applyWaypoint } from './applyWaypoint';
import { narrate } from './narration';
import { tourActions, useTour } from './tourStore';

/**
 * Drives the scene from the player's state: on 'flying' it applies the waypoint and waits for the
 * camera to arrive (flightDone); on 'narrating' it narrates or waits the reading time (narrationDone or
 * readingTimeout). The player itself stays pure.
 */
export function useTourRunner(): void {
  const tour = useTour((s) => s.tour);
  const step = useTour((s) => s.player?.step ?? -1);
  const status = useTour((s) => s.player?.status ?? 'ended');
  const muted = useTour((s) => s.muted);
  const pace = useTour((s) => s.pace);
  const lang = useLang((s) => s.lang);
  const waypoint = tour && step >= 0 ? tour.waypoints[step] : null;

  // Fly: apply the waypoint once per step, then report arrival.
  useEffect(() => {
    if (!waypoint || status !== 'flying') return;
    const seq = applyWaypoint(waypoint);
    const check = (arrived: number) => arrived >= seq && tourActions.dispatch({ type: 'flightDone', step });
    check(useView.getState().arrivedSeq);
    return useView.subscribe((s) => check(s.arrivedSeq));
  }, [waypoint, status, step]);

  // Narrate, or read: the reading time runs whenever narration is unavailable or fails.
  useEffect(() => {
    if (!tour || !waypoint || status !== 'narrating') return;
    let timer = 0;
    const stop = narrate({
      tourId: tour.id,
      waypointId: waypoint.id,
      lang,
      text: `${t(waypoint.titleKey)}. ${t(waypoint.captionKey)}`,
      muted,
      onDone: () => tourActions.dispatch({ type: 'narrationDone', step }),
      onUnavailable: (reason) => {
        if (!muted) console.info(`[tour] narration unavailable (${reason}): reading time`);
        timer = window.setTimeout(() => tourActions.dispatch({ type: 'readingTimeout', step }), waypoint.holdSeconds * 1000 * pace);
      },
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [tour, waypoint, status, step, muted, pace, lang]);
}
