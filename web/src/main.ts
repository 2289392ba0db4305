// The dyad dashboard: wires the panels (timeline, network, event table,
// evidence, live coding) to the API. State lives in the forms and the URL hash
// is not used: every view is one click from the page as loaded.

import './style.css';
import { api, ApiError, type EventRecord, type NetworkEdge } from './api';
import { codeLine, codedEventView, mentionView, renderHighlighted } from './evidence';
import { drawNetwork } from './network';
import { TimelineChart } from './timeline';

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`missing #${id}`);
  return e;
}
const input = (id: string) => $(id) as HTMLInputElement;

function message(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

function setNote(el: HTMLElement, text: string, error = false): void {
  el.textContent = text;
  el.classList.toggle('error', error);
}

// ---- actor pickers: one shared <datalist>, refreshed as the user types ----

const actorList = $('actor-list') as HTMLDataListElement;
let actorTimer = 0;
function suggestActors(q: string): void {
  window.clearTimeout(actorTimer);
  actorTimer = window.setTimeout(async () => {
    try {
      const { actors } = await api.actors(q.trim(), 30);
      actorList.replaceChildren(
        ...actors.map((a) => {
          const o = document.createElement('option');
          o.value = a.code;
          o.label = a.name ? `${a.name} (${a.mentions})` : `${a.mentions} mentions`;
          return o;
        }),
      );
    } catch {
      /* suggestions are optional */
    }
  }, 150);
}
document.querySelectorAll<HTMLInputElement>('input[list="actor-list"]').forEach((el) => {
  el.addEventListener('input', () => suggestActors(el.value));
  el.addEventListener('focus', () => suggestActors(el.value));
});

// ---- event table ----

const eventsForm = $('events-form') as HTMLFormElement;
const eventsBody = ($('events-table') as HTMLTableElement).tBodies[0];
const moreButton = $('events-more') as HTMLButtonElement;
const eventsCount = $('events-count');
let nextCursor: string | null = null;
let shown = 0;

function filters(): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(eventsForm).forEach((v, k) => {
    if (typeof v === 'string' && v.trim()) out[k] = v.trim();
  });
  return out;
}

function setFilters(values: Record<string, string>): void {
  for (const el of Array.from(eventsForm.elements) as HTMLInputElement[]) {
    if (el.name && el.name in values) el.value = values[el.name];
  }
}

function eventRow(e: EventRecord): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.tabIndex = 0;
  tr.dataset.id = String(e.id);
  tr.dataset.testid = 'event-row';
  const cells = [e.date ?? '—', e.source, e.target, '', e.goldstein.toFixed(1), String(e.num_mentions), ''];
  cells.forEach((text, i) => {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
    if (i === 3) {
      td.innerHTML = '';
      const code = document.createElement('span');
      code.className = `code quad-${e.quad_class}`;
      code.textContent = e.code;
      td.append(code, ` ${e.label ?? ''}`);
    }
    if (i === 6) {
      td.className = 'snippet';
      const m = e.mentions[0];
      if (m) renderHighlighted(td, m.sentence.text, m);
    }
  });
  const open = () => void openEvent(e.id, tr);
  tr.addEventListener('click', open);
  tr.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') open();
  });
  return tr;
}

async function loadEvents(append: boolean): Promise<void> {
  if (!append) {
    nextCursor = null;
    shown = 0;
  }
  try {
    const page = await api.events({ ...filters(), limit: 50, cursor: append ? nextCursor : undefined });
    if (!append) eventsBody.replaceChildren();
    page.events.forEach((e) => eventsBody.append(eventRow(e)));
    shown += page.events.length;
    nextCursor = page.next_cursor;
    moreButton.hidden = !nextCursor;
    setNote(eventsCount, shown ? `${shown} event${shown === 1 ? '' : 's'}${nextCursor ? ' so far' : ''}` : 'no events match');
  } catch (e) {
    setNote(eventsCount, message(e), true);
  }
}
eventsForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void loadEvents(false);
});
eventsForm.addEventListener('reset', () => window.setTimeout(() => void loadEvents(false)));
moreButton.addEventListener('click', () => void loadEvents(true));

// ---- evidence ----

