import { describe, expect, it } from 'vitest';
import { isMarkupLine } from '../src/text/markup-lines.js';

describe('isMarkupLine', () => {
  it('tells a tracking pixel or an ad slot left in the scrape as its HTML source', () => {
    expect(
      isMarkupLine(
        '<img height="1" width="1" style="display:none" src="https://pixel.example.net/track?id=4402917&amp;ev=PageView&amp;noscript=1">',
      ),
    ).toBe(true);
    expect(
      isMarkupLine(
        '<div><a href="https://ads.example.net/jump/local;sz=300x250;ord=7712?" target="_blank"><img src="https://ads.example.net/ad/local;sz=300x250" width="300" height="250" alt=""></a></div>',
      ),
    ).toBe(true);
    expect(
      isMarkupLine(
        '12 Replies <span id="reply-count" class="count small">12<span class="icon icon-bubble"></span></span>',
      ),
    ).toBe(true);
  });

  it("leaves a tutorial's short lines of HTML, a paragraph opening on a stray tag and prose alone", () => {
    expect(isMarkupLine('<script src="vendor/test-runner.js"></script>')).toBe(false);
    expect(isMarkupLine('<link rel="stylesheet" media="all" href="vendor/test-runner.css">')).toBe(false);
    expect(
      isMarkupLine(
        '<p>The harbour board has agreed a new winter timetable for the island ferry, with two fewer crossings on weekdays.',
      ),
    ).toBe(false);
    expect(
      isMarkupLine(
        'Write the list as <ul> with one <li> for each item, and give the first item class="first" when it needs a style of its own.',
      ),
    ).toBe(false);
  });
});
