/** The terrain replaces the sphere within 8.4° of the south pole (cos of that colatitude). */
export const POLAR_CAP_COS = Math.cos((8.4 * Math.PI) / 180);
