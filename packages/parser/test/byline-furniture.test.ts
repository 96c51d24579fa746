import { describe, expect, it } from 'vitest';
import { siteNameWithoutSections, withoutBylineFurniture } from '../src/byline-furniture.js';

describe('withoutBylineFurniture: page furniture read as an author', () => {
  it('drops a form label, a stamp word or a degree standing alone', () => {
    expect(withoutBylineFurniture(['Name', 'Posted', 'Veröffentlicht', 'No Author', 'MA', 'Ph.D.'])).toEqual(
      [],
    );
  });
  it("cuts a stamp's word glued after a name of two words or more", () => {
    expect(withoutBylineFurniture(['Maren Tollefsen Updated', 'Jo Updated'])).toEqual([
      'Maren Tollefsen',
      'Jo Updated',
    ]);
  });
  it('keeps names, and labels that are part of a longer byline', () => {
    expect(withoutBylineFurniture(['Jane Roe', 'Creator Name', 'Follow Author'])).toEqual([
      'Jane Roe',
      'Creator Name',
      'Follow Author',
    ]);
  });
});

describe("siteNameWithoutSections: a site's name and its list of sections", () => {
  it('cuts at the first separator when two sections or more follow', () => {
    expect(siteNameWithoutSections('Channel 9 Riverton | Local News, Weather, Sports | Ashbury')).toBe(
      'Channel 9 Riverton',
    );
    expect(siteNameWithoutSections('Valley Daily - Latest News & Headlines')).toBe('Valley Daily');
  });
  it('keeps a tagline of other words, and a name with no separator', () => {
    expect(siteNameWithoutSections('Tarnby Ledger | Your Town Every Day')).toBe(
      'Tarnby Ledger | Your Town Every Day',
    );
    expect(siteNameWithoutSections('Tarnby Ledger | News')).toBe('Tarnby Ledger | News');
    expect(siteNameWithoutSections('Weather News')).toBe('Weather News');
  });
});

describe('withoutBylineFurniture: what a byline line leaves on a name', () => {
  it("cuts a date's 'on' and a sentence's stop, decodes references escaped twice", () => {
    expect(withoutBylineFurniture(['JANE ROE ON', 'Jane Roe.', 'Redacci&oacute;n Valle'])).toEqual([
      'JANE ROE',
      'Jane Roe',
      'Redacción Valle',
    ]);
  });
  it('keeps abbreviations and initials', () => {
    expect(withoutBylineFurniture(['Tom R.', 'Wendell Price Jr.', 'K.L. MARRENBY MAR.'])).toEqual([
      'Tom R.',
      'Wendell Price Jr.',
      'K.L. MARRENBY MAR.',
    ]);
  });
});

describe('withoutBylineFurniture: a publisher read as an author', () => {
  it("drops the page's own site written as its address, not its name as a name nor a blog's writer below a shared domain", () => {
    expect(
      withoutBylineFurniture(
        ['TarnbyLedger.co.uk', 'tarnbyledger.co.uk', 'Tarnbyledger', 'Jane Roe'],
        'https://news.tarnbyledger.co.uk/a',
      ),
    ).toEqual(['Tarnbyledger', 'Jane Roe']);
    expect(withoutBylineFurniture(['Liesel'], 'https://liesel.blogs.example/post')).toEqual(['Liesel']);
    expect(withoutBylineFurniture(['Jane Roe'], 'https://janeroe.example/post')).toEqual(['Jane Roe']);
    expect(withoutBylineFurniture(['Valley Daily'])).toEqual(['Valley Daily']);
  });
  it('drops a company by its legal form', () => {
    expect(
      withoutBylineFurniture(['Morvik Webdesign GmbH', 'Freunde des Sees e. V.', 'Acme Inc.', 'Jane Roe']),
    ).toEqual(['Jane Roe']);
  });
  it("cuts a byline's opening words left before a name", () => {
    expect(
      withoutBylineFurniture([
        'Eingestellt von Liesel',
        'Von Jane Roe',
        'Interview: Jo Amberg',
        'Author Staff',
        'Von Trapp',
      ]),
    ).toEqual(['Liesel', 'Jane Roe', 'Jo Amberg', 'Staff', 'Von Trapp']);
  });
});
