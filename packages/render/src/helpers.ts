import type { Briefing, TimelineEvent } from '@briefing/model';
import Handlebars from 'handlebars';
import { registerBriefHelpers } from './brief-helpers.js';
import { foldCitations } from './citation-marks.js';
import { formatDate } from './format-date.js';
import { curlQuotes } from './quote-marks.js';

const KIND_LABELS: Record<string, string> = {
  country: 'State',
  organisation: 'Organisation',
  'armed-group': 'Armed group',
  person: 'Person',
  place: 'Place',
  other: 'Other',
};

/**
 * Registers the helpers every theme can use on a Handlebars instance:
 * `formatDate d`, `plural n "one" "many"`, `join list ", "`, `includes list value`,
 * `gt a b`, `kindLabel kind`, `sourceNumber id`, `sourceTitle id`, `citationMarks citations`, `timelineSvg timeline`, and for the claims part
 * `disputedClaims`, `sharedClaims`, `sharedClaimSources`, `ownClaims`, `claimSide claim "supports"|"disputes"|"updates"`,
 * `claimStanceOf claim sourceId`, `laterReports claim`, `stanceActors`, `stanceSources`, `stanceCell sourceId actor`, `stanceSymbol stance`, `stanceLabel stance`.
 * @param hbs the Handlebars instance
 * @param briefing the briefing being rendered (for source numbers and titles)
 */
export function registerHelpers(hbs: typeof Handlebars, briefing: Briefing): void {
  const numbers = new Map(briefing.sources.map((s, i) => [s.id, i + 1]));
  const titles = new Map(briefing.sources.map((s) => [s.id, s.title ?? s.path]));
  hbs.registerHelper('formatDate', (d: unknown) => formatDate(d));
  hbs.registerHelper('plural', (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many));
  hbs.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hbs.registerHelper(
    'includes',
    (list: unknown, value: unknown) => Array.isArray(list) && list.includes(value),
  );
  hbs.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hbs.registerHelper('kindLabel', (kind: unknown) => KIND_LABELS[String(kind)] ?? String(kind));
  hbs.registerHelper('sourceNumber', (id: unknown) => numbers.get(String(id)) ?? '?');
  hbs.registerHelper('sourceTitle', (id: unknown) => curlQuotes(titles.get(String(id)) ?? String(id)));
  hbs.registerHelper('citationMarks', (citations: unknown) => foldCitations(citations));
  registerBriefHelpers(hbs, briefing);
  registerClaimHelpers(hbs, briefing);
  hbs.registerHelper(
    'timelineSvg',
    (events: unknown) => new hbs.SafeString(timelineSvg(Array.isArray(events) ? events : [])),
  );
}

const STANCE_LABELS: Record<string, { symbol: string; text: string }> = {
  negative: { symbol: '▼', text: 'negative' },
  neutral: { symbol: '◆', text: 'neutral' },
  positive: { symbol: '▲', text: 'positive' },
};

/**
 * Registers the helpers of the claims part: the disputed claims, the claims several sources share (and
 * the sources that make at least one of them, the matrix's columns) and each source's own; a claim's
 * sides, one source's side, and its later reports' figures (its `updates` stances as `{figure,
 * published, sourceIds, citations}`, the reports of one figure and one day as one, by date); the stance matrix's actors (in the order of the briefing's
 * actors) and cells; a stance's symbol and words.
 * @param hbs the Handlebars instance
 * @param briefing the briefing being rendered
 */
export function registerClaimHelpers(hbs: typeof Handlebars, briefing: Briefing): void {
  const claims = briefing.claims;
  const stances = briefing.stances ?? [];
  const cells = new Map(stances.map((s) => [`${s.sourceId}\u0000${s.actor}`, s]));
  const named = new Set(stances.map((s) => s.actor));
  const order = briefing.actors.map((a) => a.name).filter((n) => named.has(n));
  const actors = [...order, ...[...named].filter((n) => !order.includes(n))];
  hbs.registerHelper('disputedClaims', () => claims.filter((c) => c.disputed === true));
  const shared = claims.filter((c) => c.disputed !== true && c.sourceIds.length > 1);
  hbs.registerHelper('sharedClaims', () => shared);
  // the matrix's columns: a source that makes none of the shared claims would be a column of dots only,
  // and with thirty sources those columns crushed the claims to a word a line and ran off the page
  const sharing = new Set(shared.flatMap((c) => c.sourceIds));
  hbs.registerHelper('sharedClaimSources', () => briefing.sources.filter((s) => sharing.has(s.id)));
  hbs.registerHelper('ownClaims', () =>
    claims.filter((c) => c.disputed !== true && c.sourceIds.length === 1),
  );
  hbs.registerHelper('claimSide', (claim: unknown, side: unknown) =>
    ((claim as Briefing['claims'][number] | undefined)?.stances ?? []).filter((s) => s.stance === side),
  );
  hbs.registerHelper('claimStanceOf', (claim: unknown, sourceId: unknown) => {
    const stances = (claim as Briefing['claims'][number] | undefined)?.stances ?? [];
    return stances.find((s) => s.sourceId === sourceId)?.stance ?? '';
  });
  // a claim's later figures by their reports' dates, the reports that give one figure on one day as one
  // ("15 people (Harbour Record and Harbour Tribune, 5 March 2026) [4] [6]")
  const published = new Map(briefing.sources.map((s) => [s.id, s.published]));
  hbs.registerHelper('laterReports', (claim: unknown) => {
    const out = new Map<
      string,
      { figure: string; published: unknown; sourceIds: string[]; citations: unknown[] }
    >();
    for (const s of (claim as Briefing['claims'][number] | undefined)?.stances ?? []) {
      if (s.stance !== 'updates') continue;
      const date = published.get(s.sourceId) ?? null;
      const key = `${date}\u0000${s.figure ?? ''}`;
      const entry = out.get(key) ?? { figure: s.figure ?? '', published: date, sourceIds: [], citations: [] };
      entry.sourceIds.push(s.sourceId);
      entry.citations.push(...s.citations);
      out.set(key, entry);
    }
    return [...out.values()].sort((a, b) =>
      String(a.published ?? '') < String(b.published ?? '')
        ? -1
        : String(a.published ?? '') > String(b.published ?? '')
          ? 1
          : 0,
    );
  });
  hbs.registerHelper('stanceActors', () => actors);
  hbs.registerHelper('stanceSources', () =>
    briefing.sources.filter((s) => stances.some((x) => x.sourceId === s.id)),
  );
  hbs.registerHelper('stanceCell', (sourceId: unknown, actor: unknown) =>
    cells.get(`${String(sourceId)}\u0000${String(actor)}`),
  );
  hbs.registerHelper('stanceSymbol', (stance: unknown) => STANCE_LABELS[String(stance)]?.symbol ?? '');
  hbs.registerHelper(
    'stanceLabel',
    (stance: unknown) => STANCE_LABELS[String(stance)]?.text ?? String(stance),
  );
}

