// Times parseArticle on hostile text and Markdown inputs: one 5 MB line, a file over the size limit,
// and multi-megabyte documents of many short lines. Usage: pnpm --filter @briefing/parser stress:text
import { parseArticle } from '../src/index.js';

const sentence = 'The minister said the talks would resume next week in Baghdad. ';
const cases: [string, string, Uint8Array | string][] = [
  ['5 MB single line (.txt)', 'line.txt', sentence.repeat(Math.ceil(5e6 / sentence.length))],
  ['5 MB single line, no spaces (.txt)', 'x.txt', 'x'.repeat(5e6)],
  ['5 MB single line (.md)', 'line.md', sentence.repeat(Math.ceil(5e6 / sentence.length))],
  ['20 MB of paragraphs (.txt)', 'big.txt', Buffer.from(`${sentence}\n\n`.repeat(Math.ceil(20e6 / 66)))],
  ['7 MB of prose and menu lines (.txt)', 'menu.txt', Buffer.from(`${sentence}\nMenu\n`.repeat(1e5))],
  ['7 MB of headings, paragraphs, lists (.md)', 'mixed.md', `# Head\n\n${sentence}\n\n- item\n`.repeat(1e5)],
];
for (const [label, path, data] of cases) {
  const start = performance.now();
  const { value, diagnostics } = parseArticle({ path, data });
  const ms = Math.round(performance.now() - start);
  const outcome = value ? `article, ${value.text.length} chars` : `null: ${diagnostics[0]?.message}`;
  console.log(`${label.padEnd(44)} ${String(ms).padStart(6)} ms  ${outcome}`);
}
