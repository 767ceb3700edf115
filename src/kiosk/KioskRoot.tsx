import { useCallback, useEffect, useReducer, useState } from 'react';
import { refreshTleOnline } from '../state/tleRefresh';
import { clockActions } from '../state/clock';
import { layerActions } from '../state/layers';
import { setLang, useT } from '../state/lang';
import { noticeActions } from '../state/notices';
import { partActions } from '../state/parts';
import { sceneHealthActions } from '../state/sceneHealth';
import { viewActions } from '../state/view';
import { LANG_NAMES } from '../content/vocabulary';
import { loadTours } from '../tour/loadTour';
import TourPanel from '../ui/tour/TourPanel';
import { paceFromSearch, tourActions, useTour } from '../ui/tour/tourStore';
import { DEFAULT_KIOSK_CONFIG, parseKioskConfig, type KioskConfig } from './config';
import { countdownLeftS, INITIAL_CYCLE, kioskReduce } from './cycle';
import { KioskInfo } from './KioskInfo';
import { kioskStats } from './stats';
import { StaffExit } from './StaffExit';
import { useWatchdog } from './useWatchdog';

const TLE_REFRESH_MS = 6 * 3_600_000;

async function loadConfig(): Promise<{ config: KioskConfig; errors: string[] }> {
  try {
    const r = await fetch(`${import.meta.env.BASE_URL}kiosk.json`, { cache: 'no-cache' });
    if (!r.ok) return { config: DEFAULT_KIOSK_CONFIG, errors: [`kiosk.json: HTTP ${r.status}`] };
    return parseKioskConfig(await r.json());
  } catch (e) {
    return { config: DEFAULT_KIOSK_CONFIG, errors: [`kiosk.json: ${(e as Error).message}`] };
  }
}

/** Back to the start: live time, the Earth, the default language, all layers, nothing selected. */
function resetScene(config: KioskConfig): void {
  clockActions.goLive();
  viewActions.setView('earth');
  setLang(config.defaultLanguage);
  layerActions.show('all');
  partActions.select(null);
  document.querySelectorAll('details[open]').forEach((d) => d.removeAttribute('open'));
}

/**
 * The museum kiosk (`?kiosk=1`): an attract loop (the tour, muted, looping), a welcome screen on the
 * first touch, an idle countdown and full reset, the next visible ISS pass, a take-home QR code, a
 * watchdog, and a staff exit.
 */
export default function KioskRoot() {
  const t = useT();
  const [config, setConfig] = useState<KioskConfig>(DEFAULT_KIOSK_CONFIG);
  const [cycle, dispatch] = useReducer(kioskReduce, INITIAL_CYCLE);
  const touring = useTour((s) => s.player !== null && s.player.status !== 'ended');

  useEffect(() => {
    void loadConfig().then(({ config, errors }) => {
      setConfig(config);
      errors.forEach((e, i) => noticeActions.show(`kiosk-config-${i}`, 'kiosk.configError', { error: e }));
    });
  }, []);

  // Any input counts as presence; the idle clock ticks once a second.
  useEffect(() => {
    const touch = () => dispatch({ type: 'touch' });
    const block = (e: Event) => e.preventDefault();
    window.addEventListener('pointerdown', touch, true);
    window.addEventListener('keydown', touch, true);
    window.addEventListener('wheel', touch, { capture: true, passive: true });
    window.addEventListener('contextmenu', block);
    document.addEventListener('gesturestart', block);
    const timer = window.setInterval(
      () => dispatch({ type: 'tick', dtS: 1, idleTimeoutS: config.idleTimeoutS, countdownS: config.countdownS }),
      1000,
    );
    return () => {
      window.removeEventListener('pointerdown', touch, true);
      window.removeEventListener('keydown', touch, true);
      window.removeEventListener('wheel', touch, true);
      window.removeEventListener('contextmenu', block);
      document.removeEventListener('gesturestart', block);
      window.clearInterval(timer);
    };
  }, [config]);

  // The pace (reading-time multiplier) comes from the address once; the soak may change it later.
  useEffect(() => tourActions.setPace(paceFromSearch(window.location.search)), []);

  const startTour = useCallback(
    (muted: boolean) => {
      const tour = loadTours().tours.find((x) => x.id === config.tour);
      if (!tour) return noticeActions.show('kiosk-tour', 'ui.errorTourUnknown', { tour: config.tour });
      tourActions.setMuted(muted);
      tourActions.start(tour, 0);
    },
    [config],
  );

  // For tests and the soak: what the kiosk has computed, and a jump within the running tour.
  useEffect(() => {
    const hook = {
      stats: kioskStats,
      jump: (step: number) => tourActions.dispatch({ type: 'jump', step }),
      setPace: (pace: number) => tourActions.setPace(pace),
    };
    (window as unknown as { __kiosk?: typeof hook }).__kiosk = hook;
  }, []);

  // Attract: reset everything and play the tour muted, looping.
  useEffect(() => {
    if (cycle.phase !== 'attract') return;
    resetScene(config);
    startTour(true);
    // Only the change into 'ended' restarts: starting sets state again, which must not re-enter here.
    return useTour.subscribe((s, prev) => {
      if (s.player?.status === 'ended' && prev.player?.status !== 'ended') startTour(true);
    });
  }, [cycle.phase, cycle.resets, config, startTour]);

  // The first touch asks for fullscreen (browsers allow it only on a gesture).
  useEffect(() => {
    if (cycle.phase === 'welcome') document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, [cycle.phase]);

  useEffect(() => {
    if (!config.tleRefresh) return;
    void refreshTleOnline();
    const timer = window.setInterval(() => void refreshTleOnline(), TLE_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [config.tleRefresh]);

  const onFault = useCallback((reason: string) => {
    console.warn(`[kiosk] ${reason}: back to the attract loop`);
    sceneHealthActions.restart();
    dispatch({ type: 'fault' });
  }, []);
  useWatchdog(onFault);

  const s = config.safeArea;
  return (
    <div
      className="kiosk-layer"
      data-testid="kiosk"
      data-phase={cycle.phase}
      style={{ inset: `${s.top}px ${s.right}px ${s.bottom}px ${s.left}px` }}
    >
      {touring && <TourPanel />}
      <KioskInfo config={config} />
      {cycle.phase === 'welcome' && (
        <div className="kiosk-welcome" role="dialog" aria-label={t('kiosk.welcome')} data-testid="kiosk-welcome">
          <h2>{t('kiosk.welcome')}</h2>
          <div className="kiosk-langs">
            {config.languages.map((l) => (
              <button key={l} type="button" lang={l} onClick={() => setLang(l)}>
                {LANG_NAMES[l]}
              </button>
            ))}
          </div>
          <div className="kiosk-choices">
            <button type="button" data-testid="kiosk-tour" onClick={() => (startTour(false), dispatch({ type: 'choose' }))}>
              {t('kiosk.takeTour')}
            </button>
            <button type="button" data-testid="kiosk-explore" onClick={() => (tourActions.exit(), layerActions.show('all'), clockActions.goLive(), dispatch({ type: 'choose' }))}>
              {t('kiosk.explore')}
            </button>
          </div>
        </div>
      )}
      {cycle.phase === 'countdown' && (
        <div className="kiosk-countdown" role="alertdialog" data-testid="kiosk-countdown">
          <p>{t('kiosk.countdown', { s: countdownLeftS(cycle, config.countdownS) })}</p>
          <button type="button">{t('kiosk.keepExploring')}</button>
        </div>
      )}
      <StaffExit pin={config.staffPin} />
    </div>
  );
}
