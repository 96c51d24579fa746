import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { findPeople, NAME, type Person, surname } from '../src/find-people.js';
import { findQuotes, fullNameBefore, PeopleRegistry, subjectName } from '../src/find-quotes.js';
import { isCommonWord } from '../src/given-name-spans.js';
import { givenNameGender, isGivenName } from '../src/given-names.js';
import { latestNamesake } from '../src/people-registry.js';
import { splitSentences } from '../src/sentences.js';
import { textArticle } from '../src/text-article.js';

// The speaker search as it was: a regex per known person for every unquoted "said" — the reference
// the indexed registry must agree with.
const QUOTED = /["“]([^"“”]{12,}?)["”]/gu;
const SAID_NAME = new RegExp(
  String.raw`(?:said|says|added|stressed|noted|explained|wrote|told\s[\p{L}-]+)\s(${NAME})`,
  'u',
);
const NAME_SAID = new RegExp(
  String.raw`(${NAME})\s(?:said|says|added|stressed|noted|explained|wrote|told)\b`,
  'u',
);
const PRONOUN_SAID = /\b(he|she)\s(?:said|says|added|told|stressed|noted|explained|wrote)\b/iu;

function speakersByLoop(texts: readonly string[]): (string | null)[] {
  const people = new Map<string, Person>();
  const out: (string | null)[] = [];
  for (const text of texts) {
    // the people this text introduced, in the order it did: looked through before the others
    const own: string[] = [];
    const meet = (name: string): Person => {
      const known = people.get(name) ?? { name, role: null };
      people.set(name, known);
      if (!own.includes(name)) own.push(name);
      return known;
    };
    let lastPerson: Person | null = null;
    let previous: { sentence: number; speaker: Person } | null = null;
    const givenOnly = new Set<string>();
    const sentences = splitSentences(text);
    sentences.forEach((s, k) => {
      // this text's people first, then the others' if this text wrote no other full name of `word`
      const lookup = (word: string | undefined, ...tests: ((p: Person) => boolean)[]): Person | undefined => {
        // two people or more of one surname written before: the one written last ("Sara Hassan")
        const namesake = word === undefined ? null : latestNamesake(text, s, word);
        if (namesake !== null) return meet(namesake);
        const mine = own.map((n) => people.get(n) as Person);
        for (const test of tests) {
          const found = mine.find(test);
          if (found) return found;
        }
        // another text's person by a name's first word, not by a given name ("Omar said" is no "Omar al-Aziz")
        for (const test of word !== undefined && isGivenName(word) ? tests.slice(0, 1) : tests) {
          const found = [...people.values()].find(test);
          if (found) {
            const full = word === undefined ? null : fullNameBefore(text, s, [word]);
            return full === null || full === found.name ? found : undefined;
          }
        }
        return undefined;
      };
      for (const p of findPeople(s.text)) {
        const known = people.get(p.name) ?? p;
        people.set(p.name, { name: p.name, role: known.role ?? p.role });
        if (!own.includes(p.name)) own.push(p.name);
        lastPerson = people.get(p.name) as Person;
      }
      if (![...s.text.matchAll(QUOTED)].length) return;
      const outside = s.text.replace(QUOTED, ' ');
      let speaker: Person | null = null;
      const named = SAID_NAME.exec(outside)?.[1] ?? NAME_SAID.exec(outside)?.[1];
      if (named) {
        const namesake = named.includes(' ') ? null : latestNamesake(text, s, named);
        speaker =
          (namesake === null ? undefined : meet(namesake)) ??
          people.get(own.find((n) => n === named) ?? '') ??
          lookup(
            named.includes(' ') ? undefined : named,
            (p) => p.name === named || p.name.endsWith(` ${named}`) || surname(p.name) === named,
          ) ??
          null;
        // a full name a given name opens, named only as the speaker, is someone the text introduced
        speaker ??=
          isGivenName(named.split(' ')[0] as string) && named.includes(' ')
            ? meet(named)
            : { name: named, role: null };
      } else {
        const verbs = 'said|says|added|told|stressed|noted|explained|wrote';
        const first = (name: string) => name.slice(0, name.indexOf(' '));
        // the capitalised word before the verb ("Aziz" of "al-Aziz said"), and the one after it
        const wordBefore =
          /(?:^|[\s-])(\p{Lu}\p{Ll}+)\s(?:said|says|added|told|stressed|noted|explained|wrote)\b/u.exec(
            outside,
          )?.[1];
        const wordAfter =
          /(?:said|says|added|stressed|noted|explained|wrote)\s(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?=[.,;]|$)/u.exec(
            outside,
          )?.[1];
        const bySurname =
          lookup(
            wordBefore,
            (p) => new RegExp(`\\b${surname(p.name)}\\s(?:${verbs})\\b`, 'u').test(outside),
            // a name written surname first ("Kim Seo-yeon": "Kim said"), its first word
            (p) =>
              p.name.includes(' ') && new RegExp(`\\b${first(p.name)}\\s(?:${verbs})\\b`, 'u').test(outside),
          ) ??
          lookup(
            wordAfter,
            // a surname alone after the verb: one capitalised word ("said Hassan.", not "said al-Aziz.")
            (p) =>
              /^\p{Lu}\p{Ll}/u.test(surname(p.name)) &&
              new RegExp(`(?:${verbs.replace('|told', '')})\\s${surname(p.name)}(?=[.,;]|$)`, 'u').test(
                outside,
              ),
            (p) =>
              p.name.includes(' ') &&
              // one capitalised word as SAID_SURNAME reads it ("said Jean-Luc." is none)
              /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(first(p.name)) &&
              new RegExp(`(?:${verbs.replace('|told', '')})\\s${first(p.name)}(?=[.,;]|$)`, 'u').test(
                outside,
              ),
          );
        // the name opening the sentence before when it introduced no one titled, then the person last
        // introduced; a surname alone, before or after the verb, whose given name the text wrote earlier
        const before = sentences[k - 1];
        const subject = before && findPeople(before.text).length === 0 ? subjectName(before.text) : null;
        const bare = new RegExp(`(?:^|\\s)(\\p{Lu}\\p{Ll}+)\\s(?:${verbs})\\b`, 'u').exec(outside)?.[1];
        // the same for a surname alone after the verb ("said Hassan, who …")
        const full = bare
          ? fullNameBefore(text, s, [bare])
          : wordAfter
            ? fullNameBefore(text, s, [wordAfter])
            : null;
        const given = [bare, wordAfter].find(
          (w) =>
            w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w) && isGivenName(w) && !isCommonWord(w.toLowerCase()),
        );
        // a "she said" is no one whose given name is a man's only, a "he said" no woman's
        const pronoun = PRONOUN_SAID.exec(outside)?.[1]?.toLowerCase();
        const fits = (name: string): boolean => {
          const words = name.split(' ');
          const said = words.length < 2 && !givenOnly.has(name) ? null : givenNameGender(words[0] as string);
          return pronoun === undefined || said === null || said === (pronoun === 'she' ? 'female' : 'male');
        };
        if (bySurname) speaker = bySurname;
        else if (pronoun && subject && fits(subject)) speaker = meet(subject);
        else if (
          pronoun &&
          previous?.sentence === k - 1 &&
          people.has(previous.speaker.name) &&
          fits(previous.speaker.name)
        )
          speaker = previous.speaker;
        else if (pronoun && lastPerson) speaker = fits(lastPerson.name) ? lastPerson : null;
        else if (pronoun) speaker = null;
        else if (full) speaker = meet(full);
        // a given name alone, no name this text wrote in full: the name as written
        else if (!pronoun && given) {
          speaker = meet(given);
          givenOnly.add(given);
        }
      }
      if (speaker === null) return;
      previous = { sentence: k, speaker };
      if (speaker.role !== null && speaker.name.includes(' ')) lastPerson = speaker;
      out.push(speaker.name);
    });
  }
  return out;
}

