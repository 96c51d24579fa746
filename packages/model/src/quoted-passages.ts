/** A passage in quotation marks, at least this long (shorter ones are words quoted in passing: "shocked"). */
const MIN_QUOTE = 12;

/**
 * The passages of a sentence inside quotation marks, each mark paired with the next in order: a curly
 * opening mark opens, a curly closing one closes, and a straight one closes an open passage or opens one.
 * A closing mark is never taken for an opening one: in `was "shocked", releasing a statement saying "This
 * decision…` the text between the two quotes is no quote, and a passage left open runs on into the next
 * sentence, out of reach here.
 * @param text a sentence
 * @returns the passages of {@link MIN_QUOTE} characters or more, with their offsets (marks excluded)
 */
export function quotedPassages(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if (open >= 0) {
      if (i - open - 1 >= MIN_QUOTE) out.push({ start: open + 1, end: i, text: text.slice(open + 1, i) });
      open = -1;
    }
  }
  return out;
}

/**
 * A sentence with its quoted passages (marks included) replaced by a space: what the writer says around
 * the quotes, where the speaker is named.
 * @param text a sentence
 */
export function outsideQuotes(text: string): string {
  let out = '';
  let at = 0;
  for (const p of quotedPassages(text)) {
    out += `${text.slice(at, p.start - 1)} `;
    at = p.end + 1;
  }
  return out + text.slice(at);
}
