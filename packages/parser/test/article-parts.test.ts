import { describe, expect, it } from 'vitest';
import { articleParts } from '../src/html/article-parts.js';
import { bodyPage } from './body-page.js';

const PARAGRAPH = '<p>The council agreed on Tuesday to keep the city library open until midnight.</p>';
const part = (name: string, paragraphs: number) =>
  `<div class="${name}">${PARAGRAPH.repeat(paragraphs)}</div>`;

/** The class words of the parts found beside the element named `story-text text-2`. */
const parts = (body: string) => {
  const page = bodyPage(body);
  const container = page.names.indexOf('story-text text-2');
  return articleParts(page, container).map((e) => page.names[e]);
};

describe('articleParts', () => {
  it('finds the parts whose class words differ from the element’s only in a number', () => {
    expect(
      parts(`${part('story-text text-2', 4)}<p>Advertisement</p>${part('story-text text-3', 1)}`),
    ).toEqual(['story-text text-3']);
  });

  it('finds a numbered part above the element that holds two blocks or more', () => {
    expect(parts(`${part('story-text text-1', 2)}${part('story-text text-2', 4)}`)).toEqual([
      'story-text text-1',
    ]);
  });

  it('leaves out a numbered part of one block above the element, its dek', () => {
    expect(parts(`${part('story-text text-1', 1)}${part('story-text text-2', 4)}`)).toEqual([]);
  });

  it('leaves out an element whose class words differ in a word', () => {
    expect(parts(`${part('story-text text-2', 4)}${part('story-text teaser-3', 2)}`)).toEqual([]);
  });
});