const article = (id: string, text: string): Article => textArticle(id, text);

describe('findQuotes with a people registry', () => {
  it('names the same speakers as a loop over everyone known (fast-check)', () => {
    const name = fc.constantFrom('Ali Hassan', 'Sara Hassan', 'Omar al-Aziz', 'Hana Saleh', 'Jean-Luc Ané');
    const role = fc.constantFrom('Minister', 'professor of law', 'spokesman');
    const quote = '"We will not accept any delay in this process,"';
    const sentence = fc.oneof(
      fc.tuple(role, name).map(([r, n]) => `The ${r} ${n} spoke on Monday.`),
      fc.tuple(name, role).map(([n, r]) => `${n}, the ${r} of the council, arrived.`),
      name.map((n) => `${quote} ${n.split(' ').at(-1)} said.`),
      name.map((n) => `${quote} ${n.split(' ').at(-1)} explained.`),
      name.map((n) => `${quote} ${n.split(' ')[0]} said.`),
      name.map((n) => `${quote} said ${n.split(' ')[0]}.`),
      name.map((n) => `${quote} said ${n.split(' ').at(-1)}.`),
      name.map((n) => `${quote} said ${n}.`),
      fc.constant(`${quote} she added.`),
      fc.constant(`${quote} xHassan said.`),
      name.map((n) => `${quote} ${n} wrote on Monday.`),
      // a quote with no verb of saying: the name patterns are not run on it
      name.map((n) => `${quote} ${n} nodded on Monday.`),
    );
    const texts = fc.array(
      fc.array(sentence, { maxLength: 6 }).map((s) => s.join(' ')),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(texts, (ts) => {
        const people = new PeopleRegistry();
        const got = ts.flatMap((t, i) => {
          const a = article(`a${i}`, t);
          return findQuotes(a, splitSentences(t), people).map((q) => q.speaker);
        });
        expect(got).toEqual(speakersByLoop(ts));
      }),
      { numRuns: 300 },
    );
  });
});

