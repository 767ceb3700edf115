/** The terrain replaces the sphere within this colatitude of the south pole (rad): 8.4°. */
export const POLAR_CAP_RAD = (8.4 * Math.PI) / 180;
/** Its cosine, for the shaders' cut (the exact seam between sphere and terrain). */
export const POLAR_CAP_COS = Math.cos(POLAR_CAP_RAD);
/**
 * How far the sphere's and the terrain's meshes reach past the seam into each other (rad, 0.4°), so the
 * shaders' cut, not a mesh edge, makes the seam.
 */
export const POLAR_CAP_OVERLAP_RAD = (0.4 * Math.PI) / 180;
