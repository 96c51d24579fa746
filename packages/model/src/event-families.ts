import { readDataFile } from './data-file.js';

/** One family a word belongs to: the verb that names it, and whether the word tells the event done. */
export interface EventFamily {
  /** The family's verb ("deliver" for "delivery", "delivered", "delivers"). */
  verb: string;
  /** The word is the verb's past or past participle ("delivered", "sold"). */
  done: boolean;
}

let families: Map<string, EventFamily[]> | undefined;
let forms: Map<string, string[]> | undefined;

/**
 * The families of verbs and nouns of their act or event (`data/event-families.tsv`, from WordNet's
 * derivations) a word belongs to: "delivery", "deliveries", "delivers" and "delivered" are all
 * "deliver"'s, "merger" and "merged" "merge"'s. Read once.
 * @param word a lower-case word
 * @returns its families, empty for a word of none
 * @throws {Error} when the data file is not there
 */
export function eventFamiliesOf(word: string): readonly EventFamily[] {
  if (families === undefined) {
    families = new Map();
    forms = new Map();
    const add = (word: string, family: EventFamily) => {
      const own = forms?.get(family.verb);
      if (own === undefined) forms?.set(family.verb, [word]);
      else if (!own.includes(word)) own.push(word);
      const list = families?.get(word);
      if (list === undefined) families?.set(word, [family]);
      else if (!list.some((f) => f.verb === family.verb)) list.push(family);
    };
    for (const line of readDataFile('event-families.tsv').toString('utf8').split('\n')) {
      const [verb, done, other, nouns] = line.split('\t');
      if (verb === undefined || done === undefined || other === undefined || nouns === undefined) continue;
      for (const w of done.split(' ')) add(w, { verb, done: true });
      for (const w of `${other} ${nouns}`.split(' ')) if (w !== '') add(w, { verb, done: false });
    }
  }
  return families.get(word) ?? [];
}

/**
 * Every word of a verb's family ({@link eventFamiliesOf}): its forms, its nouns and their plurals.
 * @param verb a family's verb ("deliver")
 * @returns its words ("delivered", "deliver", "delivers", "delivering", "delivery", "deliveries"), empty
 *   for a verb of no family
 */
export function eventFormsOf(verb: string): readonly string[] {
  eventFamiliesOf(verb);
  return forms?.get(verb) ?? [];
}
