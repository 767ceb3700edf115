import { nextVisiblePass, type ObserverSite } from '../astro/passes';
import { satrecFromLines } from '../astro/sgp4';

/** A pass forecast request: elements, site, and the instant to look ahead from (Unix ms). */
export interface PassRequest {
  id: number;
  line1: string;
  line2: string;
  site: ObserverSite;
  fromMs: number;
  horizonDays: number;
}

/** The kiosk's pass forecast off the main thread: a 10-day scan costs tens of ms on a modest PC. */
const scope = self as unknown as { onmessage: (e: MessageEvent<PassRequest>) => void; postMessage: (message: unknown) => void };
scope.onmessage = (e) => {
  const { id, line1, line2, site, fromMs, horizonDays } = e.data;
  try {
    scope.postMessage({ id, pass: nextVisiblePass(satrecFromLines(line1, line2), site, fromMs, horizonDays) });
  } catch (error) {
    scope.postMessage({ id, pass: null, error: (error as Error).message });
  }
};
