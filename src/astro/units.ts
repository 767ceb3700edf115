/** Unit aliases: they document intent in signatures; TypeScript does not enforce them. */
export type Kilometer = number;
export type KilometerPerSecond = number;
export type Degrees = number;
export type Radians = number;
/** Milliseconds since 1970-01-01T00:00:00Z (JavaScript time). */
export type UnixMs = number;

/** A 3-vector as a plain tuple; the frame is carried by the variable's name. */
export type Vec3 = [number, number, number];
/** A row-major 3×3 rotation matrix: m[r][c]. Named Rotation_FROM_TO where it is stored. */
export type Mat3 = [Vec3, Vec3, Vec3];

export const DEG_PER_RAD = 180 / Math.PI;
export const RAD_PER_DEG = Math.PI / 180;
export const MS_PER_DAY = 86_400_000;