const esc = Handlebars.Utils.escapeExpression;

/** Space between two labels of one level of the timeline figure, in its units. */
const LABEL_GAP = 6;
/** Space between a leader line and the text of a label it passes, in the figure's units. */
const LEADER_GAP = 3;

/**
 * The width of a label of the timeline figure (10-unit Noto Sans), from its length: 0.56 em a character,
 * Noto Sans' mean advance over digits, letters and spaces, so a little more than most labels take.
 */
const labelWidth = (text: string) => text.length * 5.6;

/**
 * Draws the timeline as a static SVG: a dated axis with one mark per event, labelled by date.
 * Text is escaped; the SVG runs no script.
 * @param events timeline events, sorted by date
 * @returns the SVG markup
 */
export function timelineSvg(events: readonly TimelineEvent[]): string {
  const width = 760;
  const left = 40;
  const right = width - 40;
  const times = events.map((e) =>
    Date.parse(`${e.date.padEnd(10, '-01').replace(/-$/, '-01').slice(0, 10)}T00:00:00Z`),
  );
  const valid = times.filter((t) => Number.isFinite(t));
  const min = Math.min(...valid);
  const max = Math.max(...valid);
  const span = max - min || 1;
  const x = (t: number) => left + ((t - min) / span) * (right - left);
  // labels go on four levels, above and below the axis, placed from the latest event back (the latest
  // matter most to a reader); a label that would touch the next one on its level, or whose leader line
  // would cross a label nearer the axis (or be crossed by one), is left to the list below the figure
  // (and to the mark's tooltip), and so is a second label of one date
  const LEVELS = [36, 94, 20, 108];
  /** The level nearer the axis on the same side, for the two outer levels. */
  const INNER = [-1, -1, 0, 1];
  const nextLeft = LEVELS.map(() => Number.POSITIVE_INFINITY);
  /** The x of the leader line drawn last (the leftmost yet) to each side's outer level (above, below). */
  const lastLeader = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const fits = (l: number, px: number, half: number) => {
    if (px + half > (nextLeft[l] as number) - LABEL_GAP) return false;
    const inner = INNER[l] as number;
    return inner < 0
      ? px + half <= (lastLeader[l] as number) - LEADER_GAP
      : px <= (nextLeft[inner] as number) - LEADER_GAP;
  };
  const levelOf: number[] = [];
  let labelled = '';
  for (let i = events.length - 1; i >= 0; i--) {
    const t = times[i] as number;
    const text = formatDate((events[i] as TimelineEvent).date, 'short');
    levelOf[i] = -1;
    if (!Number.isFinite(t) || text === labelled) continue;
    const px = x(t);
    const half = labelWidth(text) / 2;
    const level = LEVELS.findIndex((_, l) => fits(l, px, half));
    if (level < 0) continue;
    levelOf[i] = level;
    labelled = text;
    nextLeft[level] = px - half;
    if ((INNER[level] as number) >= 0) lastLeader[INNER[level] as number] = px;
  }
  const marks = events
    .map((e, i) => {
      const t = times[i] as number;
      if (!Number.isFinite(t)) return '';
      const cx = x(t).toFixed(1);
      const level = levelOf[i] as number;
      let label = '';
      if (level >= 0) {
        const ty = LEVELS[level] as number;
        const y2 = ty < 65 ? ty + 4 : ty - 12;
        label = `<line x1="${cx}" y1="65" x2="${cx}" y2="${y2}" stroke="#9aa3ad"/><text x="${cx}" y="${ty}" font-size="10" text-anchor="middle" font-family="Noto Sans, Arial, sans-serif">${esc(formatDate(e.date, 'short'))}</text>`;
      }
      return `<g><title>${esc(`${formatDate(e.date)}: ${curlQuotes(e.text)}`)}</title>${label}<circle cx="${cx}" cy="65" r="${e.citations.length > 1 ? 6 : 4}" fill="#0b3d91"/></g>`;
    })
    .join('');
  const years = valid.length ? `${new Date(min).getUTCFullYear()} – ${new Date(max).getUTCFullYear()}` : '';
  return `<svg class="timeline-chart" role="img" aria-label="Timeline of ${events.length} dated events${years ? `, ${years}` : ''}" viewBox="0 0 ${width} 120" xmlns="http://www.w3.org/2000/svg"><line x1="${left}" y1="65" x2="${right}" y2="65" stroke="#1b1f24" stroke-width="2"/>${marks}</svg>`;
}
