import { useRef, useState } from 'react';
import { useT } from '../state/lang';

const HOLD_MS = 3_000;

/** Staff exit: hold the top-left corner for 3 s, then enter the PIN; the kiosk parameter is dropped. */
export function StaffExit({ pin }: { pin: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [entry, setEntry] = useState('');
  const timer = useRef(0);
  const start = () => {
    timer.current = window.setTimeout(() => setOpen(true), HOLD_MS);
  };
  const cancel = () => window.clearTimeout(timer.current);
  const press = (d: string) => {
    const next = (entry + d).slice(-pin.length);
    setEntry(next);
    if (next === pin) {
      const params = new URLSearchParams(window.location.search);
      params.delete('kiosk');
      window.location.search = params.toString();
    }
  };
  return (
    <>
      <div className="staff-corner" onPointerDown={start} onPointerUp={cancel} onPointerLeave={cancel} aria-hidden="true" />
      {open && (
        <div className="staff-pin panel" role="dialog" aria-label={t('kiosk.staffPin')}>
          <p>
            {t('kiosk.staffPin')}: {'•'.repeat(entry.length)}
          </p>
          <div className="pin-pad">
            {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => (
              <button key={d} type="button" onClick={() => press(d)}>
                {d}
              </button>
            ))}
            <button type="button" onClick={() => (setOpen(false), setEntry(''))}>
              ×
            </button>
          </div>
        </div>
      )}
    </>
  );
}
