// Evidence rendering: a sentence with its source, verb and target marked.
// Spans from the API are UTF-8 byte offsets into the sentence; JavaScript
// strings are UTF-16, so the sentence is cut as bytes and decoded piece by piece.

import type { Argument, CodedEvent, Mention } from './api';

export type Role = 'source' | 'verb' | 'target';

interface Mark { role: Role; begin: number; end: number; title: string }

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// Appends `sentence` to `into`, wrapping each placed argument in <mark>.
// Overlapping spans are clipped so every byte is shown once.
export function renderHighlighted(into: HTMLElement, sentence: string, args: Partial<Record<Role, Argument>>): void {
  const bytes = encoder.encode(sentence);
  const marks: Mark[] = [];
  for (const role of ['source', 'verb', 'target'] as Role[]) {
    const a = args[role];
    if (!a || !a.sentence_span) continue;
    const [b, e] = a.sentence_span;
    if (b < e && e <= bytes.length) marks.push({ role, begin: b, end: e, title: a.code ? `${role}: ${a.code}` : role });
  }
  marks.sort((x, y) => x.begin - y.begin);
  let pos = 0;
  for (const m of marks) {
    const begin = Math.max(m.begin, pos);
    if (begin >= m.end) continue;
    if (begin > pos) into.append(decoder.decode(bytes.subarray(pos, begin)));
    const mark = document.createElement('mark');
    mark.className = `hl hl-${m.role}`;
    mark.dataset.role = m.role;
    mark.title = m.title;
    mark.textContent = decoder.decode(bytes.subarray(begin, m.end));
    into.append(mark);
    pos = m.end;
  }
  if (pos < bytes.length) into.append(decoder.decode(bytes.subarray(pos)));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function codeLine(source: string, target: string, code: string, label: string | null, goldstein: number, quad: number): HTMLElement {
  const p = el('p', 'code-line');
  p.append(el('strong', 'actor', source), ' → ', el('strong', 'actor', target), ' ');
  const c = el('span', `code quad-${quad}`, code);
  c.title = QUAD_NAMES[quad - 1] ?? '';
  p.append(c);
  if (label) p.append(' ', el('span', 'label', label));
  p.append(' ', el('span', 'goldstein', `Goldstein ${goldstein.toFixed(1)}`));
  return p;
}

function rulesLine(rules: string[]): HTMLElement | null {
  if (!rules.length) return null;
  const p = el('p', 'rules');
  p.textContent = `rules: ${rules.join('; ')}`;
  return p;
}

// One mention of a stored event: where it was reported and the marked sentence.
export function mentionView(m: Mention): HTMLElement {
  const box = el('article', 'mention');
  box.dataset.testid = 'mention';
  const head = el('p', 'doc');
  const title = m.document.title || m.document.id;
  if (m.document.url && /^https?:\/\//.test(m.document.url)) {
    const a = el('a', undefined, title);
    a.href = m.document.url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    head.append(a);
  } else {
    head.append(el('span', 'title', title));
  }
  const meta = [m.document.source_name, m.document.date, `sentence ${m.sentence.index + 1}`, m.sentence.lead ? 'lead' : '']
    .filter(Boolean).join(' · ');
  head.append(el('span', 'meta', ` ${meta}`));
  box.append(head);
  const q = el('blockquote', 'sentence');
  q.dataset.testid = 'evidence-sentence';
  renderHighlighted(q, m.sentence.text, m);
  box.append(q);
  const r = rulesLine(m.rules);
  if (r) box.append(r);
  return box;
}

// An event coded live from a pasted article.
export function codedEventView(e: CodedEvent): HTMLElement {
  const box = el('article', 'coded');
  box.dataset.testid = 'coded-event';
  box.dataset.dyad = `${e.source.code}>${e.target.code}`;
  box.dataset.code = e.code;
  box.append(codeLine(e.source.code ?? '', e.target.code ?? '', e.code, e.label, e.goldstein, e.quad_class));
  const q = el('blockquote', 'sentence');
  renderHighlighted(q, e.sentence.text, e);
  box.append(q);
  const r = rulesLine(e.rules);
  if (r) box.append(r);
  return box;
}
