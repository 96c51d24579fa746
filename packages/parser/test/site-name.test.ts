import { describe, expect, it } from 'vitest';
import { findMasthead, findSiteHeader, findSiteName } from '../src/text/find-outlet.js';

const page = (...lines: string[]) => lines.map((text) => ({ text }));

describe('findSiteName', () => {
  it('takes a first line the copyright line names as its holder, in any words', () => {
    expect(findSiteName('Fjordposten', page('Fjordposten', 'Bridge closed', '© Fjordposten 2025'))).toBe(
      'Fjordposten',
    );
    expect(findSiteName('Versfabrik', page('Versfabrik', 'Copyright © 2021 Versfabrik. Alle Rechte'))).toBe(
      'Versfabrik',
    );
    expect(findSiteName('K.Tannhoefer', page('K.Tannhoefer', '© since 2010 by K.Tannhoefer'))).toBe(
      'K.Tannhoefer',
    );
    expect(findSiteName('Tally Harbour', page('Tally Harbour', '© Copyright Tally Harbour – Legal'))).toBe(
      'Tally Harbour',
    );
    // a particle of a name in another language between its words
    expect(findSiteName('Gazzetta di Ostrel', page('Gazzetta di Ostrel', '© Gazzetta di Ostrel'))).toBe(
      'Gazzetta di Ostrel',
    );
  });

  it('reads a copyright notice that closes a line of other text', () => {
    const note = (last: string) => page('Asia Bank Credit Watch', 'Research note', last);
    expect(
      findSiteName(
        'Asia Bank Credit Watch',
        note('Prepared for subscribers. © 2025 Asia Bank Credit Watch.'),
      ),
    ).toBe('Asia Bank Credit Watch');
    // a sign inside a sentence is no notice: a photo credit
    expect(findSiteName('Asia Bank Credit Watch', note('Photo © Asia Bank Credit Watch'))).toBeNull();
  });

  it('leaves a name the copyright line holds only later, or as part of a word', () => {
    expect(findSiteName('Cuba', page('Cuba', 'Text', '© 2014, UCI, La Habana, Cuba'))).toBeNull();
    expect(findSiteName('WP', page('WP', 'Text', '© 1995-2020 Grupa WP'))).toBeNull();
    expect(findSiteName('Fjord', page('Fjord', 'Text', '© Fjordposten 2025'))).toBeNull();
  });

  it('takes a name of two words or more that ends as a newspaper does when the page writes it again', () => {
    expect(
      findSiteName('Harbour Valley Gazette', page('Harbour Valley Gazette', 'by the Harbour Valley Gazette')),
    ).toBe('Harbour Valley Gazette');
    // a menu's first item, written again as another menu's
    expect(findSiteName('News', page('News', 'Sport', 'News'))).toBeNull();
  });
});

describe('findSiteHeader', () => {
  it('takes a site and its tagline, not a menu of items', () => {
    expect(findSiteHeader('Ostrelia | News & Analysis Website')).toBe('Ostrelia');
    expect(findSiteHeader('Home | News | Business | Sport | Lifestyle | E-Paper')).toBeNull();
    expect(findSiteHeader('English | Über uns | Impressum | Datenschutz')).toBeNull();
  });
});

describe('findMasthead', () => {
  const menu = 'Home | News | Business | Sport';
  it('takes the line under a menu line when the copyright line names it as its holder', () => {
    const lines = page(
      menu,
      'Pahang Today',
      'BUSINESS',
      'Headline',
      'Copyright © 2025 Pahang Today Sdn Bhd.',
    );
    expect(findMasthead(lines, 3)).toBe('Pahang Today');
  });

  it('leaves a line a copyright line does not hold, one under no menu, and one in the body', () => {
    expect(findMasthead(page(menu, 'Business', 'Headline', 'Business news from Pahang Today'), 3)).toBeNull();
    expect(findMasthead(page('Home', 'Pahang Today', 'Headline', '© 2025 Pahang Today'), 3)).toBeNull();
    expect(findMasthead(page(menu, 'Pahang Today', '© 2025 Pahang Today'), 1)).toBeNull();
  });
});
