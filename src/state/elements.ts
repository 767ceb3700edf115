import { create } from 'zustand';
import { nearestTle, parseTle, type Tle } from '../astro/tle';
import { propagateTeme, satrecFromLines, type Satrec } from '../astro/sgp4';
import { vec3 } from '../astro/vec';
import { noticeActions } from './notices';

/**
 * The ISS element sets: the bundled real TLEs (nearest epoch to the simulated instant is used) and an
 * optional override (from the URL, pasted by the user, or refreshed online). A rejected override never
 * replaces the elements in use: the ISS keeps flying on the last good ones.
 */
export type TleSource = 'bundled' | 'url' | 'pasted' | 'online';

interface ElementsState {
  bundled: Tle[];
  /** The ISS's own element history (public/data/iss-tle-history.txt), loaded when a far date needs it. */
  history: Tle[];
  /** Elements fetched online; they join the bundled ones in the nearest-epoch choice. */
  online: Tle[];
  /** bundled + history + online, kept together so the per-frame choice allocates nothing. */
  all: Tle[];
  override: { tle: Tle; source: TleSource } | null;
  /** Status line of the optional online refresh. */
  onlineStatus: string | null;
}

export const useElements = create<ElementsState>(() => ({
  bundled: [],
  history: [],
  online: [],
  all: [],
  override: null,
  onlineStatus: null,
}));

const satrecs = new WeakMap<Tle, Satrec>();
export function satrecFor(tle: Tle): Satrec {
  let s = satrecs.get(tle);
  if (!s) {
    s = satrecFromLines(tle.line1, tle.line2);
    satrecs.set(tle, s);
  }
  return s;
}

/** The element set to fly at `simMs`, or null before the bundled file is loaded. */
export function elementsFor(simMs: number): { tle: Tle; source: TleSource } | null {
  const { override, all, online } = useElements.getState();
  if (override) return override;
  if (!all.length) return null;
  const tle = nearestTle(all, simMs);
  return { tle, source: online.includes(tle) ? 'online' : 'bundled' };
}

const scratchP = vec3();
const scratchV = vec3();

export const elementsActions = {
  setBundled(bundled: Tle[]) {
    useElements.setState((s) => ({ bundled, all: [...bundled, ...s.history, ...s.online] }));
  },
  setHistory(history: Tle[]) {
    useElements.setState((s) => ({ history, all: [...s.bundled, ...history, ...s.online] }));
  },
  /**
   * Validates and, if good at `simMs`, flies these elements: as an override for 'url' and 'pasted',
   * as one more candidate of the nearest-epoch choice for 'online'. Returns the error text or null.
   */
  applyTle(text: string, source: TleSource, simMs: number): string | null {
    const parsed = parseTle(text);
    let error = parsed.ok ? null : parsed.error;
    if (parsed.ok) {
      const sgp4Error = propagateTeme(satrecFor(parsed.tle), simMs, scratchP, scratchV);
      if (sgp4Error) error = `SGP4 cannot propagate it at ${new Date(simMs).toISOString()}: ${sgp4Error}`;
    }
    if (error || !parsed.ok) {
      noticeActions.setTleError(`TLE rejected (${source}): ${error}. The ISS keeps flying on the previous elements.`);
      return error;
    }
    noticeActions.setTleError(null);
    if (source === 'online') {
      useElements.setState((s) => ({ online: [parsed.tle], all: [...s.bundled, ...s.history, parsed.tle] }));
    } else {
      useElements.setState({ override: { tle: parsed.tle, source } });
    }
    return null;
  },
  /** Called when the elements in flight fail at the simulated instant (e.g. decayed as time runs on). */
  rejectOverride(reason: string, simMs: number) {
    noticeActions.setTleError(
      `TLE rejected: SGP4 cannot propagate it at ${new Date(simMs).toISOString()}: ${reason}. Back to the bundled elements.`,
    );
    useElements.setState({ override: null });
  },
  clearOverride() {
    useElements.setState({ override: null });
  },
  setOnlineStatus(onlineStatus: string | null) {
    useElements.setState({ onlineStatus });
  },
};
