// The actor network for a period, drawn as plain SVG: nodes sized by events,
// directed edges weighted by events and coloured by mean Goldstein (red =
// conflict, green = cooperation). A small force layout, seeded on a circle so
// the same data always gives the same picture.

import type { Network, NetworkEdge } from './api';

const SVG = 'http://www.w3.org/2000/svg';

interface P { code: string; x: number; y: number; vx: number; vy: number; r: number }

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function goldsteinColor(g: number): string {
  // -10 red .. 0 grey .. +10 green
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [214, 69, 65] : [56, 160, 90];
  const a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function layout(net: Network, w: number, h: number): Map<string, P> {
  const n = net.nodes.length;
  const maxEvents = Math.max(1, ...net.nodes.map((x) => x.events));
  const ps = new Map<string, P>();
  net.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    ps.set(node.code, {
      code: node.code,
      x: w / 2 + Math.cos(a) * w * 0.35,
      y: h / 2 + Math.sin(a) * h * 0.35,
      vx: 0,
      vy: 0,
      r: 6 + 14 * Math.sqrt(node.events / maxEvents),
    });
  });
  const nodes = [...ps.values()];
  const k = Math.sqrt((w * h) / Math.max(1, n)) * 0.6;
  for (let iter = 0; iter < 300; iter++) {
    const temp = 1 - iter / 300;
    for (const a of nodes) {
      for (const b of nodes) {
        if (a === b) continue;
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05;
        a.vy += dy * f * 0.05;
      }
    }
    for (const e of net.edges) {
      const a = ps.get(e.source), b = ps.get(e.target);
      if (!a || !b || a === b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = ((d - k) / d) * 0.05;
      a.vx += dx * f; a.vy += dy * f;
      b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const p of nodes) {
      p.vx += (w / 2 - p.x) * 0.01;
      p.vy += (h / 2 - p.y) * 0.01;
      const speed = Math.sqrt(p.vx * p.vx + p.vy * p.vy);
      const cap = 20 * temp + 0.5;
      if (speed > cap) { p.vx *= cap / speed; p.vy *= cap / speed; }
      p.x = Math.max(p.r + 30, Math.min(w - p.r - 30, p.x + p.vx));
      p.y = Math.max(p.r + 12, Math.min(h - p.r - 12, p.y + p.vy));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return ps;
}

export function drawNetwork(host: HTMLElement, net: Network, onEdge: (e: NetworkEdge) => void, onNode: (code: string) => void): void {
  host.replaceChildren();
  const w = host.clientWidth || 520;
  const h = 320;
  const root = svg('svg', { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: 'img', 'aria-label': 'actor network' });
  const defs = svg('defs', {});
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#666' }));
  defs.append(marker);
  root.append(defs);
  const ps = layout(net, w, h);
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const edges = svg('g', { class: 'edges' });
  for (const e of net.edges) {
    const a = ps.get(e.source), b = ps.get(e.target);
    if (!a || !b || a === b) continue;
    const dx = b.x - a.x, dy = b.y - a.y;
    const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    // Curve each direction to its own side so A→B and B→A both show.
    const mx = (a.x + b.x) / 2 - (dy / d) * 18, my = (a.y + b.y) / 2 + (dx / d) * 18;
    const ex = b.x - (dx / d) * (b.r + 2), ey = b.y - (dy / d) * (b.r + 2);
    const path = svg('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      fill: 'none',
      stroke: goldsteinColor(e.mean_goldstein),
      'stroke-width': (1 + 5 * Math.sqrt(e.events / maxEdge)).toFixed(1),
      'marker-end': 'url(#arrow)',
      class: 'edge',
      'data-dyad': `${e.source}>${e.target}`,
    });
    const title = svg('title', {});
    title.textContent = `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.mean_goldstein.toFixed(2)} (click for the timeline)`;
    path.append(title);
    path.addEventListener('click', () => onEdge(e));
    edges.append(path);
  }
  root.append(edges);
  const nodes = svg('g', { class: 'nodes' });
  for (const node of net.nodes) {
    const p = ps.get(node.code)!;
    const g = svg('g', { class: 'node', transform: `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`, 'data-code': node.code });
    g.append(svg('circle', { r: p.r.toFixed(1) }));
    const label = svg('text', { y: (p.r + 12).toFixed(1), 'text-anchor': 'middle' });
    label.textContent = node.code;
    g.append(label);
    const title = svg('title', {});
    title.textContent = `${node.code}: ${node.events} events (click to filter the table)`;
    g.append(title);
    g.addEventListener('click', () => onNode(node.code));
    nodes.append(g);
  }
  root.append(nodes);
  host.append(root);
}
