import { type Actor, type Briefing, hasOtherStories, outletNames, type Story, siteOf } from '@briefing/model';
import type Handlebars from 'handlebars';
import { formatDate } from './format-date.js';
import { curlQuotes, nestQuotes } from './quote-marks.js';

/** How many actors the table shows; the rest go to a compact list (an A4 page holds about this many rows). */
const MAIN_ACTORS = 12;

/**
 * Joins names as a sentence does: "A", "A and B", "A, B and C".
 * @param names the names
 */
export function andList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const weight = (a: Actor) => a.mentions * a.sourceIds.length;

/**
 * Splits the actors into the main ones (by mentions times sources, named at least twice or by two
 * sources, at most twelve) and the rest, each list in the model's order.
 * @param actors the briefing's actors
 * @returns the main actors and the others
 */
export function splitActors(actors: readonly Actor[]): { main: Actor[]; rest: Actor[] } {
  const ranked = [...actors]
    .filter((a) => a.mentions >= 2 || a.sourceIds.length >= 2)
    .sort((a, b) => weight(b) - weight(a) || b.mentions - a.mentions)
    .slice(0, MAIN_ACTORS);
  const main = new Set(ranked);
  return { main: actors.filter((a) => main.has(a)), rest: actors.filter((a) => !main.has(a)) };
}

/**
 * The one-line role of an actor: the model's `role` when it has one, else the role the sources give
 * the person where they quote them ("Spanish Prime Minister").
 * @param actor an actor of the briefing
 * @param quotedRoles speaker name → role, from the briefing's quotes
 * @returns the role, or an empty string
 */
export function actorRole(
  actor: Actor & { role?: string | null },
  quotedRoles: ReadonlyMap<string, string>,
): string {
  if (typeof actor?.role === 'string' && actor.role) return actor.role;
  for (const name of [actor?.name, ...(actor?.aliases ?? [])]) {
    const role = name ? quotedRoles.get(name) : undefined;
    if (role) return role;
  }
  return '';
}

const SIDE_LABELS: Record<string, string> = {
  supports: 'states it',
  disputes: 'disputes it',
  // a later report's higher toll of the claim's count (model: an `updates` stance)
  updates: 'gives a later figure',
  positive: 'favourable',
  negative: 'critical',
  neutral: 'neutral',
};

/** A title of at most this many words names a source whole, a longer one by one word fewer and "…": most
 * headlines run 8–12 words, and five still say what the piece is about. */
const TITLE_LABEL_WORDS = 6;

/** The sources a side of a split names before it counts the rest ("A, B, C and 7 other sources"): three
 * short titles fill about a line of the bottom line; one more is named rather than "1 other source". */
const SIDE_NAMES = 3;

/**
 * A source's title short enough to name it in a line, in quotation marks ("“Ferry talks resume in
 * Tarnby”", "“What Will the Valdor Council …”"), its own quotations in single ones ("“Board backs ‘Blue
 * Line’ ferry …”"), or null when it has none.
 * @param title the source's title
 */
function titleLabel(title: string | null | undefined): string | null {
  // the marks are set before the title is cut, so that a quotation cut short still opens with ‘
  const words = nestQuotes(title ?? '')
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  if (words.length <= TITLE_LABEL_WORDS) return `“${words.join(' ')}”`;
  return `“${words.slice(0, TITLE_LABEL_WORDS - 1).join(' ')} …”`;
}

/** A text is cut by `gist` only when that leaves out at least this many words: cutting one or two saves
 * no line and hides the end of the sentence behind a click. */
const GIST_SPARE_WORDS = 3;

/**
 * The first words of a text and " …", for a line that shows a long text short (a perspective's lead in
 * the frames table, the rest folded), or '' when the text is not longer than that by
 * {@link GIST_SPARE_WORDS} words or more, so that a template shows it whole.
 * @param text the text
 * @param words how many words to keep
 */
export function gist(text: string, words: number): string {
  const all = text.trim().split(/\s+/u).filter(Boolean);
  if (!(words > 0) || all.length < words + GIST_SPARE_WORDS) return '';
  // a cut after a comma or a dash reads as a pause, not as "…": drop what only joins to the next words
  const kept = all
    .slice(0, words)
    .join(' ')
    .replace(/[\s,;:\u2013\u2014-]+$/u, '');
  return `${kept} …`;
}

/**
 * Registers the helpers the brief's sections use for wording, on top of the base helpers:
 * `eq a b`, `andList list`, `sourceNames ids` ("Daily Post and Wire Service", in the order of the sources'
 * numbers; a source without outlet is its site, "pluralsight.com", else its title, short, in quotation
 * marks, else "source 3"; one of several sources of one outlet "Daily Post [3]"), `fewSourceNames ids`
 * (the same, past four sources the first three and "and 7 other sources"), `sourceLabel id` (one
 * source's name without the "[3]" for a row that shows its number already, its short title when every
 * source is of one outlet), `inSourceOrder ids` (the ids
 * in the order of the sources' numbers), `allSources ids` (true when every source of the brief is listed), `manySources ids` (the brief has
 * more than one source and `ids` is a non-empty list), `mainActors actors`,
 * `otherActors actors`, `actorRole actor` (the actor's `role`, else the role its quotes give it),
 * `anyRole actors` (some actor of the list has a role),
 * `sideLabel stance` ("states it", "disputes it", "gives a later figure", "favourable", "critical"), `curlQuotes text` (a title,
 * a quotation or any sentence the brief shows with its straight double marks curly; nothing for none) and
 * `nestQuotes text` (the same to stand inside “…”: single marks), `gist text words` (the first words and
 * " …", or '' when the text is not much longer).
 * @param hbs the Handlebars instance
 * @param briefing the briefing being rendered
 */