describe('findPeople', () => {
  it('reads a role before a name in the order its one pattern did: the last role word first, six words at most', () => {
    const read = (text: string) => findPeople(text).map((p) => `${p.role}: ${p.name}`);
    expect(read('A B C D E F President Tom Hale')).toEqual(['A B C D E F President: Tom Hale']);
    expect(read('A B C D E F G President Tom Hale')).toEqual(['B C D E F G President: Tom Hale']);
    expect(read('President Chief Ana Lee Ruiz')).toEqual(['President Chief: Ana Lee Ruiz']);
    // the role word after the last capitalised word is tried first: not "Minister" before "Acme Corp"
    expect(read('Defence Minister Acme Corp chief Ana Ruiz said.')).toEqual([
      'Defence Minister Acme Corp chief: Ana Ruiz',
    ]);
    expect(read('(Defence Minister Ana Ruiz) and Leader Chief Bo Lee')).toEqual([
      'Defence Minister: Ana Ruiz',
      'Leader Chief: Bo Lee',
    ]);
  });

  it('reads the whole title before a name as its role, past the first role word', () => {
    expect(findPeople('"We are sorry," said Chief Executive Henrik Dahl.')).toEqual([
      { name: 'Henrik Dahl', role: 'Chief Executive' },
    ]);
    expect(findPeople('Chief Operating Officer Giulia Rinaldi told reporters.')).toEqual([
      { name: 'Giulia Rinaldi', role: 'Chief Operating Officer' },
    ]);
  });

  it('reads the title words opening a name as no part of it, as quote speakers do', () => {
    expect(findPeople('Dr Ana Ruiz, director of the city clinic, spoke first.')).toEqual([
      { name: 'Ana Ruiz', role: 'director of the city clinic' },
    ]);
    expect(findPeople('Mr Tom Hale, the committee chief, spoke next.')).toEqual([
      { name: 'Tom Hale', role: 'the committee chief' },
    ]);
  });

  it('ends a role before an infinitive, though a title word ("head") follows it', () => {
    expect(findPeople('The buyer wants Ana Ruiz, former Tern President to head up the firm.')).toEqual([
      { name: 'Ana Ruiz', role: 'former Tern President' },
    ]);
  });
});

describe('findQuotes for a body named by its noun', () => {
  const speakers = (text: string, title?: string): (string | null)[] => {
    const a = textArticle('a', text, title ? { title } : {});
    return findQuotes(a, splitSentences(text), new PeopleRegistry()).map((q) => q.speaker);
  };

  it('gives "the company said" to no company the article does not write with a legal form', () => {
    expect(
      speakers(
        'Norway unveils a new fund. "We expect a strong year," the company said.',
        'Norway unveils a fund',
      ),
    ).toEqual([]);
    expect(
      speakers(
        'Acme Corp and Borel AG agreed a merger. Acme Corp shares rose. "It is a good day," the company said.',
        'Acme Corp agrees merger',
      ),
    ).toEqual(['Acme Corp']);
  });

  it('gives "it said" to a body the sentence before opens with, not to a person', () => {
    expect(speakers('Ana Ruiz spoke on Monday. "We will appeal the ruling today," it said.')).toEqual([]);
    expect(speakers('The union said talks had failed. "We will strike on Monday," it said.')).toEqual([]);
    expect(
      speakers(
        'The Harbour Union called a strike. The union said talks had failed. "We will strike on Monday," it said.',
      ),
    ).toEqual(['Harbour Union']);
  });
});

