/**
 * PTV gives coordinates in ETRS-TM35FIN (EPSG:3067): `latitude` is the northing and
 * `longitude` the easting, in metres, as strings. Map links want WGS84 degrees.
 * Transverse Mercator on GRS80 with Krüger's series (as in the JHS 154 recommendation),
 * accurate to well under a metre in Finland. Pure.
 */
const A_AXIS = 6378137;
const F = 1 / 298.257222101;
const K0 = 0.9996;
const LON0 = (27 * Math.PI) / 180;
const FALSE_EASTING = 500000;

const N = F / (2 - F);
const E = Math.sqrt(2 * F - F * F);
const A1 = (A_AXIS / (1 + N)) * (1 + N ** 2 / 4 + N ** 4 / 64);
const ALPHA = [
  N / 2 - (2 * N ** 2) / 3 + (5 * N ** 3) / 16 + (41 * N ** 4) / 180,
  (13 * N ** 2) / 48 - (3 * N ** 3) / 5 + (557 * N ** 4) / 1440,
  (61 * N ** 3) / 240 - (103 * N ** 4) / 140,
  (49561 * N ** 4) / 161280,
];
const BETA = [
  N / 2 - (2 * N ** 2) / 3 + (37 * N ** 3) / 96 - N ** 4 / 360,
  N ** 2 / 48 + N ** 3 / 15 - (437 * N ** 4) / 1440,
  (17 * N ** 3) / 480 - (37 * N ** 4) / 840,
  (4397 * N ** 4) / 161280,
];

export interface LatLon {
  lat: number;
  lon: number;
}

/** ETRS-TM35FIN northing/easting (metres) to WGS84 degrees. */
export function tm35finToWgs84(northing: number, easting: number): LatLon {
  const xi = northing / (K0 * A1);
  const eta = (easting - FALSE_EASTING) / (K0 * A1);
  let xi1 = xi;
  let eta1 = eta;
  BETA.forEach((b, i) => {
    const j = 2 * (i + 1);
    xi1 -= b * Math.sin(j * xi) * Math.cosh(j * eta);
    eta1 -= b * Math.cos(j * xi) * Math.sinh(j * eta);
  });
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  const lon = LON0 + Math.atan2(Math.sinh(eta1), Math.cos(xi1));
  // From the conformal latitude back to the geodetic one.
  const q1 = Math.asinh(Math.tan(chi));
  let q = q1;
  for (let i = 0; i < 6; i++) q = q1 + E * Math.atanh(E * Math.tanh(q));
  const lat = Math.atan(Math.sinh(q));
  return { lat: (lat * 180) / Math.PI, lon: (lon * 180) / Math.PI };
}

/** WGS84 degrees to ETRS-TM35FIN `[northing, easting]` in metres (for seed data and tests). */
export function wgs84ToTm35fin(lat: number, lon: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  const dl = (lon * Math.PI) / 180 - LON0;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E * Math.atanh(E * Math.sin(phi)));
  const xi1 = Math.atan2(t, Math.cos(dl));
  const eta1 = Math.atanh(Math.sin(dl) / Math.sqrt(1 + t * t));
  let xi = xi1;
  let eta = eta1;
  ALPHA.forEach((a, i) => {
    const j = 2 * (i + 1);
    xi += a * Math.sin(j * xi1) * Math.cosh(j * eta1);
    eta += a * Math.cos(j * xi1) * Math.sinh(j * eta1);
  });
  return [K0 * A1 * xi, FALSE_EASTING + K0 * A1 * eta];
}
