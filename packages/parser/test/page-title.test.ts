import { describe, expect, it } from 'vitest';
import { pageTitle } from '../src/html/page-title.js';

const page = (over: Partial<Parameters<typeof pageTitle>[0]>) =>
  pageTitle({ stated: [], title: undefined, h1: undefined, sites: [], ...over });

describe('the title of a saved page', () => {
  it('cuts the site named by its host from the <title> before taking its longest part', () => {
    // the longest part alone would keep the site's name and lose the page's
    expect(page({ title: 'Otters - Encyclopedia', h1: 'Otters', sites: ['encyclopedia'] })).toBe('Otters');
    expect(page({ title: 'Kinder und Arbeit » Verein e.V.' })).toBe('Kinder und Arbeit');
  });

  it('takes no heading that names the site for the headline the title opens with', () => {
    expect(
      page({
        title: 'Lake Notes » Blog Archive » Rowing in the winter fog',
        h1: 'Lake Notes',
        sites: ['lakenotes'],
      }),
    ).toBe('Rowing in the winter fog');
  });

  it('passes over a stated title that is the site name only', () => {
    expect(
      page({
        stated: ['Northern Chess Union - NCU'],
        title: 'A draw in the last round decides the title',
        sites: ['Northern Chess Union - NCU'],
      }),
    ).toBe('A draw in the last round decides the title');
  });

  it('takes no stated name that is the page title for the site, beside another name', () => {
    // an application-name copied from the title: the title is no "site name only"
    const headline = 'Ferry service resumes after the winter storms';
    expect(
      page({ stated: [headline], title: headline, h1: 'back to home', sites: ['Harbour News', headline] }),
    ).toBe(headline);
  });

  it("passes over a section's label that shares no word with the <title> and the <h1>", () => {
    expect(
      page({
        stated: ['Press releases'],
        title: 'Council opens the new harbour bridge',
        h1: 'Council opens the new harbour bridge to traffic',
      }),
    ).toBe('Council opens the new harbour bridge');
    // a longer stated title is the page's own, even beside a <title> that names something else
    expect(
      page({
        stated: ['Interning of small integers in Python'],
        title: 'The code diary of a tired programmer',
        h1: 'The code diary',
      }),
    ).toBe('Interning of small integers in Python');
  });

  it('prefers the headline shown to a stated title that tells the same story in other words', () => {
    expect(
      page({
        stated: ['Bridge to open in May after two years of works'],
        title: 'Bridge to open in May after two years of works | Harbour News',
        h1: 'Harbour bridge opens to traffic in May',
        sites: ['Harbour News'],
      }),
    ).toBe('Harbour bridge opens to traffic in May');
    // a heading that shares no word is another thing (a box, the site's motto)
    expect(
      page({
        stated: ['Bridge to open in May'],
        title: 'Bridge to open in May',
        h1: 'Our weekly newsletter is here',
      }),
    ).toBe('Bridge to open in May');
  });

  it('keeps the stated title over a headline shown under a kicker set before it', () => {
    // the <h1> is the stated title with a kicker before it, glued on where the page broke the line
    expect(
      page({
        stated: ['A ladder of medleys at easy pace'],
        title: 'Workout of the week | A ladder of medleys at easy pace - Poolside',
        h1: 'Workout of the weekA ladder of medleys at easy pace',
        sites: ['Poolside'],
      }),
    ).toBe('A ladder of medleys at easy pace');
    expect(
      page({
        stated: ['Regional Cup: Harbour club reaches the final'],
        h1: 'Regional Cup: Harbour club reaches the final',
      }),
    ).toBe('Regional Cup: Harbour club reaches the final');
    expect(
      page({
        stated: ['Harbour club reaches the final'],
        h1: 'Regional Cup: Harbour club reaches the final',
      }),
    ).toBe('Harbour club reaches the final');
  });

  it('decodes character references a page escaped twice', () => {
    expect(page({ stated: ['Gew&#x00E4;chshaus&#x20;selber&#x20;bauen &amp;amp; pflegen'] })).toBe(
      'Gewächshaus selber bauen &amp; pflegen',
    );
  });
});
