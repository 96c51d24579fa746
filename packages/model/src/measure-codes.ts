import { z } from 'zod';
import { LowerWords, lazyData, readCompiledTable, readYamlData } from './data-file.js';
import { modelDependencyFile, modelFile, requireFromModel } from './model-files.js';
import { type Token, tokenAt } from './tokenize-words.js';

const Symbols = z.array(z.string().regex(/^[\p{L}\p{N}]+$/u)).min(1);
const MeasureCodes = z.object({
  units: Symbols,
  timeZones: Symbols,
  currencies: z.array(z.string().regex(/^[\p{L}\p{N}]+\.?$/u)).min(1),
});

/** A unit's or a time zone's symbol, or a currency's code, and what it is. */
export type Measure = 'unit' | 'zone' | 'currency';
let codes: Map<string, Measure> | undefined;

/** A currency's symbol of letters, of two at least ("RM", "Rp", "Bs."; not "$", "P" nor "රු"), its full stop aside. */
const LETTER_SYMBOL = /^\p{Script=Latin}{2,}\.?$/u;

/** The name under `dist/data/` of the table {@link measureCodeTable} derives. */
export const MEASURE_CODES_TABLE = 'measure-code-kinds.json';

/**
 * The symbols of `data/measure-codes.yaml` and the currency codes and letter symbols of the
 * `world-countries` package ("EUR", "NGN", "RM", "Rp"), read once when a one-word name asks: from the
 * table the build derived when there is one (the package's 1.4 MB JSON, parsed for its currencies, was
 * 40-120 CPU ms of a parse thread's first English page).
 * @throws ZodError when the data file does not have its schema
 */
function measureCodes(): Map<string, Measure> {
  codes ??= new Map(
    (readCompiledTable(MEASURE_CODES_TABLE, [
      modelDependencyFile('world-countries/countries.json'),
      modelFile('data/measure-codes.yaml'),
    ]) as [string, Measure][] | undefined) ?? measureCodeTable(),
  );
  return codes;
}

/**
 * Derives {@link measureCodes}, each code with its kind in the order they were set: what the build
 * writes as `dist/data/measure-code-kinds.json`.
 * @throws ZodError when the data file does not have its schema
 */
export function measureCodeTable(): [string, Measure][] {
  const file = MeasureCodes.parse(readYamlData(modelFile('data/measure-codes.yaml')));
  const codes = new Map<string, Measure>();
  const countries = requireFromModel('world-countries/countries.json') as {
    currencies?: Record<string, { symbol?: string }>;
  }[];
  for (const c of countries)
    for (const [code, { symbol }] of Object.entries(c.currencies ?? {})) {
      codes.set(code, 'currency');
      for (const s of symbol?.split(/\s+/) ?? []) if (LETTER_SYMBOL.test(s)) codes.set(s, 'currency');
    }
  for (const c of file.currencies) codes.set(c, 'currency');
  for (const u of file.units) codes.set(u, 'unit');
  for (const z of file.timeZones) codes.set(z, 'zone');
  return [...codes];
}

/** A figure's scale word, capitalised ("Billion" of "$7.4 Billion"). */
const CAPITAL_SCALE = /^(?:Hundred|Thousand|Million|Billion|Trillion)$/;
/** Words of a figure that a unit may follow ("1.2 million TEU"), or of a time a zone may ("2 p.m. EST"). */
const FIGURE_WORDS = new Set([
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'mn',
  'bn',
  'am',
  'pm',
  'a.m.',
  'p.m.',
]);

/** Letters glued to a figure and its word of size: "RM250", "GHS4.5bn", "KSh2.5", "Rs.4", "SGD20m". */
const GLUED_FIGURE = /^(\p{L}{1,5}\.?)\d[\d.,]*(?:bn|mn|m|k|tn|million|billion)?$/u;

