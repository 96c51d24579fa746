import { describe, expect, it } from 'vitest';
import { dropPriceCards, isPriceLine } from '../src/html/price-cards.js';
import { bodyPage } from './body-page.js';

const ARTICLE = [
  '<p>A good rain boot keeps its grip on wet stone, dries overnight by the door and does not crack at the ankle after the first frost, whatever the label promises.</p>',
  '<p>We walked the harbour paths of Port Avel in six pairs for a month, through puddles, sleet and hail, and two pairs stood out from the rest of them.</p>',
].join('');
const card = (name: string, price: string) =>
  `<div><div>Kestrel</div><div>${name}</div><div>${price}</div><div><a href="https://shop.example/">To the shop</a></div></div>`;

/** The kept texts once the cards are dropped, when every block is kept. */
const kept = (body: string) => {
  const p = bodyPage(body);
  return dropPriceCards(
    p,
    p.blocks.map((_, i) => i),
  ).map((i) => p.blocks[i]?.text);
};

describe('isPriceLine', () => {
  it('reads a price alone, with a word before it at most', () => {
    expect(['24,99 €', 'nur 9,90 €', '$110.00', '£5', '139,99 € 131,55 €'].map(isPriceLine)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('reads no label, count, sentence or bare number as one', () => {
    expect(
      ['Price: 24,99 €', '2 for 5 €', '7,50', 'Tickets cost 12 € at the door', '€'].map(isPriceLine),
    ).toEqual([false, false, false, false, false]);
  });
});

describe('dropPriceCards', () => {
  it('drops two product cards or more, each a name, a price alone and a button', () => {
    expect(
      kept(`${ARTICLE}${card('Marsh Boot - Olive', '49,99 €')}${card('Tide Boot - Navy', '89,00 €')}`),
    ).toEqual(bodyPage(ARTICLE).blocks.map((b) => b.text));
  });

  it('keeps one card, a price under a heading in the article, and cards the body would be left without', () => {
    expect(kept(`${ARTICLE}${card('Marsh Boot - Olive', '49,99 €')}`)).toHaveLength(6);
    expect(
      kept(`${ARTICLE}<h3>The new single fare</h3><p>7,50 €</p><h3>The monthly pass</h3><p>40 €</p>`),
    ).toHaveLength(6);
    expect(
      kept(`${card('Marsh Boot - Olive', '49,99 €')}${card('Tide Boot - Navy', '89,00 €')}`),
    ).toHaveLength(8);
  });
});