/** Each quote's speaker and role, one article of `text` and a registry of its own. */
const quotes = (text: string) =>
  findQuotes(textArticle('a', text, {}), splitSentences(text), new PeopleRegistry()).map((q) => [
    q.speaker,
    q.role,
  ]);

describe('findQuotes for a role and a name after the verb', () => {
  it('gives the quote to the name set off after "a" and a role, not to the role', () => {
    expect(
      quotes('The port wanted its "place on the map," declared a later mayor, Otto Brandt, in 1897.'),
    ).toEqual([['Otto Brandt', 'later mayor']]);
    expect(quotes('"We will not wait for the courts," said a senior official, Ana Ruiz.')).toEqual([
      ['Ana Ruiz', 'senior official'],
    ]);
    // no name after the role: the role speaks, as the speaker
    expect(
      quotes('"We will not wait for the courts," said a senior official, adding that talks go on.'),
    ).toEqual([['senior official', null]]);
  });
});

describe('findQuotes for a title and a surname after a full name', () => {
  it('names the speaker by the full name the article wrote before, not by the title', () => {
    const text =
      'Eric Reves, one of the leading voices on the region, said he was appalled. "There is no reason to believe they have changed," said Mr. Reves, a senior fellow at a rights center.';
    expect(quotes(text)).toEqual([['Eric Reves', 'senior fellow']]);
  });
});

describe('fullNameBefore', () => {
  const fullName = (text: string, surname: string) => {
    const start = text.lastIndexOf('"') > 0 ? text.indexOf('"') : text.length;
    return fullNameBefore(text, { text: text.slice(start), start, end: text.length }, [surname]);
  };

  it('takes a given name before a middle name, and nothing a list of given names does not know', () => {
    expect(
      fullName('Admirer Gustav Lloyd Halvard had it inked. "I like it," Halvard told AFP.', 'Halvard'),
    ).toBe('Gustav Lloyd Halvard');
    expect(fullName('Minister Ana Ruiz spoke. "We will appeal," Ruiz said.', 'Ruiz')).toBe('Ana Ruiz');
    expect(fullName('At Acme Ana Ruiz spoke. "We will appeal," Ruiz said.', 'Ruiz')).toBe('Ana Ruiz');
  });

  it("takes no body's possessive for a given name", () => {
    expect(fullName('Tern News\' Ana Ruiz reports: a vote is near. "We will appeal," Ana said.', 'Ana')).toBe(
      'Ana Ruiz',
    );
    expect(fullName('Tern\'s Ana Ruiz reports: a vote is near. "We will appeal," Ana said.', 'Ana')).toBe(
      'Ana Ruiz',
    );
  });
});

describe("findQuotes for a body's possessive and a role after the name", () => {
  it("reads the role after the body's possessive, with its portfolio in lower case", () => {
    const text =
      '"The strength of our new products is resonating," said Ken Marsh, Halvard\'s vice president of sales.';
    expect(quotes(text)).toEqual([['Ken Marsh', "Halvard's vice president of sales"]]);
  });
});

describe('findQuotes for "he said" past headings', () => {
  const text = (between: string) =>
    `"We will vote on the bill next week," said Senator Tom Okafor.\n\n${between}"The second act is the best thing on screen this year," he added.`;

  it('gives the quote to the person named before one heading', () => {
    expect(quotes(text('The vote\n\nThe chamber adjourned at noon.\n\n'))).toEqual([
      ['Tom Okafor', 'Senator'],
      ['Tom Okafor', 'Senator'],
    ]);
  });

  it('gives it to no one past two, as in a list of teasers', () => {
    expect(
      quotes(
        text(
          'Storm Closes Coastal Roads\n\nThe coast road was shut on Monday.\n\nWhat Critics Are Saying About the Film\n\n',
        ),
      ),
    ).toEqual([['Tom Okafor', 'Senator']]);
  });

  it('counts a list of items without stops as one', () => {
    expect(
      quotes(
        text('He made three points\n\nTaxes will not rise\n\nSchools will get more\n\nThe vote is set.\n\n'),
      ),
    ).toEqual([
      ['Tom Okafor', 'Senator'],
      ['Tom Okafor', 'Senator'],
    ]);
  });
});