export function registerBriefHelpers(hbs: typeof Handlebars, briefing: Briefing): void {
  // a source without an outlet is named by its number in the sources list: titles run long; an outlet
  // of several sources adds it, as its citations do ("Washington Post [14]"), or one outlet may stand on
  // both sides of a split
  // a source with no outlet but an address is named by its site ("pluralsight.com"): "source 32" in a
  // split's sides said nothing a reader could place; a file with neither is named by its title, short
  // and a source whose outlet was not read takes the one outlet of its site's other sources (the model's
  // outletNames, which the bottom line's split reads too)
  const siteNames = outletNames(briefing.sources);
  const labels = briefing.sources.map((s, i) => siteNames[i] ?? titleLabel(s.title));
  const outlets = new Map<string, number>();
  for (const label of labels) if (label) outlets.set(label, (outlets.get(label) ?? 0) + 1);
  const names = new Map(
    briefing.sources.map((s, i) => {
      const label = labels[i];
      return [
        s.id,
        !label ? `source ${i + 1}` : (outlets.get(label) ?? 0) > 1 ? `${label} [${i + 1}]` : label,
      ];
    }),
  );
  // in a split's sides, the sources of an outlet with several are named by their days when each came out
  // on a day of its own: "Tern Wire (27 January 2024): critical; Tern Wire (15 April 2024) and Daily
  // Post: favourable", not "Tern Wire [2]: critical; …" before the markers "[2][5][7]" (the number twice,
  // and nothing a reader can place); an outlet with an undated source or two of one day keeps the numbers
  const daysOf = new Map<string, (string | null)[]>();
  briefing.sources.forEach((s, i) => {
    const label = labels[i];
    if (label) daysOf.set(label, [...(daysOf.get(label) ?? []), s.published]);
  });
  const byDay = new Set(
    [...daysOf]
      .filter(([, days]) => days.length > 1 && days.every((d) => d) && new Set(days).size === days.length)
      .map(([label]) => label),
  );
  const sideNames = new Map(
    briefing.sources.map((s, i) => {
      const label = labels[i];
      return [
        s.id,
        label && byDay.has(label) ? `${label} (${formatDate(s.published)})` : (names.get(s.id) as string),
      ];
    }),
  );
  const all = briefing.sources.length;
  // sources listed in the order of their numbers ("source 1, source 6, source 10"), not of their ids
  const numbers = new Map(briefing.sources.map((s, i) => [s.id, i]));
  const inSourceOrder = (ids: unknown[]) =>
    [...ids].sort((a, b) => (numbers.get(String(a)) ?? all) - (numbers.get(String(b)) ?? all));
  hbs.registerHelper('inSourceOrder', (ids: unknown) => (Array.isArray(ids) ? inSourceOrder(ids) : []));
  hbs.registerHelper('sideLabel', (stance: unknown) => SIDE_LABELS[String(stance)] ?? String(stance));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // a quoted sentence already ends the line: "… the next rate decision.”" takes no second full stop
  hbs.registerHelper('fullStop', (text: unknown) => (/[.!?…]["”’»)]*$/u.test(String(text)) ? '' : '.'));
  // a title or quotation the brief shows: straight double marks curly, or single inside “…” (quote-marks.ts)
  hbs.registerHelper('curlQuotes', (text: unknown) => (text == null ? '' : curlQuotes(String(text))));
  hbs.registerHelper('nestQuotes', (text: unknown) => nestQuotes(String(text)));
  // a perspective's lead, cut to its first words in the frames table (the whole of it folded on screen)
  hbs.registerHelper('gist', (text: unknown, words: unknown) =>
    text == null ? '' : gist(String(text), Number(words)),
  );
  // "ABC13 says: “"I am trying …," Hasib said.”": a point that is itself a quotation takes no marks of its own
  hbs.registerHelper('opensQuote', (text: unknown) => /^["“‘'«]/u.test(String(text)));
  hbs.registerHelper('andList', (list: unknown) => (Array.isArray(list) ? andList(list.map(String)) : ''));
  hbs.registerHelper('sourceName', (id: unknown) => names.get(String(id)) ?? String(id));
  hbs.registerHelper('sourceNames', (ids: unknown) =>
    Array.isArray(ids)
      ? andList([...new Set(inSourceOrder(ids).map((id) => sideNames.get(String(id)) ?? String(id)))])
      : '',
  );
  // a side of a split names its first few sources and counts the rest: a brief of 30 wire stories had
  // ten titles in quotation marks on one side, four lines of a bottom line that should read in one
  hbs.registerHelper('fewSourceNames', (ids: unknown) => {
    if (!Array.isArray(ids)) return '';
    const all = [...new Set(inSourceOrder(ids).map((id) => sideNames.get(String(id)) ?? String(id)))];
    if (all.length <= SIDE_NAMES + 1) return andList(all);
    const rest = all.length - SIDE_NAMES;
    return `${all.slice(0, SIDE_NAMES).join(', ')} and ${rest} other sources`;
  });
  // "(according to Tern Wire [6]) [6]": a point's attribution names no outlet when every source is of
  // one outlet (every point is that outlet's), and names a source without the number its citation
  // marker gives just after ("source 3" is no name: the marker says it)
  const oneOutlet =
    all > 0 && briefing.sources.every((s) => s.outlet || siteOf(s.url)) && new Set(labels).size === 1;
  const plainNames = new Map(briefing.sources.map((s, i) => [s.id, labels[i] ?? null]));
  const named = (ids: unknown[]) => [
    ...new Set(inSourceOrder(ids).flatMap((id) => plainNames.get(String(id)) ?? [])),
  ];
  hbs.registerHelper('accordingTo', (ids: unknown) =>
    !Array.isArray(ids) || oneOutlet || new Set(ids).size >= all ? '' : andList(named(ids)),
  );
  hbs.registerHelper('saysName', (id: unknown) => (oneOutlet ? '' : (named([id])[0] ?? '')));
  // beside the source's own "[16]" (the rows of the frames table and the stance matrix), its name without
  // the number again (a page of a feed of one site whose outlet the parser did not read had read "[16]
  // Gull Harbour News [16]"), and its short title when every source is of one outlet: 16 of 19 rows had
  // read "[n] Gull Harbour News", which the number alone says (session 92)
  const rowLabels = new Map(
    briefing.sources.map((s, i) => [
      s.id,
      (oneOutlet ? titleLabel(s.title) : labels[i]) ?? labels[i] ?? `source ${i + 1}`,
    ]),
  );
  hbs.registerHelper('sourceLabel', (id: unknown) => rowLabels.get(String(id)) ?? String(id));
  // the previous brief's claims gone from the list or now with fewer sources, counted; false for none
  hbs.registerHelper('claimsOut', (changes: unknown) => {
    const c = changes as { droppedClaims?: unknown[]; changedClaims?: { before: number; after: number }[] };
    const dropped = c?.droppedClaims?.length ?? 0;
    const fewer = (c?.changedClaims ?? []).filter((x) => x.after < x.before).length;
    return dropped + fewer > 0 ? { dropped, fewer } : false;
  });
  hbs.registerHelper('allSources', (ids: unknown) => Array.isArray(ids) && new Set(ids).size >= all);
  hbs.registerHelper('manySources', (ids: unknown) => all > 1 && Array.isArray(ids) && ids.length > 0);
  const quotedRoles = new Map<string, string>();
  for (const q of briefing.quotes)
    if (q.speaker && q.role && !quotedRoles.has(q.speaker)) quotedRoles.set(q.speaker, q.role);
  hbs.registerHelper('actorRole', (actor: unknown) =>
    actorRole(actor as Actor & { role?: string | null }, quotedRoles),
  );
  hbs.registerHelper(
    'anyRole',
    (actors: unknown) => Array.isArray(actors) && actors.some((a) => actorRole(a, quotedRoles) !== ''),
  );
  hbs.registerHelper('mainActors', (actors: unknown) =>
    Array.isArray(actors) ? splitActors(actors).main : [],
  );
  hbs.registerHelper('otherActors', (actors: unknown) =>
    Array.isArray(actors) ? splitActors(actors).rest : [],
  );
  const shown = shownStories(briefing.stories);
  hbs.registerHelper('shownStories', () => shown.stories);
  hbs.registerHelper('storiesLead', () => shown.lead);
}

/**
 * What the Stories section shows: every story when the sources report several, else (one story and
 * single sources beside it, fewer than a quarter: see `hasOtherStories`) only those asides, the one
 * story being the brief itself. A brief of 30 reports whose one story held 29 had listed that story, its
 * key points much the brief's own, and one other source, "The sources report 2 separate stories": it
 * told the reader nothing the brief did not, and hid the one thing the section could say, which report
 * stands apart (session 93).
 * @param stories the briefing's stories
 * @returns the stories to show and the sentence that opens the section
 */
export function shownStories(stories: readonly Story[]): { stories: Story[]; lead: string } {
  if (hasOtherStories(stories))
    return { stories: [...stories], lead: `The sources report ${stories.length} separate stories.` };
  const most = Math.max(0, ...stories.map((s) => s.sourceIds.length));
  const main = stories.find((s) => s.sourceIds.length === most);
  const asides = stories.filter((s) => s !== main);
  const total = stories.reduce((n, s) => n + s.sourceIds.length, 0);
  const rest =
    asides.length === 1
      ? 'the other source reports a story of its own:'
      : `the other ${asides.length} each report a story of their own:`;
  return {
    stories: asides,
    lead: `${most} of the ${total} sources report the story this brief covers; ${rest}`,
  };
}