/** Whether a token opens with a digit ("450", "27.50", "10am"). */
function isNumber(token: Token | undefined): boolean {
  const c = token === undefined ? 0 : token.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Whether the token at `at` ends a figure: a number, or a figure's word after one ("1.2 million", "2
 * p.m."; not the German "am" of "am MB Actros", nor "million" alone).
 */
function endsFigure(tokens: readonly Token[], at: number): boolean {
  const token = tokenAt(tokens, at);
  if (token === undefined) return false;
  return isNumber(token) || (FIGURE_WORDS.has(token.text.toLowerCase()) && isNumber(tokenAt(tokens, at - 1)));
}

/**
 * Whether the one word at `at` is a measure, not a name: a unit's or time zone's symbol after a figure
 * ("6 GW", "07:00 KST", "1.2 million TEU") or a unit's or currency's after "per" ("per FEU", "1,420 per USD"), a currency's code or
 * symbol before or after a figure ("NGN 30", "30 EUR", "Rs 4 lakh") or glued to one ("RM250"), or any of them joined by "/" to
 * another ("USD/NGN"). Elsewhere
 * the same letters may be a name ("PLN tendered 1.2 GW": a utility).
 * @param tokens the sentence's tokens
 * @param at the word's token
 */
export function isMeasureAt(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).text;
  // "RM250", "GHS4.5bn", "Rs.4": a currency's code or symbol glued to a figure
  const glued = GLUED_FIGURE.exec(word);
  if (glued) return measureCodes().get(glued[1] as string) === 'currency';
  // "for $7.4 Billion": a figure's scale word in a headline's title case is the figure's (a car-industry
  // cluster brief had one as a body)
  if (CAPITAL_SCALE.test(word) && isNumber(tokenAt(tokens, at - 1))) return true;
  // every symbol is short and opens with a letter: most names are ruled out before the lookup
  if (word.length > 6) return false;
  const kind = measureCodes().get(word);
  if (kind === undefined) return false;
  const before = tokenAt(tokens, at - 1);
  if (endsFigure(tokens, at - 1)) return true;
  if (kind !== 'zone' && before?.text === 'per') return true;
  if (kind === 'currency' && isNumber(tokenAt(tokens, at + 1))) return true;
  // "USD deposits", "quoted in USD": a code modifying money's noun or after pricing and "in"
  if (kind === 'currency' && currencyWithoutFigure(tokens, at)) return true;
  const joined = (slash: Token | undefined, other: Token | undefined) =>
    slash?.text === '/' && other !== undefined && measureCodes().get(other.text) === kind;
  return joined(before, tokenAt(tokens, at - 2)) || joined(tokenAt(tokens, at + 1), tokenAt(tokens, at + 2));
}

const CurrencyWords = z.object({ currencyNouns: LowerWords, pricedIn: LowerWords });
/** The currency words of `data/measure-codes.yaml`, as Sets. */
const currencyWords = lazyData('measure-codes.yaml', CurrencyWords, (file) => ({
  nouns: new Set(file.currencyNouns),
  pricedIn: new Set(file.pricedIn),
}));

/**
 * Whether a currency's code with no figure beside it is a measure by the words around it: before a noun
 * of money (`currencyNouns` of `data/measure-codes.yaml`: "USD deposits", "EUR bonds") or after a
 * participle of pricing and "in" (`pricedIn`: "quoted in USD", "denominated in EUR"). Read only when a
 * currency's code stands so, which few pages hold.
 * @param tokens the sentence's tokens
 * @param at the code's token
 * @throws ZodError when the data file does not have its schema
 */
function currencyWithoutFigure(tokens: readonly Token[], at: number): boolean {
  const { nouns, pricedIn } = currencyWords();
  if (nouns.has(tokenAt(tokens, at + 1)?.text ?? '')) return true;
  return tokenAt(tokens, at - 1)?.text === 'in' && pricedIn.has(tokenAt(tokens, at - 2)?.text ?? '');
}
