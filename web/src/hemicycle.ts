/**
 * Seat geometry of a hemicycle (a parliament diagram), written from scratch: seats on concentric
 * half-circle rows between an inner radius of 0.4 and an outer radius of 1 (the unit half-disc, y up).
 * Rows are spaced `d` apart and seats in a row at least `d` apart along the arc, so no two seats overlap
 * when drawn with radius `seatRadius` (< d/2). Seats are returned sorted by angle, left to right, so
 * consecutive seats (one bloc, one way of voting) form a wedge, as in a chamber.
 * Pure and DOM-free: tested in test/server/hemicycle.test.ts.
 */

export interface Seat {
  x: number;
  y: number;
  /** Row, 0 = innermost. */
  row: number;
  /** Angle in radians from the left end (π) to the right end (0). */
  angle: number;
}

export interface Hemicycle {
  seats: Seat[];
  rows: number;
  seatRadius: number;
}

const INNER = 0.4;

function rowRadii(k: number): number[] {
  if (k === 1) return [1];
  return Array.from({ length: k }, (_, i) => INNER + ((1 - INNER) * i) / (k - 1));
}

/** Row spacing for k rows; one row gets the spacing that fits n seats along the outer arc. */
function spacing(k: number, n: number): number {
  if (k === 1) return Math.min(1 - INNER, Math.PI / Math.max(n - 1, 1));
  return (1 - INNER) / (k - 1);
}

function capacity(r: number, d: number): number {
  return Math.floor((Math.PI * r) / d + 1e-9) + 1;
}

/** Seats per row for n seats in k rows: proportional to each row's radius (largest remainder), capped. */
function distribute(n: number, radii: number[], d: number): number[] | null {
  const caps = radii.map((r) => capacity(r, d));
  if (caps.reduce((a, b) => a + b, 0) < n) return null;
  const total = radii.reduce((a, b) => a + b, 0);
  const counts = radii.map((r, i) => Math.min(caps[i]!, Math.floor((n * r) / total)));
  let left = n - counts.reduce((a, b) => a + b, 0);
  // Hand out what is left to the rows with room, outermost first (they have the most room).
  while (left > 0) {
    let moved = false;
    for (let i = radii.length - 1; i >= 0 && left > 0; i--) {
      if (counts[i]! < caps[i]!) {
        counts[i]!++;
        left--;
        moved = true;
      }
    }
    if (!moved) return null;
  }
  return counts;
}

function layout(n: number, k: number): Hemicycle | null {
  const radii = rowRadii(k);
  const d = spacing(k, n);
  const counts = distribute(n, radii, d);
  if (!counts) return null;
  const seats: Seat[] = [];
  counts.forEach((m, row) => {
    const r = radii[row]!;
    for (let j = 0; j < m; j++) {
      const angle = m === 1 ? Math.PI / 2 : Math.PI - (Math.PI * j) / (m - 1);
      seats.push({ x: r * Math.cos(angle), y: r * Math.sin(angle), row, angle });
    }
  });
  // Left to right; at equal angle, inner rows first.
  seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
  return { seats, rows: k, seatRadius: 0.4 * d };
}

/** The layout with the biggest seats: the fewest rows of two or more that fit, or one row if roomier. */
export function hemicycle(n: number): Hemicycle {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`seats must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return { seats: [], rows: 0, seatRadius: 0 };
  let multi: Hemicycle | null = null;
  for (let k = 2; !multi; k++) multi = layout(n, k);
  const single = layout(n, 1)!;
  return single.seatRadius >= multi.seatRadius ? single : multi;
}

/**
 * The angle of a radial line separating the first `count` seats (in seat order) from the rest: used to
 * draw the threshold line ("this many seats are needed"). Null when count is 0 or covers every seat.
 */
export function boundaryAngle(h: Hemicycle, count: number): number | null {
  if (count <= 0 || count >= h.seats.length) return null;
  const a = h.seats[count - 1]!.angle;
  const b = h.seats[count]!.angle;
  return (a + b) / 2;
}
