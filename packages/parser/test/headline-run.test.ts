import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../src/html/collect-blocks.js';
import { headlineRunBlocks } from '../src/html/headline-run.js';

const page = collectBlocks(
  unified()
    .use(rehypeParse)
    .parse(
      `<body><h1>How to repot an orchid</h1>
<div class="lead"><p>An orchid that has filled its pot with roots needs a new pot and fresh bark, and spring is the time to give it both.</p></div>
<div class="step"><span>Step 1</span><p>Water the plant well the day before.</p></div>
<div class="step"><span>Step 2</span><p>Ease it out of the old pot gently.</p></div>
<h2>More from the garden</h2><p><a href="/basil">Growing basil on a windowsill</a></p></body>`,
    ) as Root,
);
const texts = (below: number) => headlineRunBlocks(page, below).map((b) => b.text);

describe('headlineRunBlocks', () => {
  it("runs from the headline through the body found under it to the headline's section's end", () => {
    // the body found: the lead paragraph, right under the headline (block 1)
    expect(texts(1)).toEqual([
      'An orchid that has filled its pot with roots needs a new pot and fresh bark, and spring is the time to give it both.',
      'Step 1',
      'Water the plant well the day before.',
      'Step 2',
      'Ease it out of the old pot gently.',
    ]);
  });

  it('has none when the body found stands above the headline', () => {
    expect(texts(0)).toEqual([]);
  });
});
