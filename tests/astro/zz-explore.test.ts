import { it } from 'vitest';
import { sunElevationDegAt, earthElevationDegAt, sunPositionFromMoonMoonFixedKm } from '../../src/astro/selenography';
it('explore', () => {
  let mn = 99, mx = -99, tmn = 0, tmx = 0, emn = 99, emx = -99, bmn=99,bmx=-99;
  for (let k = 0; k < 365*4; k++) {
    const t = Date.UTC(2026,0,1) + k*6*3600e3;
    const e = sunElevationDegAt(t, -89.67, 129.78);
    if (e < mn) { mn = e; tmn = t; }
    if (e > mx) { mx = e; tmx = t; }
    const s = sunPositionFromMoonMoonFixedKm(t, [0,0,0]);
    const b = Math.atan2(s[2], Math.hypot(s[0], s[1]))*180/Math.PI;
    bmn = Math.min(bmn,b); bmx=Math.max(bmx,b);
    const ee = earthElevationDegAt(t, -89.67, 129.78);
    emn = Math.min(emn, ee); emx = Math.max(emx, ee);
  }
  console.log(mn, new Date(tmn).toISOString(), mx, new Date(tmx).toISOString(), 'subsolar lat', bmn, bmx, 'earth', emn, emx);
  let mn2=99,mx2=-99;
  for (let k = 0; k < 365*24*2; k++) { const t = Date.UTC(2026,0,1) + k*1800e3; const e = sunElevationDegAt(t, -89.67, 129.78); mn2=Math.min(mn2,e); mx2=Math.max(mx2,e);} 
  console.log('30min', mn2, mx2);
});
