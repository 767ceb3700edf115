/**
 * The kiosk's cycle as a pure state machine:
 *   attract ──touch──▶ welcome ──choose──▶ active
 *   welcome/active ──idle ≥ timeout──▶ countdown ──touch──▶ active
 *   countdown ──elapsed ≥ countdown──▶ attract (full reset)
 *   any ──fault (watchdog, uncaught error)──▶ attract (full reset)
 */
export type KioskPhase = 'attract' | 'welcome' | 'active' | 'countdown';

export interface KioskCycle {
  phase: KioskPhase;
  /** Seconds since the last touch (or since the countdown began, in 'countdown'). */
  idleS: number;
  /** Increments on every reset, so the app can reset camera, time, language and layers. */
  resets: number;
}

export type KioskEvent =
  | { type: 'touch' }
  | { type: 'choose' }
  | { type: 'tick'; dtS: number; idleTimeoutS: number; countdownS: number }
  | { type: 'fault' };

export const INITIAL_CYCLE: KioskCycle = { phase: 'attract', idleS: 0, resets: 0 };

export function kioskReduce(s: KioskCycle, e: KioskEvent): KioskCycle {
  switch (e.type) {
    case 'touch':
      if (s.phase === 'attract') return { ...s, phase: 'welcome', idleS: 0 };
      if (s.phase === 'countdown') return { ...s, phase: 'active', idleS: 0 };
      return s.idleS === 0 ? s : { ...s, idleS: 0 };
    case 'choose':
      return s.phase === 'welcome' ? { ...s, phase: 'active', idleS: 0 } : s;
    case 'tick': {
      if (s.phase === 'attract') return s;
      const idleS = s.idleS + e.dtS;
      if (s.phase === 'countdown') {
        return idleS >= e.countdownS ? { phase: 'attract', idleS: 0, resets: s.resets + 1 } : { ...s, idleS };
      }
      return idleS >= e.idleTimeoutS ? { ...s, phase: 'countdown', idleS: 0 } : { ...s, idleS };
    }
    case 'fault':
      return { phase: 'attract', idleS: 0, resets: s.resets + 1 };
  }
}

/** Seconds left on the countdown. */
export function countdownLeftS(s: KioskCycle, countdownS: number): number {
  return s.phase === 'countdown' ? Math.max(0, Math.ceil(countdownS - s.idleS)) : countdownS;
}
