/** What Handlebars' grammar calls the tokens it expected, in the words a theme author writes. */
const TOKENS: Record<string, string> = {
  EOF: 'the end of the file',
  OPEN_ENDBLOCK: '{{/…}} closing the block',
  OPEN_INVERSE_CHAIN: '{{else}}',
  INVERSE: '{{else}}',
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  ID: 'a name',
  EQUALS: '=',
  OPEN_BLOCK_PARAMS: 'as |…|',
  CLOSE_BLOCK_PARAMS: '|',
  STRING: 'a string',
  NUMBER: 'a number',
  BOOLEAN: 'true or false',
  UNDEFINED: 'undefined',
  NULL: 'null',
  DATA: '@data',
  SEP: '. or /',
  CONTENT: 'text',
  COMMENT: 'a comment',
  OPEN: '{{',
  OPEN_BLOCK: '{{#…}}',
  OPEN_INVERSE: '{{^…}}',
  OPEN_PARTIAL: '{{>…}}',
  OPEN_UNESCAPED: '{{{',
  OPEN_RAW_BLOCK: '{{{{',
  OPEN_PARTIAL_BLOCK: '{{#>…}}',
  END_RAW_BLOCK: '{{{{/…}}}}',
};

const word = (token: string) => TOKENS[token] ?? token.toLowerCase();

/**
 * The innermost block left open at the end of a template: its opening tag and line, or null.
 * @param source the template's text
 */
function openBlock(source: string): { tag: string; line: number } | null {
  const stack: Array<{ tag: string; name: string; line: number }> = [];
  // comments may hold tags that are not tags
  const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '));
  for (const m of text.matchAll(/\{\{~?([#/])>?\s*([^\s}~]+)[^}]*\}\}/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    if (m[1] === '#') stack.push({ tag: m[0], name: m[2] as string, line });
    else if (stack.at(-1)?.name === m[2]) stack.pop();
  }
  const open = stack.at(-1);
  return open ? { tag: open.tag, line: open.line } : null;
}

/**
 * Rewrites a Handlebars parse error (`Parse error on line 10:`, an excerpt with a caret, then
 * `Expecting 'A', 'B', got 'C'`) as one message that keeps what matters: the line, what was expected
 * and what came, in the words of the template language, and for a block left open, which one.
 * @param message the message Handlebars threw
 * @param source the template's text
 * @returns `10: parse error: expected {{else}} or {{/…}} closing the block, got the end of the file
 *   ({{#each x}} on line 3 is not closed)`, or null when the message is not a parse error
 */
export function describeParseError(message: string, source: string): string | null {
  const lexical = /^Lexical error on line (\d+)\. ([^\n]*)/.exec(message);
  if (lexical) return `${lexical[1]}: parse error: ${lexical[2]}`;
  const m =
    /^Parse error on line (\d+):\n[\s\S]*?\n-*\^\n(?:Expecting ([^\n]*), got '([^']*)'|([^\n]*))/.exec(
      message,
    );
  if (!m) return null;
  const [, line, expecting, got, other] = m;
  if (expecting === undefined || got === undefined) return `${line}: parse error: ${other}`;
  const wanted = [...new Set((expecting.match(/'[^']+'/g) ?? []).map((t) => word(t.slice(1, -1))))];
  const list = wanted.length > 1 ? `${wanted.slice(0, -1).join(', ')} or ${wanted.at(-1)}` : wanted[0];
  const open = got === 'EOF' && expecting.includes("'OPEN_ENDBLOCK'") ? openBlock(source) : null;
  const unclosed = open ? ` (${open.tag} on line ${open.line} is not closed)` : '';
  return `${line}: parse error: expected ${list}, got ${word(got)}${unclosed}`;
}

/** The tokens that close a tag, by the tag's opening braces. */
const CLOSERS: Record<string, string> = { '{{{{': '}}}}', '{{{': '}}}', '{{': '}}' };

/** The value tokens Handlebars lists one by one where any value may come. */
const VALUES = ['OPEN_SEXPR', 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA'];

/** What Handlebars' lexer holds after a failed parse: where the token it stopped on starts. */
interface Lexer {
  yylloc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  conditionStack?: string[];
}

/**
 * Says where and why a template does not parse, short: the line and column of the token Handlebars
 * stopped on (its lexer keeps them; its message gives only the line), and for a tag left open or closed
 * by a stray brace, which tag and what closes it, instead of the grammar's list of fifteen tokens.
 * @param message the message Handlebars threw
 * @param source the template's text
 * @param lexer Handlebars' lexer (`Handlebars.Parser.lexer`), read right after the failed parse
 * @returns `2:23: parse error: expected }} closing {{formatDate date, got "}:</b>"`, or null when the
 *   message is not a parse error
 */
export function describeParseFailure(
  message: string,
  source: string,
  lexer: Lexer | undefined,
): string | null {
  const loc = lexer?.yylloc;
  const lexical = /^Lexical error on line (\d+)\./.test(message);
  if (!loc || !(lexical || /^Parse error on line \d+:/.test(message)))
    return describeParseError(message, source);
  const line = lexical ? loc.last_line : loc.first_line;
  const column = lexical ? loc.last_column : loc.first_column;
  const offset =
    source
      .split('\n')
      .slice(0, line - 1)
      .reduce((n, l) => n + l.length + 1, 0) + column;
  const where = `${line}:${column + 1}`;
  const state = lexer?.conditionStack?.at(-1);
  if (lexical) {
    if (state === 'com') return `${where}: parse error: a comment {{!-- … is not closed with --}}`;
    if (state === 'raw') return `${where}: parse error: a raw block {{{{…}}}} is not closed with {{{{/…}}}}`;
    return `${where}: parse error: ${/^Lexical error on line \d+\. ([^\n]*)/.exec(message)?.[1] ?? 'unrecognized text'}`;
  }
  const m = /\nExpecting ([^\n]*), got '([^']*)'/.exec(message);
  const expected = (m?.[1]?.match(/'[^']+'/g) ?? []).map((t) => t.slice(1, -1));
  const got = m?.[2] ?? '';
  const rest = source.slice(offset).split('\n')[0]?.slice(0, 12) ?? '';
  const gotText = got === 'EOF' || offset >= source.length ? 'the end of the file' : `"${rest}"`;
  const open = source.lastIndexOf('{{', Math.max(0, offset - 1));
  const closes = expected.some((t) => /^CLOSE(_UNESCAPED|_RAW_BLOCK)?$/.test(t));
  if ((closes || state === 'mu') && open >= 0) {
    let start = open;
    while (start > 0 && source[start - 1] === '{') start--;
    const braces = source.slice(start, open + 2);
    const closer = CLOSERS[braces.slice(0, 4)] ?? CLOSERS[braces.slice(0, 3)] ?? '}}';
    const tag = source.slice(start, offset).replace(/\s+/g, ' ').trim();
    const shown = tag.length > 40 ? `${tag.slice(0, 39)}…` : tag;
    return `${where}: parse error: expected ${closer} closing ${shown}, got ${gotText}`;
  }
  if (got === 'EOF') {
    const described = describeParseError(message, source);
    return described ? `${where}${described.slice(described.indexOf(':'))}` : null;
  }
  const words = [...new Set(expected.map((t) => (VALUES.includes(t) ? 'a value' : word(t))))];
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words[0];
  return `${where}: parse error: expected ${list}, got ${gotText}`;
}
