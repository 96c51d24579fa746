import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { splitLines } from '../src/text/split-lines.js';

const wrapped = [
  'The pump in the cellar ran for an hour every night last month, and',
  'nobody could say why until the float switch was taken out and cleaned.',
  '',
  'A float switch that sticks in the raised position keeps the motor on',
  'long after the pit is dry, which is hard on the seals and the bill.',
  '',
  'We now clean it twice a year, when the clocks change, and the pump has',
  'run only when it should since the spring.',
].join('\n');

describe('joinWrappedLines', () => {
  it('joins the lines of hard-wrapped paragraphs, each at its first line', () => {
    const out = joinWrappedLines(splitLines(wrapped).lines);
    expect(out.map((l) => [l.line, l.text.slice(0, 30)])).toEqual([
      [1, 'The pump in the cellar ran for'],
      [4, 'A float switch that sticks in '],
      [7, 'We now clean it twice a year, '],
    ]);
    expect(out[0]?.text).toBe(
      'The pump in the cellar ran for an hour every night last month, and nobody could say why until the float switch was taken out and cleaned.',
    );
  });

  it('leaves a page with fewer wrapped paragraphs as it is', () => {
    const lines = splitLines(wrapped.split('\n\n').slice(0, 2).join('\n\n')).lines;
    expect(joinWrappedLines(lines)).toBe(lines);
  });

  it('does not join headlines of like length that stand line under line', () => {
    const teasers = [
      'Council votes to close the old swimming baths by the end of summer',
      'Rail works mean no trains between the two towns for three weekends',
      'Local bakery wins a national prize for its rye loaf for a third year',
    ];
    const lines = splitLines([...teasers, '', ...teasers, '', ...teasers].join('\n')).lines;
    expect(joinWrappedLines(lines)).toBe(lines);
  });
  it('joins the paragraphs of a script with no case, wrapped at one margin', () => {
    // a Hindi notice wrapped at 50: no line opens in lower case, so only the margin tells the wrap
    const hindi = [
      'नगर परिषद ने बुधवार को पुराने पुल की मरम्मत के लिए',
      'नया बजट पास किया। काम अगले महीने शुरू होगा और लगभग',
      'छह हफ्ते चलेगा। इस दौरान बसें नदी के दूसरे किनारे',
      'वाली सड़क से जाएंगी।',
      '',
      'परिषद के अध्यक्ष ने कहा कि पुल पिछले साल की बाढ़',
      'में कमजोर हो गया था और उसकी जांच तीन बार की गई।',
      'दुकानदारों को डर है कि मरम्मत के समय बाजार में',
      'ग्राहक कम आएंगे।',
    ].join('\n');
    const out = joinWrappedLines(splitLines(hindi).lines);
    expect(out.map((l) => l.line)).toEqual([1, 6]);
    expect(out[1]?.text).toBe(
      'परिषद के अध्यक्ष ने कहा कि पुल पिछले साल की बाढ़ में कमजोर हो गया था और उसकी जांच तीन बार की गई। दुकानदारों को डर है कि मरम्मत के समय बाजार में ग्राहक कम आएंगे।',
    );
  });
  it('measures a line typed with two spaces after a stop as written', () => {
    // wrapped at 72 as typed: the split collapses the two spaces, and measured so the second line
    // would have had room for "six"
    const typed = [
      'The allotment society met last Thursday.  It agreed on rules for the new',
      'tanks.  Each holder may fill two cans a day.  The tanks are locked at',
      'six in the evening.',
      '',
      'Members asked whether the rule would hold in a dry August.  The chair',
      'said the committee would look at it again in July.  A rota for clearing',
      'the paths was also agreed, with each member taking one Saturday morning',
      'in the season.',
      '',
      'The next meeting is on the first Thursday of March.  Plot holders who',
      'cannot attend may send their questions to the secretary by post.  Seeds',
      'left over from the spring swap are in the box by the gate.',
    ].join('\n');
    const lines = splitLines(typed).lines;
    expect(joinWrappedLines(lines, typed).map((l) => l.line)).toEqual([1, 5, 10]);
    expect(joinWrappedLines(lines).map((l) => l.line)).toEqual([1, 3, 5, 10]);
  });
});
