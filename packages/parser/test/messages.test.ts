import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('findings about a file', () => {
  it('are vfile messages with a place, a rule id and a source, and the same as diagnostics', () => {
    const text = [
      'Home | World | Contact',
      '',
      'Officials from both governments met in Baghdad to discuss the timetable for the withdrawal of the remaining advisers, and agreed to meet again within weeks.',
      '',
      'The talks covered training, intelligence sharing and the future of the bases that host coalition troops, officials said after the meeting ended.',
    ].join('\n');
    const { value, diagnostics, file } = parseArticle({ path: 'notes/talks.txt', data: text });
    expect(value?.title).toBe('Talks');
    expect(file.path).toBe('notes/talks.txt');
    expect(file.messages.every((m) => m instanceof VFileMessage)).toBe(true);
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal, m.place])).toEqual([
      ['no-title', 'parser', false, { line: 3, column: 1 }],
      ['no-date', 'parser', false, { line: 1, column: 1 }],
    ]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'no headline found above the body; the title "Talks" is made from the file name',
        ruleId: 'no-title',
        source: 'parser',
        file: 'notes/talks.txt',
        line: 3,
        column: 1,
      },
      {
        severity: 'warning',
        message: 'no publication date found',
        ruleId: 'no-date',
        source: 'parser',
        file: 'notes/talks.txt',
        line: 1,
        column: 1,
      },
    ]);
  });

  it('are fatal when the file holds no article', () => {
    const { value, file } = parseArticle({ path: 'empty.txt', data: new Uint8Array() });
    expect(value).toBeNull();
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
      ['empty-file', true, 'file is empty'],
    ]);
  });

  it('carry no stack of our code, as vfile-message leaves them, and leave the stack limit as it was', () => {
    const limit = Error.stackTraceLimit;
    const { file } = parseArticle({ path: 'notes/empty.txt', data: '' });
    expect(file.messages.map((m) => [m.ruleId, m.stack])).toEqual([['no-body', '']]);
    expect(Object.keys(file.messages[0] as VFileMessage)).toEqual(Object.keys(new VFileMessage('x')));
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