describe('subjectName after a nominee', () => {
  it('reads the name after "nominee" as a role before it', () => {
    expect(
      subjectName('Presumptive Democratic White House nominee Joe Biden joined growing calls on Thursday.'),
    ).toBe('Joe Biden');
  });
});

describe('findQuotes for "according to" a body', () => {
  it('takes the body\'s whole name, its "of" and what follows', () => {
    expect(
      quotes(
        'Why whales strand is unclear, but “sickness, a falling tide or a predator can all play a part”, according to the Tern Department of Conservation.',
      ),
    ).toEqual([['Tern Department of Conservation', null]]);
  });
});

describe('findQuotes for "he told" after a surname opening the sentence before', () => {
  it("gives the quote to that surname's person, past opening phrases and a verb not of saying", () => {
    const text =
      'President Dana Holt denied it in 1973. The ghostwriter was Tomas Varga, who took half the royalties.\n\nIn 2016, as the campaign went on, Varga disavowed the book. "I put a shine on it," he told a magazine.';
    expect(quotes(text)).toEqual([['Tomas Varga', null]]);
  });
});

describe('findQuotes for "he said" a few sentences after the surname it means', () => {
  it('looks back past sentences that name no one to the subject surname of a person named in full', () => {
    const text =
      'A man pleaded guilty Monday to threatening to kill Rep. Ilse Marten, prosecutors said.\n\nTomas K. Varga Jr., 55, of Addison, a village near Ithaca, pleaded guilty to threatening an official.\n\nVarga faces a maximum of 10 years in prison. Sentencing is scheduled for Feb. 14.\n\nHe was arrested in April for the call to the offices of Marten.\n\nDuring the call, he asked about her votes, called Marten a "traitor" and said, "somebody ought to hurt her," the prosecutor\'s office said.';
    expect(quotes(text)).toEqual([['Tomas K. Varga Jr.', null]]);
  });
});

describe('findQuotes for a title opening the sentence before the name', () => {
  it('reads the title and its words in lower case as the role, not a word that is no title', () => {
    expect(
      quotes('Chief executive Ana Ruiz said on Friday: "Every rider will know when the trams come."'),
    ).toEqual([['Ana Ruiz', 'Chief executive']]);
    expect(quotes('Former vice president Tobin Rask said: "The depot is ready for a second shift."')).toEqual(
      [['Tobin Rask', 'Former vice president']],
    );
    expect(quotes('Yesterday morning Tobin Rask said: "The depot is ready for a second shift."')).toEqual([
      ['Tobin Rask', null],
    ]);
  });
});

describe('findQuotes for a role after the name with a portfolio in lower case', () => {
  it('keeps what the title is of when it is no body: "vice president of fleets and service"', () => {
    expect(
      quotes('"The trams sell well," said Mara Holt, Halvard\'s vice president of fleets and service.'),
    ).toEqual([['Mara Holt', "Halvard's vice president of fleets and service"]]);
  });
});

describe('findQuotes for a title before a person named with her body', () => {
  it('gives the quote to the person, the title and the body her role, not to the body', () => {
    expect(
      quotes('Spokeswoman Ana Ruiz of Norvale Transit said: "We will keep the old trams running."'),
    ).toEqual([['Ana Ruiz', 'Spokeswoman of Norvale Transit']]);
    expect(quotes('"The line stays open," said chief steward Tobin Rask of the Kestrel Union.')).toEqual([
      ['Tobin Rask', 'chief steward of the Kestrel Union'],
    ]);
    expect(
      quotes('In a statement, spokeswoman Ana Ruiz of Norvale Transit said that "the fares will hold".'),
    ).toEqual([['Ana Ruiz', 'spokeswoman of Norvale Transit']]);
    // capitalised words of what the title is of open the role
    expect(
      quotes('"The line stays open," said Harbour Police spokesman Tobin Rask of the Kestrel Union.'),
    ).toEqual([['Tobin Rask', 'Harbour Police spokesman of the Kestrel Union']]);
  });
});

describe('findQuotes for a long role after the name whose head is no title', () => {
  it('reads the role when a title stands among its words before the head', () => {
    expect(
      quotes(
        '"Our review found errors," said Ilse K. Varga, the port\'s deputy chief legal counsel for fares.',
      ),
    ).toEqual([['Ilse K. Varga', "port's deputy chief legal counsel"]]);
    // no title in it: no role
    expect(
      quotes('"Our review found errors," said Ilse Varga, the harbour\'s longest serving night counsel.'),
    ).toEqual([['Ilse Varga', null]]);
  });
});
