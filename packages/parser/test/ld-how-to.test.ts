import { describe, expect, it } from 'vitest';
import { howToBody } from '../src/html/ld-how-to.js';
import { parseArticle } from '../src/index.js';

const method = [
  'Whisk the eggs with the sugar until the mixture is pale and thick enough to hold a ribbon.',
  'Fold in the sifted flour in three parts, gently, so that the air you beat in stays there.',
  'Bake in the middle of the oven for twenty-five minutes, until a skewer comes out clean.',
];

const page = (body: string) =>
  parseArticle({
    path: 'sponge.html',
    data: Buffer.from(
      `<!doctype html><html lang="en"><head><title>A plain sponge</title><script type="application/ld+json">${JSON.stringify(
        {
          '@type': 'Recipe',
          name: 'A plain sponge',
          description: 'A light sponge for any filling, made with four ingredients and one bowl.',
          recipeInstructions: method.map((text) => ({ '@type': 'HowToStep', text })),
        },
      )}</script></head><body>${body}</body></html>`,
    ),
  }).value?.text;

describe('howToBody', () => {
  it('reads the description, then sections, steps and directions in order, strings too', () => {
    expect(
      howToBody([
        { '@type': 'WebPage', name: 'Page' },
        {
          '@type': ['HowTo'],
          description: 'Intro.',
          step: [
            {
              '@type': 'HowToSection',
              name: 'Prepare',
              itemListElement: [{ '@type': 'HowToStep', text: 'Cut.' }],
            },
            'Sew.',
          ],
        },
      ])?.text,
    ).toBe('Intro.\nPrepare\nCut.\nSew.');
  });

  it('reads no further than a dozen lists deep (a hostile page nests them thousands deep)', () => {
    let step: unknown = 'Too deep.';
    for (let i = 0; i < 100_000; i++) step = [step];
    expect(howToBody([{ '@type': 'HowTo', description: 'Intro.', step }])?.text).toBe('Intro.');
  });

  it('is undefined on a page that states no how-to or recipe', () => {
    expect(howToBody([{ '@type': 'NewsArticle', articleBody: 'Text.' }])).toBeUndefined();
  });
});

describe('a how-to in JSON-LD as the body', () => {
  it('is the body when the markup holds none (a how-to rendered by script)', () => {
    expect(page('<div id="app"></div>')).toContain(method[1]);
  });

  it('is not when the markup holds part of the recipe, whose ingredients its steps lack', () => {
    const ingredients = ['4 eggs', '120 g sugar', '120 g flour', 'a pinch of salt']
      .map((i) => `<li>${i}</li>`)
      .join('');
    // the page shows the method's first step (the others behind a button), the JSON-LD all three
    const text = page(
      `<article><h1>A plain sponge</h1><h2>Ingredients</h2><ul>${ingredients}</ul><h2>Method</h2><ol><li>${method[0]}</li></ol></article>`,
    );
    expect(text).toContain('120 g sugar');
  });
});
