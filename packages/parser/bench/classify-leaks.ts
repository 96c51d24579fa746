// Sorts the "without" snippets of trafilatura-eval's saved HTML that the parser keeps (its false
// positives) into classes, by what the block holding each is and where it stands against the body's
// wanted text, and counts them (a tool for finding rules on half A, not a score; the sibling of
// `classify:misses`, which sorts the snippets the parser misses):
//   comments          a reader's comment or the comment section (a comment word on the block's elements,
//                     or a "Name says:" header)
//   related/teasers   related content and teaser cards (a related, teaser, card, more, recommend word on
//                     its elements; link-heavy after the article's last wanted block)
//   link box          link-heavy inside the article (an inline box of links, "read also")
//   call to action    share, subscribe, newsletter, app, donate, contact and other sign-off calls
//   author bio        a writer's bio or box (an author or bio word on its elements, a writer's role line)
//   caption/gallery   a picture's caption or credit, a gallery's controls (figure, caption, photo words,
//                     a credit line)
//   title/byline/tags the headline, byline, date or tags repeated in the body (a heading, a byline
//                     line, a date or tag word on its elements)
//   notice            a site notice (cookies, rights, terms)
//   prose before / after / inside   none of these: prose above the first wanted block, below the last,
//                     or between them (where the annotator's cut and ours differ)
// Usage: pnpm --filter @briefing/parser classify:leaks [--half a|b] [--list CLASS]
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { collectBlocks, type HtmlBlock, isLinkHeavy } from '../src/html/collect-blocks.js';
import { isWriterRole } from '../src/text/bio-lines.js';
import { isBylineLine } from '../src/text/byline-lines.js';
import { isCommentHeader } from '../src/text/comment-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { holdsCredit, isCreditLine } from '../src/text/credit-lines.js';
import { isNoticeLine } from '../src/text/notice-lines.js';
import { isSignOffLine } from '../src/text/sign-off-lines.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = optionValue(argv, '--list');
const { norm } = await snippetScorer();

const COMMENT = /(^|[\s_-])(comments?|kommentare?|discussion|disqus|replies|reply|respond)([\s_-]|$)/;
const RELATED =
  /(related|teaser|recommend|more|card|promo|widget|popular|trending|read-?also|also|next|prev|list)/;
const CALL = /(share|subscribe|newsletter|signup|sign-up|social|follow|donat|app-|cta)/;
const CALL_TEXT =
  /\b(share|subscribe|newsletter|sign up|follow us|download|app|donate|contact|teilen|abonn|folgen|anmelden|melden sie sich)/i;
const BIO = /(^|[\s_-])(author|bio|about|autor|profile|writer)/;
const PICTURE = /(figure|caption|credit|photo|image|img|gallery|foto|bild|media|slide)/;
const META = /(byline|date|time|meta|tag|categor|posted|info|dateline|keywords)/;

const counts = new Map<string, number>();
const listed: string[] = [];
for (const { name, data, item, article, out } of snippetPages('html', half, norm)) {
  const leaked = item.without.filter((w) => out.includes(norm(w)));
  if (leaked.length === 0) continue;
  const decoded = decodeText(data);
  if (!decoded.ok) continue;
  const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
  const page = collectBlocks(tree);
  const texts = page.blocks.map((b) => norm(b.text));
  const wanted = item.with.map(norm);
  const holdsWanted = texts.map((t) => wanted.some((w) => t.includes(w)));
  const firstWanted = holdsWanted.indexOf(true);
  const lastWanted = holdsWanted.lastIndexOf(true);
  const title = norm(article?.title ?? '').toLowerCase();
  for (const snippet of leaked.map(norm)) {
    const i = texts.findIndex((t) => t.includes(snippet) && out.includes(t));
    const b = page.blocks[i];
    let why: string;
    if (!b) why = 'no single block';
    else {
      const names = namesUp(page, b.element);
      const text = b.text;
      const words = wordsIn(text);
      const where = i < firstWanted ? 'before' : i > lastWanted ? 'after' : 'inside';
      const lower = text.toLowerCase();
      if (COMMENT.test(names) || isCommentHeader(text, page.blocks[i + 1]?.text)) why = 'comments';
      else if (isNoticeLine(lower, words)) why = 'notice';
      else if (
        (b.heading && lower === title) ||
        isBylineLine(text, words) ||
        (META.test(names) && words <= 20)
      )
        why = `title/byline/tags (${where})`;
      else if (PICTURE.test(names) || isCreditLine(text, words) || holdsCredit(text))
        why = `caption/gallery (${where})`;
      else if (isWriterRole(text) || (BIO.test(names) && where !== 'inside')) why = `author bio (${where})`;
      else if (CALL.test(names) || isSignOffLine(text, words) || (words <= 25 && CALL_TEXT.test(text)))
        why = `call to action (${where})`;
      else if (RELATED.test(names) && where !== 'inside') why = `related/teasers (${where}, named)`;
      else if (isLinkHeavy(b))
        why = where === 'inside' ? 'link box (inside)' : `related/teasers (${where}, links)`;
      else why = `prose ${where}${b.heading ? ' (heading)' : words < 15 ? ' (short)' : ''}`;
      if (list !== undefined && why.startsWith(list))
        listed.push(
          `${name}  [${why}]  L${Math.round((b.linkChars / Math.max(1, text.length)) * 10)} ${names.slice(0, 60)} | ${snippet.slice(0, 90)}`,
        );
    }
    const cls = why.replace(/ \(.*/, '');
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (why !== cls) counts.set(`  ${why}`, (counts.get(`  ${why}`) ?? 0) + 1);
  }
}
const total = [...counts].filter(([k]) => !k.startsWith(' ')).reduce((n, [, c]) => n + c, 0);
console.log(`${String(total).padStart(4)}  leaked snippets (half ${half.toUpperCase()})`);
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
  if (!k.startsWith(' ')) {
    console.log(`${String(n).padStart(4)}  ${k}`);
    for (const [s, m] of [...counts].filter(([s]) => s.startsWith(`  ${k} (`)).sort((a, b) => b[1] - a[1]))
      console.log(`${String(m).padStart(6)}  ${s.trim().slice(k.length + 1)}`);
  }
for (const l of listed) console.log(l);

/** The class and id words of an element and its ancestors, innermost first. */
function namesUp(page: ReturnType<typeof collectBlocks>, e: number): string {
  const parts: string[] = [];
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) parts.push(`${page.tags[x]}:${page.names[x] ?? ''}`);
  return parts.join(' ').toLowerCase();
}

export type { HtmlBlock };
