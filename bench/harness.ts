/** Tiny benchmark helpers: time a function, summarise samples, format ratios against a baseline. */
import { performance } from 'node:perf_hooks';

export interface Sample {
  label: string;
  ms: number;
}

export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function ratio(x: number, baseline: number): string {
  return `${(x / baseline).toFixed(2)}×`;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same work. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
