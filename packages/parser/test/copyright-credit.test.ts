import { describe, expect, it } from 'vitest';
import { copyrightCreditHead, copyrightCreditTail } from '../src/text/caption-credits.js';
import { wordsIn } from '../src/text/count-words.js';

describe('copyrightCreditTail', () => {
  it('tells a caption by the copyright credit closing it', () => {
    expect(copyrightCreditTail('The platform of the first turbine, seen at dusk. © Jane Roe / Agency')).toBe(
      true,
    );
    expect(copyrightCreditTail('Members of the council during the vote / (C) John Smith')).toBe(true);
    expect(copyrightCreditTail('A stack of bricks on the site. - © Agency')).toBe(true);
    expect(copyrightCreditTail('Waren gute Freunde: Jane Roe und John Doe. | © Agency via Images')).toBe(
      true,
    );
  });

  it('leaves rights lines and text without a credit alone', () => {
    expect(copyrightCreditTail('© 2020 Agency')).toBe(false); // opens with it
    expect(copyrightCreditTail('The story was first published by the agency. © 2020 Agency')).toBe(false); // a year
    expect(copyrightCreditTail('The hall where the summit will be held (Copyright Jane Roe)')).toBe(false);
    expect(copyrightCreditTail('The company (c) was founded in 1990 and sells bricks.')).toBe(false);
  });
});

describe('copyrightCreditHead', () => {
  const head = (text: string) => copyrightCreditHead(text, wordsIn(text));

  it('tells a caption by the copyright credit opening it', () => {
    expect(head('© Jane Roe A heron stands in the reed bed at dawn.')).toBe(true);
    expect(head('© Agency Bürgermeisterin Roe spricht vor dem Rathaus.')).toBe(true);
  });

  it('leaves rights lines alone', () => {
    expect(head('© 2020 Agency Ltd. The story was first published by the agency.')).toBe(false); // a year
    expect(head('© Jane Roe Photography. All rights reserved.')).toBe(false); // a notice
    expect(head('© Jane Roe, einige Rechte vorbehalten')).toBe(false); // no stop
    expect(head('A heron stands in the reed bed at dawn. © Jane Roe')).toBe(false); // the credit closes it
  });
});
