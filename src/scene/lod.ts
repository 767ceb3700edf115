/** Beyond this camera distance (km) the station is drawn as the marker instead of the mesh. */
export const STATION_LOD_KM = 40;
