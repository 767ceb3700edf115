/**
 * What the kiosk has computed, for tests and the soak (read as window.__kiosk.stats): expensive results
 * are computed when their inputs change, never per frame or per render.
 */
export const kioskStats = {
  /** QR codes encoded (one per change of the address it encodes). */
  qrEncodings: 0,
  /** Next-visible-pass forecasts computed (one per element set and hour). */
  passForecasts: 0,
};
