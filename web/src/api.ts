// Typed access to the dyad HTTP API (docs/api.md). Every call goes to the
// server that served the page; errors carry the server's message.

export type Span = [number, number];

export interface Argument {
  code?: string;
  text: string;
  span: Span | null;
  sentence_span: Span | null;
}

export interface Mention {
  id: number;
  event_id: number;
  date: string | null;
  code: string;
  label: string | null;
  document: { id: string; title: string | null; url: string | null; date: string | null; source_name: string | null; length: number };
  sentence: { index: number; text: string; lead: boolean; field: string; span: Span | null };
  source: Argument;
  verb: Argument;
  target: Argument;
  rules: string[];
  negated: boolean;
}

export interface EventRecord {
  id: number;
  date: string | null;
  source: string;
  target: string;
  source_name: string | null;
  target_name: string | null;
  code: string;
  base_code: string;
  root: string;
  label: string | null;
  quad_class: number;
  goldstein: number;
  negated: boolean;
  num_mentions: number;
  num_sources: number;
  num_articles: number;
  is_root: boolean;
  first_url: string | null;
  mentions: Mention[];
}

export interface CodedEvent {
  doc_id: string;
  date: string | null;
  code: string;
  root: string;
  label: string | null;
  quad_class: number;
  goldstein: number;
  sentence: { index: number; text: string; field: string; span: Span | null };
  source: Argument;
  verb: Argument;
  target: Argument;
  rules: string[];
  negated: boolean;
}

export interface TimelinePoint {
  period: string;
  start: string;
  events: number;
  quad: [number, number, number, number];
  mentions: number;
  mean_goldstein: number;
}

export interface Timeline { source: string; target: string; by: string; points: TimelinePoint[] }

export interface NetworkNode { code: string; events: number }
export interface NetworkEdge { source: string; target: string; events: number; mentions: number; quad: number[]; mean_goldstein: number }
export interface Network { nodes: NetworkNode[]; edges: NetworkEdge[] }

export interface Actor { code: string; name: string | null; mentions: number }

export interface Health { status: string; backend: string; schema_version: number; pipeline: boolean; writes: boolean }
export interface Stats { backend: string; documents: number; mentions: number; events: number; first_date: string | null; last_date: string | null }

export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly parameter?: string) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined | null>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function call<T>(input: string, init?: RequestInit): Promise<T> {
  const res = await fetch(input, init);
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(`unexpected reply (${res.status})`, res.status);
  }
  if (!res.ok) {
    const e = body as { error?: string; parameter?: string } | null;
    throw new ApiError(e?.error ?? `HTTP ${res.status}`, res.status, e?.parameter);
  }
  return body as T;
}

export const api = {
  health: () => call<Health>('/healthz'),
  stats: () => call<Stats>('/api/stats'),
  events: (q: Query) => call<{ events: EventRecord[]; next_cursor: string | null }>(url('/api/events', q)),
  event: (id: number) => call<EventRecord>(`/api/events/${id}`),
  timeline: (source: string, target: string, q: Query) =>
    call<Timeline>(url(`/api/dyads/${encodeURIComponent(source)}/${encodeURIComponent(target)}/timeline`, q)),
  actors: (q: string, limit = 20) => call<{ actors: Actor[] }>(url('/api/actors', { q, limit })),
  network: (q: Query) => call<Network>(url('/api/network', q)),
  code: (text: string, date?: string) =>
    call<{ document: { id: string; title: string; date: string | null; sentences: number }; events: CodedEvent[]; elapsed_ms: number }>(
      url('/api/code', { date }),
      { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text },
    ),
};
