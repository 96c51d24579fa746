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