const evidence = $('evidence');
async function openEvent(id: number, row?: HTMLElement): Promise<void> {
  eventsBody.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
  row?.classList.add('selected');
  try {
    const e = await api.event(id);
    const head = codeLine(e.source, e.target, e.code, e.label, e.goldstein, e.quad_class);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `event ${e.id} · ${e.date ?? 'undated'} · ${e.num_mentions} mention${e.num_mentions === 1 ? '' : 's'} in ${e.num_articles} article${e.num_articles === 1 ? '' : 's'}`;
    evidence.replaceChildren(head, meta, ...e.mentions.map(mentionView));
    evidence.dataset.eventId = String(e.id);
  } catch (err) {
    evidence.replaceChildren();
    const p = document.createElement('p');
    p.className = 'note error';
    p.textContent = message(err);
    evidence.append(p);
  }
}

// ---- timeline ----

const chart = new TimelineChart($('timeline-chart'), (start, end) => {
  setFilters({ from: start, to: end });
  void loadEvents(false);
});
const timelineNote = $('timeline-note');

async function showDyad(source: string, target: string): Promise<void> {
  source = source.trim().toUpperCase();
  target = target.trim().toUpperCase();
  input('dyad-source').value = source;
  input('dyad-target').value = target;
  const by = ($('dyad-by') as HTMLSelectElement).value;
  try {
    const t = await api.timeline(source, target, { by });
    const d = chart.show(t);
    const periods = t.points.length;
    setNote(
      timelineNote,
      periods
        ? `${source} → ${target}: ${d.total} event${d.total === 1 ? '' : 's'} in ${periods} ${by}${periods === 1 ? '' : 's'} with events. Click a bar to list its events.`
        : `No events from ${source} to ${target}.`,
    );
    $('timeline-chart').dataset.dyad = `${source}>${target}`;
    $('timeline-chart').dataset.points = String(periods);
  } catch (e) {
    setNote(timelineNote, message(e), true);
  }
  setFilters({ source, target, actor: '', from: '', to: '' });
  await loadEvents(false);
}

$('dyad-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void showDyad(input('dyad-source').value, input('dyad-target').value);
});
$('dyad-swap').addEventListener('click', () => {
  const s = input('dyad-source').value;
  input('dyad-source').value = input('dyad-target').value;
  input('dyad-target').value = s;
});

// ---- network ----

const networkNote = $('network-note');
async function showNetwork(): Promise<void> {
  try {
    const net = await api.network({
      from: input('net-from').value,
      to: input('net-to').value,
      min: input('net-min').value || 1,
      prefix: input('net-countries').checked ? 3 : 0,
      max: 60,
    });
    drawNetwork(
      $('network-graph'),
      net,
      (e: NetworkEdge) => void showDyad(e.source, e.target),
      (code) => {
        setFilters({ actor: code, source: '', target: '' });
        void loadEvents(false);
      },
    );
    setNote(networkNote, net.edges.length ? `${net.nodes.length} actors, ${net.edges.length} directed links. Click a link for its timeline.` : 'No links in this period.');
  } catch (e) {
    setNote(networkNote, message(e), true);
  }
}
$('network-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  void showNetwork();
});

// ---- live coding ----

const codeStatus = $('code-status');
const codeResults = $('code-results');
$('code-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const text = (input('code-text') as unknown as HTMLTextAreaElement).value;
  if (!text.trim()) return;
  setNote(codeStatus, 'coding…');
  codeResults.replaceChildren();
  try {
    const r = await api.code(text, input('code-date').value || undefined);
    setNote(codeStatus, `${r.events.length} event${r.events.length === 1 ? '' : 's'} from ${r.document.sentences} sentences in ${r.elapsed_ms.toFixed(1)} ms`);
    codeResults.replaceChildren(...r.events.map(codedEventView));
  } catch (e) {
    setNote(codeStatus, message(e), true);
  }
});

// ---- start ----

async function start(): Promise<void> {
  const status = $('store-status');
  try {
    const [h, s] = await Promise.all([api.health(), api.stats()]);
    status.textContent = `${s.events.toLocaleString()} events · ${s.documents.toLocaleString()} articles · ${h.backend}` +
      (s.first_date ? ` · ${s.first_date} – ${s.last_date}` : '');
    if (!h.pipeline) setNote(codeStatus, 'coding is unavailable on this server (no pipeline loaded)', true);
  } catch (e) {
    status.textContent = `store unavailable: ${message(e)}`;
    status.classList.add('error');
  }
  void loadEvents(false);
  void showNetwork();
}
void start();
