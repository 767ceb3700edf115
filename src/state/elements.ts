import { create } from 'zustand';
import { nearestTle, parseTle, type Tle } from '../astro/tle';
import { propagateTeme, satrecFromLines, sgp4ErrorKey, type Satrec } from '../astro/sgp4';
import { vec3 } from '../astro/vec';
import { noticeActions, type Message, type MessageParam } from './notices';

/** An SGP4 error as a message parameter: its translation where the dictionaries have one, else its text. */
export function sgp4ErrorParam(text: string): MessageParam {
  const key = sgp4ErrorKey(text);
  return key ? { key } : text;
}

/**
 * The ISS element sets: the bundled real TLEs (nearest epoch to the simulated instant is used) and an
 * optional override (from the URL, pasted by the user, or refreshed online). A rejected override never
 * replaces the elements in use: the ISS keeps flying on the last good ones.
 */
export type TleSource = 'bundled' | 'url' | 'pasted' | 'online';

/** The dictionary word for each source ("Flying {source} elements", "TLE rejected ({source})"). */
export const TLE_SOURCE_KEYS: Readonly<Record<TleSource, string>> = {
  bundled: 'tle.sourceBundled',
  url: 'tle.sourceUrl',
  pasted: 'tle.sourcePasted',
  online: 'tle.sourceOnline',
};

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
  onlineStatus: Message | null;
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
    if (!parsed.ok) {
      noticeActions.setTleError('tle.rejected', { source: { key: TLE_SOURCE_KEYS[source] }, error: parsed.error });
      return parsed.error;
    }
    const sgp4Error = propagateTeme(satrecFor(parsed.tle), simMs, scratchP, scratchV);
    if (sgp4Error) {
      const instant = new Date(simMs).toISOString();
      noticeActions.setTleError('tle.rejectedSgp4', { source: { key: TLE_SOURCE_KEYS[source] }, instant, error: sgp4ErrorParam(sgp4Error) });
      return `SGP4 cannot propagate it at ${instant}: ${sgp4Error}`;
    }
    noticeActions.clearTleError();
    if (source === 'online') {
      useElements.setState((s) => ({ online: [parsed.tle], all: [...s.bundled, ...s.history, parsed.tle] }));
    } else {
      useElements.setState({ override: { tle: parsed.tle, source } });
    }
    return null;
  },
  /** Called when the elements in flight fail at the simulated instant (e.g. decayed as time runs on). */
  rejectOverride(reason: string, simMs: number) {
    noticeActions.setTleError('tle.rejectedInFlight', { instant: new Date(simMs).toISOString(), error: sgp4ErrorParam(reason) });
    useElements.setState({ override: null });
  },
  clearOverride() {
    useElements.setState({ override: null });
  },
  setOnlineStatus(onlineStatus: Message | null) {
    useElements.setState({ onlineStatus });
  },
};
