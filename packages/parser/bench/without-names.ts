// A saved page stripped of its class and id attributes: the stand-in for a site whose class names none
// of our word lists know (`eval:extraction --blind`, `diff:html --blind`).

/** A class or id attribute, quoted or not. */
const NAME_ATTRIBUTE = /\s(?:class|id)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * A saved page without its class and id attributes, its bytes otherwise kept (read and written as
 * Latin-1, so that any ASCII-compatible encoding and its `<meta charset>` survive).
 * @param data the page's bytes
 * @returns the page's bytes with every class and id attribute removed
 */
export function withoutNames(data: Buffer): Buffer {
  return Buffer.from(data.toString('latin1').replace(NAME_ATTRIBUTE, ''), 'latin1');
}
