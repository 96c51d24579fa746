import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../src/code-shape.js';

describe('looksLikeCode: a sentence shaped as code, not prose', () => {
  it.each([
    'SELECT region, SUM(amount) AS total FROM orders GROUP BY region; region │ total ───────┼─────── north │ 120',
    'HTTP/1.1 404 Not Found Content-Type: text/plain Cache-Control: no-cache',
    '$ sudo systemctl restart nginx --now',
    'const rows = await db.query(sql); console.log(rows.length);',
    'class Order(Base): __tablename__ = "orders"; id = Column(Integer, primary_key=True)',
    '{"name": "north", "total": 120, "open": true}',
    // the cue in the first and the last of four tokens only: code needs two tokens with it, and has them
    'x=1 apple banana y=2',
  ])('reads code: %s', (text) => {
    expect(looksLikeCode(text)).toBe(true);
  });
  it.each([
    'To rebuild the cache, the office calls the reset_cache() function once a week from the billing.py script.',
    'The minister said the plan (which costs $50 million) would start in May.',
    'Mozilla Location Service[edit]',
    'Sales rose 12% (to 4.1 billion) in the year to March, i.e. faster than expected.',
    // Python's keywords are English function words: a short line of them reads as prose, and names nothing
    'for item in order.items: if item.price > limit: flagged.append(item)',
    'We build it with make -j4 and run the tests with npm test before each release.',
  ])('reads prose: %s', (text) => {
    expect(looksLikeCode(text)).toBe(false);
  });
});
