/** A person named in a text with the role the text gives them. */
export interface Person {
  name: string;
  role: string | null;
}

const TOKEN = String.raw`(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|(?:al|el|bin|ibn|abu|abd|abdul)-\p{Lu}[\p{L}'’]+|"\p{Lu}\p{L}+"|“\p{Lu}\p{L}+”)`;
/** A personal name: two to five capitalised tokens, allowing particles such as al- and a quoted nickname. */
export const NAME = String.raw`${TOKEN}(?:\s${TOKEN}){1,4}`;
const ROLE_WORDS = String.raw`President|Prime Minister|Minister|Gen\.|General|Commander|Adviser|Advisor|Secretary|Ambassador|Director|director|professor|Professor|spokesman|spokesperson|chief|Chief|leader|Leader|analyst|expert|researcher|envoy|Senator|Sen\.|Rep\.`;
const ROLE_THEN_NAME = new RegExp(
  String.raw`(?:^|[\s(])((?:[\p{Lu}][\p{L}-]*\s(?:(?:for|of|and|on)\s)?){0,6}(?:${ROLE_WORDS}))\s(${NAME})`,
  'gu',
);
const NAME_THEN_ROLE = new RegExp(
  String.raw`(${NAME}),\s((?:the\s)?(?:[\p{L}-]+\s){0,3}(?:${ROLE_WORDS})(?:\s(?:of|at|for|in)\s[^,.;"”]{3,60})?)`,
  'gu',
);
const ANY_ROLE = new RegExp(ROLE_WORDS, 'u');
const NOT_A_NAME =
  /^(The|This|That|These|In|On|At|For|But|And|It|He|She|They|We|Our|Its|As|By|From|With|Of)\b/u;

/**
 * Finds people a sentence introduces with a role: "Iraqi Prime Minister Mohammed Shiaa al-Sudani",
 * "Abdul Rahman al-Mashhadani, professor of economic relations at al-Iraqia University".
 * @param sentence one sentence
 * @returns the people found, in order
 */
export function findPeople(sentence: string): Person[] {
  const out: Person[] = [];
  if (!ANY_ROLE.test(sentence)) return out; // both patterns need a role word: most sentences have none
  for (const m of sentence.matchAll(ROLE_THEN_NAME)) {
    const name = trimName(m[2] as string);
    if (name) out.push({ name, role: (m[1] as string).trim() });
  }
  for (const m of sentence.matchAll(NAME_THEN_ROLE)) {
    const name = trimName(m[1] as string);
    if (name && !out.some((p) => p.name === name)) out.push({ name, role: (m[2] as string).trim() });
  }
  return out;
}

function trimName(raw: string): string | null {
  const name = raw.replace(/^(?:Gen\.|General|President|Minister)\s/u, '').trim();
  if (NOT_A_NAME.test(name)) return null;
  return name.split(/\s+/).length >= 2 ? name : null;
}

/**
 * The surname of a name: its last token, for matching later mentions ("Hussein said").
 * @param name a full name
 */
export function surname(name: string): string {
  return name.split(/\s+/).at(-1) as string;
}
