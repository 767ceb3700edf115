import { partKey } from '../spacecraft/partKey';
import { useLang, useT } from '../state/lang';
import type { PartInfo, VehicleStay } from '../state/parts';
import { crewList, formatDate, formatList, partDates, partFact, partTitle } from './partText';

/**
 * The label card of the selected part, in the user's language: a module's name, role, fact (its figures
 * formatted in that language) and dates on the station; a vehicle's name, stay and crew. The source is a
 * citation and is shown as written (in English).
 */
export function PartLabel({ part }: { part: PartInfo }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const fact = partFact(t, lang, part);
  return (
    <div className="part-label panel" role="status" data-testid="part-label">
      <strong>{partTitle(t, part)}</strong>
      {part.textId && <p className="part-role">{t(partKey(part.textId, 'role'))}</p>}
      {part.vehicle ? <Stay stay={part.vehicle} /> : fact && <p>{fact}</p>}
      {part.element && <p className="part-dates">{partDates(t, lang, part.element)}</p>}
      <p className="source" lang="en">
        {part.source}
      </p>
    </div>
  );
}

/** A visiting vehicle's stay: where and when, who flew on it, and whether it was a seat swap. */
function Stay({ stay }: { stay: VehicleStay }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const dates = { from: formatDate(lang, stay.from), to: stay.to ? formatDate(lang, stay.to) : '…' };
  const key = stay.berthed ? (stay.to ? 'app.partBerth' : 'app.partBerthOpen') : stay.to ? 'app.partStay' : 'app.partStayOpen';
  const where = stay.port === null ? t('app.partStayNoPort', dates) : t(key, { ...dates, port: t(`port.${stay.port}`) });
  return (
    <>
      <p>
        {where}
        {stay.uncertain.length > 0 && ` ${t('app.partStayUncertain', { fields: formatList(lang, stay.uncertain.map((f) => t(`app.partField.${f}`))) })}`}
        {!stay.drawn && stay.port !== null && ` ${t('app.partStayNotDrawn')}`}
      </p>
      {stay.crew.length > 0 && (
        <p data-testid="part-crew">
          {t('app.partCrew')}: {crewList(t, lang, stay.crew)}
        </p>
      )}
      {stay.seatSwap && <p className="seat-swap-note">{t('app.partSeatSwapNote')}</p>}
    </>
  );
}
