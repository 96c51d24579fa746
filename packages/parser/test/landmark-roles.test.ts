import { describe, expect, it } from 'vitest';
import { bodyPage } from './body-page.js';

const texts = (body: string) => bodyPage(body).blocks.map((b) => b.text);

describe('landmark roles', () => {
  it('skips an element whose role names a sidebar, the site footer or a menu, whatever its tag', () => {
    expect(
      texts(
        '<div><p>The pier reopened on Monday.</p></div><div role="complementary"><h3>Notes from the quay</h3></div><div role="contentinfo"><p>© 2027 Harbour Notes</p></div><ul role="navigation"><li>Home</li></ul>',
      ),
    ).toEqual(['The pier reopened on Monday.']);
  });

  it('reads such an element when it wraps the page article, and leaves other roles alone', () => {
    const story = 'The ferry pier at Port Avel reopened on Monday after four months of repairs to its deck.';
    expect(texts(`<div role="complementary"><article><p>${story}</p></article></div><p>Menu</p>`)).toEqual([
      story,
      'Menu',
    ]);
    expect(
      texts(`<div role="region"><h1>Port Avel pier reopens</h1></div><div role="main"><p>${story}</p></div>`),
    ).toEqual(['Port Avel pier reopens', story]);
  });
});
