// Lists the people's names `givenNameSpans` adds to the tagger's spans in a CoNLL file of news (GMB
// train by default: 43,959 sentences no rule of the step was tuned on), each with the annotators' tags
// of its two words, and counts those the annotators mark as a person's. The gazetteer's check is left
// out (every run reads as unknown), so a country's adjective before a noun may show ("Danish Muslims")
// where the pipeline would not add it.
// Usage: pnpm --filter @briefing/model run bench:given-names [gmb-train|gmb-dev|wikigold]
import fs from 'node:fs';
import path from 'node:path';
import { entityTagger, spansOf } from '../src/entity-tagger.js';
import { givenNameSpans } from '../src/given-name-spans.js';
import { textsOf, tokenizeWords } from '../src/tokenize-words.js';
import { datasetDir } from './datasets.js';

const file = path.join(datasetDir('ner'), `${process.argv[2] ?? 'gmb-train'}.conll`);
const sentences: { words: string[]; tags: string[] }[] = [];
let current = { words: [] as string[], tags: [] as string[] };
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('-DOCSTART')) {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], tags: [] };
    continue;
  }
  const [word, tag] = line.split('\t');
  current.words.push(word as string);
  current.tags.push(tag as string);
}
if (current.words.length > 0) sentences.push(current);

const tagger = entityTagger();
let added = 0;
let people = 0;
for (const s of sentences) {
  const text = s.words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of s.words) {
    starts.push(at);
    at += w.length + 1;
  }
  const tokens = tokenizeWords(text);
  const spans = spansOf(tokens, tagger.tagIndices(textsOf(tokens)), text);
  const out = givenNameSpans(text, tokens, spans, () => false);
  if (out === spans) continue;
  for (const span of out) {
    if (spans.includes(span)) continue;
    added++;
    const k = starts.indexOf(span.start);
    const gold = k >= 0 ? `${s.tags[k]} ${s.tags[k + 1]}` : '?';
    if (/PER/.test(gold)) people++;
    console.log(
      `${gold.padEnd(13)} ${span.text.padEnd(24)} ${text.slice(Math.max(0, span.start - 40), span.end + 30)}`,
    );
  }
}
console.log(`${path.basename(file)}: ${added} names added, ${people} of them the annotators' people`);
