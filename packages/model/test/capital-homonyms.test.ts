import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPITAL_HOMONYMS_FILE, capitalHomonymsText } from '../scripts/build-capital-homonyms.js';
import { buildBriefing } from '../src/index.js';
import { textArticle } from '../src/text-article.js';

const now = new Date('2024-04-03T00:00:00Z');
const actorsOf = (text: string) =>
  buildBriefing([textArticle('report', text)], { id: 'b', now })
    .value.actors.map((a) => `${a.name} (${a.kind})`)
    .sort();

describe('capitals that name a larger city elsewhere', () => {
  it('ships data/capital-homonyms.txt as the script derives it from GeoNames cities', () => {
    expect(readFileSync(CAPITAL_HOMONYMS_FILE, 'utf8')).toBe(capitalHomonymsText());
  });

  it("reads England's Plymouth and Ontario's Hamilton as places, not Montserrat and Bermuda", () => {
    expect(actorsOf('The navy ship docked in Plymouth on Monday after the storm, the admiral said.')).toEqual(
      ['Plymouth (place)'],
    );
    expect(actorsOf('Fans gathered in Hamilton on Saturday before the match, police said.')).toEqual([
      'Hamilton (place)',
    ]);
  });

  it('still reads the capital of the largest city of its name as its country', () => {
    expect(actorsOf('Protesters gathered in Kingston on Saturday, police said.')).toEqual([
      'Jamaica (country)',
    ]);
  });
});
