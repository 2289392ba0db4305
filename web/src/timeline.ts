// The dyad timeline: events per period as bars stacked by quad class, and the
// mean Goldstein score as a line on its own axis (-10..10). Drawn with uPlot
// (small, fast canvas charts, no dependencies).

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Timeline } from './api';
import { QUAD_NAMES } from './evidence';

export const QUAD_COLORS = ['#4caf7a', '#2b7bb9', '#f0a030', '#d64541'];

const DAY = 86400;

function parseDay(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;
}

function nextPeriod(t: number, by: string): number {
  if (by === 'day') return t + DAY;
  if (by === 'week') return t + 7 * DAY;
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

export interface TimelineData {
  xs: number[];              // period starts, unix seconds (UTC)
  quads: number[][];         // [4][n] events per quad class
  goldstein: (number | null)[];
  total: number;
}

// Fills the periods with no events, so the time axis is even.
export function densify(t: Timeline): TimelineData {
  const byStart = new Map(t.points.map((p) => [parseDay(p.start), p]));
  const xs: number[] = [];
  const quads: number[][] = [[], [], [], []];
  const goldstein: (number | null)[] = [];
  let total = 0;
  if (t.points.length) {
    const first = parseDay(t.points[0].start);
    const last = parseDay(t.points[t.points.length - 1].start);
    for (let x = first, guard = 0; x <= last && guard < 20000; x = nextPeriod(x, t.by), guard++) {
      const p = byStart.get(x);
      xs.push(x);
      for (let q = 0; q < 4; q++) quads[q].push(p ? p.quad[q] : 0);
      goldstein.push(p && p.events > 0 ? p.mean_goldstein : null);
      total += p ? p.events : 0;
    }
  }
  return { xs, quads, goldstein, total };
}

export class TimelineChart {
  private plot: uPlot | null = null;
  private data: TimelineData | null = null;
  private by = 'week';
  private readonly observer: ResizeObserver;

  constructor(private readonly host: HTMLElement, private readonly onPick: (start: string, end: string) => void) {
    this.observer = new ResizeObserver(() => this.resize());
    this.observer.observe(host);
  }

  show(t: Timeline): TimelineData {
    this.by = t.by;
    this.data = densify(t);
    this.plot?.destroy();
    this.plot = null;
    this.host.replaceChildren();
    if (!this.data.xs.length) return this.data;
    const d = this.data;
    // Stacked bars: series k draws the sum of quads 0..k; drawn from the
    // tallest down so each class shows as its own band.
    const cumulative: number[][] = [];
    let acc = d.xs.map(() => 0);
    for (let q = 0; q < 4; q++) {
      acc = acc.map((v, i) => v + d.quads[q][i]);
      cumulative.push(acc.slice());
    }
    const width = Math.max(d.xs.length > 1 ? (d.xs[1] - d.xs[0]) : 7 * DAY, DAY);
    const bars = uPlot.paths.bars!({ size: [0.8, 40], align: 0 });
    const series: uPlot.Series[] = [{ label: this.by, value: (_u, v) => (v == null ? '' : new Date(v * 1000).toISOString().slice(0, 10)) }];
    for (let q = 3; q >= 0; q--) {
      series.push({
        label: QUAD_NAMES[q],
        stroke: QUAD_COLORS[q],
        fill: QUAD_COLORS[q],
        paths: bars,
        points: { show: false },
        scale: 'n',
        value: (_u, _v, _si, idx) => (idx == null ? '' : String(d.quads[q][idx])),
      });
    }
    series.push({
      label: 'mean Goldstein',
      stroke: '#222',
      width: 2,
      dash: [6, 4],
      scale: 'g',
      spanGaps: false,
      points: { show: true, size: 5, fill: '#222' },
      value: (_u, v) => (v == null ? '' : v.toFixed(2)),
    });
    const opts: uPlot.Options = {
      width: this.host.clientWidth || 600,
      height: 280,
      series,
      scales: {
        x: { time: true, range: (_u, min, max) => [min - width / 2, max + width / 2] },
        n: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
        g: { range: [-10, 10] },
      },
      axes: [
        {},
        { scale: 'n', label: 'events', size: 50 },
        { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false }, size: 50 },
      ],
      cursor: { drag: { x: false, y: false } },
      legend: { live: true },
    };
    const columns: uPlot.AlignedData = [d.xs, cumulative[3], cumulative[2], cumulative[1], cumulative[0], d.goldstein];
    this.plot = new uPlot(opts, columns, this.host);
    this.plot.over.addEventListener('click', () => {
      const idx = this.plot?.cursor.idx;
      if (idx == null || !this.data) return;
      const start = this.data.xs[idx];
      const end = nextPeriod(start, this.by) - DAY;
      const iso = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);
      this.onPick(iso(start), iso(end));
    });
    return d;
  }

  private resize(): void {
    if (this.plot && this.host.clientWidth) this.plot.setSize({ width: this.host.clientWidth, height: 280 });
  }
}
