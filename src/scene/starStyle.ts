/**
 * Star appearance. Colour from B−V by Ballesteros' formula (2012, "New insights into black bodies",
 * EPL 97 34008) for the temperature, then a blackbody→sRGB fit (Tanner Helland's approximation);
 * brightness and size from magnitude, so that mag −1.5 is large and mag 6 is a faint pixel.
 */
export function bvToKelvin(bv: number): number {
  return 4600 * (1 / (0.92 * bv + 1.7) + 1 / (0.92 * bv + 0.62));
}

function kelvinToRgb(kelvin: number): [number, number, number] {
  const t = kelvin / 100;
  const r = t <= 66 ? 255 : 329.7 * Math.pow(t - 60, -0.1332);
  const g = t <= 66 ? 99.47 * Math.log(t) - 161.12 : 288.12 * Math.pow(t - 60, -0.0755);
  const b = t >= 66 ? 255 : t <= 19 ? 0 : 138.52 * Math.log(t - 10) - 305.04;
  const clamp = (v: number) => Math.min(1, Math.max(0, v / 255));
  return [clamp(r), clamp(g), clamp(b)];
}

/** Linear RGB, pre-multiplied by the star's relative brightness. */
export function starColorFromBv(bv: number, mag: number): [number, number, number] {
  const [r, g, b] = kelvinToRgb(bvToKelvin(bv));
  const brightness = Math.min(1, 0.25 + Math.pow(10, -0.4 * (mag - 1)) * 0.75);
  return [r * brightness, g * brightness, b * brightness];
}

export function starSizePx(mag: number): number {
  return Math.max(1.5, 5.5 - 0.6 * mag);
}
