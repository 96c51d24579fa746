import { apposedReporter } from './apposed-reporters.js';
import type { Article } from './article.js';
import {
  bodyOfSaid,
  bodySpeaker,
  issuerQuoting,
  roleHolder,
  subjectBody,
  titledBefore,
  UNNAMED_HEAD,
  unnamedPerson,
  unnamedSpeaker,
  withLegalForm,
} from './body-speakers.js';
import type { Actor, ActorKind, Quote } from './briefing.js';
import { cite } from './citation.js';
import {
  apposedToVerb,
  clauseNamesPronoun,
  nameBeforeRole,
  openingClause,
  subjectSpeaker,
  withSaying,
} from './clause-speakers.js';
import { withoutOpeningTime } from './date-phrases.js';
import {
  type BodyIssuer,
  bareIssuerInDocument,
  documentSpeaker,
  namesDocument,
  openingDocumentIssuer,
  openingDocumentOwner,
} from './document-speakers.js';
import { findPeople, isGenerationSuffix, type Person, surname } from './find-people.js';
import { isNameTitle, leadingTitles, roleWithoutDanglingEnd } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { type Gender, givenNameGender, isGivenName } from './given-names.js';
import { interviewAnswers } from './interview-answers.js';
import { misspeltSurnameOf } from './misspelt-surnames.js';
import { withOpeningMarks } from './opening-marks.js';
import {
  ArticlePeople,
  bodyNameBefore,
  fullNameBefore,
  fullNameOf,
  type PeopleRegistry,
  withFullName,
} from './people-registry.js';
import { pronounInsideReport } from './pronoun-inside-report.js';
import { DEFINITE, SAYING_VERBS, TOLD } from './quote-patterns.js';
import {
  blockQuotations,
  colonIntro,
  creditedQuotations,
  MAX_OPEN,
  nextLeft,
  OPENS,
  unclosedQuotation,
} from './quote-spans.js';
import { closesFirst, outsideQuotes, quotedPassages } from './quoted-passages.js';
import { isQuotedPhrase } from './quoted-phrases.js';
import { quotedVerdicts, verdictSaidForm } from './quoted-verdicts.js';
import { referentBefore } from './referent-before.js';
import { apposedSpeaker, reportedPerson, titledOf, titledSpeaker } from './reported-speakers.js';
import { reporterWords } from './reported-speech.js';
import { matchNameSaid, matchSaidName, nameRunOn, officeOf, wordsBeforeSaid } from './said-names.js';
import type { Sentence } from './sentences.js';
import { joinSetApartAttributions } from './set-apart-attributions.js';
import { isAgentNoun, isSpeakerNoun, pluralOf } from './speaker-nouns.js';
import {
  nameAfterBody,
  orgRoleName,
  personOfBody,
  roleAfterName,
  roleOfName,
  roleOpening,
  roleThenName,
  saidRoleName,
  saidRoleOfBody,
  saidRoleSurname,
} from './speaker-roles.js';
import {
  describedBefore,
  titledSurname,
  titleOpening,
  withoutLeadingTitles,
  withoutOpener,
} from './speaker-titles.js';
import { saidForm } from './speech-intros.js';
import { subjectBefore, subjectName, surnameSaid } from './subject-name.js';

export { bodyNameBefore, fullNameBefore, PeopleRegistry } from './people-registry.js';
export { subjectName } from './subject-name.js';

/** A verb that `matchSaidName`, `matchNameSaid` and `wordsBeforeSaid` each need, as they write it. */
const SAYING = new RegExp(`${SAYING_VERBS}|${TOLD}`, 'u');
const PRONOUN_SAID = new RegExp(String.raw`\b(he|she)\s(?:${SAYING_VERBS}|${TOLD})\b`, 'iu');
/**
 * "according to the ministry's statement", "according to the New Zealand Department of Conservation": up
 * to four capitalised words, each after "of" or "for" (and "the") too, and a word of what spoke.
 */
const ACCORDING_TO =
  /according to (?:an? |the )?((?:(?:(?<=\p{L}\s)(?:of|for)\s(?:the\s)?)?[\p{Lu}][\p{L}-]*\s?){1,4})(statement|spokesman|spokesperson|official|officials|report|source|sources)?/u;

/** What one sentence offers for quotes: the people it introduces, and its quote with the cues to its speaker. */
export interface QuoteCue {
  /** Index of the sentence in its article. */
  sentence: number;
  /** People the sentence introduces with a role. */
  people: Person[];
  /** The quoted passages, or none. */
  parts: string[];
  /** The sentence its attribution was written in, when the copy set it apart after the quotation's. */
  to?: number;
  /** A name beside "said", "told" and the like. */
  named: string | null;
  /** Every word (or word's tail) just before "said", "says", "added" or "told": a known surname may be one. */
  beforeSaid: string[];
  /** A capitalised word alone after the verb ("said Angers."): a known person's surname, if any. */
  afterSaid?: string;
  /** "he said", "she added". */
  pronoun: boolean;
  /** The gender of that pronoun: "she said" female, "he said" male. */
  gender?: Gender;
  /** That pronoun is inside another's report ("The clerk recalled that he said"; see `pronounInsideReport`). */
  inside?: true;
  /** "according to a ministry statement" → "ministry statement". */
  according: string | null;
  /** A speaker named by a role alone: "a police spokesman said" → "police spokesman", "the minister said" → "the minister". */
  unnamed?: string;
  /** The unnamed speaker is set off by a clause on who they are ("A nurse, who asked not to be named, said"): a person. */
  unnamedWho?: true;
  /** The sentence its first quote opened in, when that is the sentence before ('"We have been patient. …'). */
  from?: number;
  /** A body named by its initials before the verb: "the AIU said" → "AIU". */
  body?: string;
  /**
   * For "it said"/"they said": the body the sentence before opens with or has say something, as a role
   * ("the trust") or a name ("Riverside Health Trust").
   */
  itBody?: BodyIssuer;
  /** The sentence that named `itBody` by its noun ("The company defended the cuts in a statement."), for whom the noun stands. */
  bodyAt?: number;
  /** "it said", "it continued": no name, a body's or a document's pronoun, of a statement already quoted. */
  it?: true;
  /** The sentence says its speaker issued the words in a document ("said in a statement:"). */
  inDocument?: true;
  /** A person the sentence names without a title before the name, whom only a "she said" right after means. */
  near?: Person;
  /** The quote is a document's quoted as speaking ("the statement read"; see `documentSpeaker`). */
  document?: true;
  /** The body an earlier sentence says issued "the statement", when the sentence before names none. */
  issuedEarlier?: BodyIssuer;
  /** The parts that are phrases the writer set in quotation marks (see `isQuotedPhrase`): no statement shown. */
  phrases?: string[];
  /** The parts that are one-word verdicts (see `quotedVerdicts`): shown only under a speaker named, no role alone. */
  verdicts?: string[];
}

/**
 * Reads the quote cues of one article's sentences: per-sentence work that needs nothing from other
 * articles, so that it can run in a worker (see `analyseArticle`).
 * @param written the article's sentences
 * @param text the article's text, for quotations over paragraphs and credits under them
 * @returns a cue for each sentence that introduces someone or quotes, in order
 */
export function findQuoteCues(written: readonly Sentence[], text?: string): QuoteCue[] {
  const cues: QuoteCue[] = [];
  // '"… twenty years."' then 'said Ilse Varga, chair of the board.' as a sentence of its own: one sentence
  // "''I will stay," he said.': two single marks typed for the opening double one (opening-marks.ts)
  const { sentences, attributions } = joinSetApartAttributions(written.map(withOpeningMarks));
  const blocks = text === undefined ? null : blockQuotations(sentences, text);
  // the quotation left open, from the sentence it opened in: its text so far and its introduction
  let left: { text: string; intro: string; from: number } | null = null;
  // quotations credited under them ("— Dana Whitlock, operations director"), and an interview's answers
  // ("Q: …" then "A: …"), the one person named before the questions'
  const answers = text === undefined ? null : interviewAnswers(sentences, text);
  const credits = text === undefined ? null : creditedQuotations(sentences, text);
  const credited = answers && credits ? new Map([...credits, ...answers]) : (answers ?? credits);
  // the sentences of a credited quotation before its credit's: their marks are the credited quote's
  const inCredited = new Set<number>();
  for (const [at, c] of credited ?? []) for (let k = c.from; k < at; k++) inCredited.add(k);
  sentences.forEach((s, sentence) => {
    // "Yesterday the minister Pedro Alves said": the day opening the sentence is no word of the role
    const people = findPeople(withoutOpeningTime(s.text));
    // a pasted quotation and "— Dana Whitlock, operations director" under it: the credit's person's
    const credit = credited?.get(sentence);
    if (credit) {
      left = null;
      const { name, role } = credit;
      if (role !== null && !people.some((p) => p.name === name)) people.push({ name, role });
      cues.push({
        sentence,
        people,
        parts: [credit.text],
        named: name,
        beforeSaid: [],
        pronoun: false,
        according: null,
        ...(credit.from < sentence ? { from: credit.from } : {}),
      });
      return;
    }
    // 'Martin Okafor, chair of the panel, said:' then a paragraph without marks: all of it is his
    // 'General Arne Holt said "This will be …' at a line's end, the mark never closed: the quotation ends there
    const unclosed =
      text === undefined || inCredited.has(sentence) || blocks?.has(sentence)
        ? null
        : unclosedQuotation(left, sentences, sentence, text);
    const block = inCredited.has(sentence) ? undefined : (blocks?.get(sentence) ?? unclosed ?? undefined);
    // the comma English sets inside the closing quotation mark before "he said" belongs to the sentence
    const passages = block || inCredited.has(sentence) ? [] : quotedPassages(s.text);
    // 'Jim. "' closing a quotation left open over paragraphs (a message's signature): a tail shorter than
    // a passage of its own still closes the quotation, which had been lost with it
    if (left !== null && !block && !inCredited.has(sentence) && sentence - left.from <= MAX_OPEN) {
      const tail = closesFirst(s.text);
      if (tail > 0 && !passages.some((p) => p.start === 0))
        passages.unshift({ start: 0, end: tail, text: s.text.slice(0, tail) });
    }
    const parts = block ? [block.text] : passages.map((p) => p.text.trim().replace(/,$/, ''));
    // 'Ms Persson said: "I would like to emphasise …' then, a paragraph on, '"Her statements have been
    // coherent …"': a quotation over paragraphs reopens each with its mark; the speaker named before
    // the first goes on (bounded: a stray mark is no quotation)
    const reopens =
      left !== null && sentence - left.from <= MAX_OPEN && OPENS.test(s.text) && closesFirst(s.text) < 0;
    // a quotation of two sentences or more, the speaker named after the last: one quote from all
    const goesOn = !block && left !== null && parts.length > 0 && (closesFirst(s.text) >= 0 || reopens);
    const from = block ? block.from : goesOn ? (left as { from: number }).from : sentence;
    if (goesOn) parts[0] = `${(left as { text: string }).text.trim()} ${parts[0]}`;
    // 'Councillor Mara Holt called the toll plan "unacceptable"': a named speaker's one-word verdict is a
    // quote, however short (quotedVerdicts); a passage's own length makes the longer ones passages already
    const verdicts = block || goesOn || inCredited.has(sentence) ? [] : quotedVerdicts(s.text);
    const shortVerdicts = verdicts.filter((v) => !passages.some((p) => p.start === v.start));
    if (shortVerdicts.length > 0)
      parts.splice(
        0,
        parts.length,
        ...[...passages, ...shortVerdicts]
          .sort((a, b) => a.start - b.start)
          .map((p) => p.text.trim().replace(/,$/, '')),
      );
    // 'offered dealers a "deferred termination" package': a phrase the writer quotes is no statement; it
    // still names its speaker for a "he said" after it, so it is read as a quote and left out of the brief
    const phrases = passages
      .filter((p) => isQuotedPhrase(s.text, p) && !verdicts.some((v) => v.start === p.start))
      .map((p) => p.text.trim().replace(/,$/, ''));
    // 'Councillor Priya Nandra, cabinet member for transport, said: "Air pollution … every year.': the
    // speaker is named before the quotation the sentence before opened
    // '"I respect the court's decision …' opening the paragraph after 'Commissioner Susan Pryce issued
    // the following statement:': the introduction is the sentence before
    const before =
      text !== undefined && !goesOn && !block && OPENS.test(s.text)
        ? colonIntro(sentences, sentence, text)
        : '';
    const intro = block ? block.intro : goesOn ? (left as { intro: string }).intro : before;
    left = unclosed ? null : nextLeft(left, s.text, sentence, parts.length > 0, reopens);
    if (before && left !== null && left.from === sentence && left.intro === '') left.intro = before;
    // "Mayor of Marathon Stergios Tsirkas said the order came too late": who says so without a quote is
    // the person a "he said" after it means
    let near: Person | null = null;
    if (parts.length === 0) {
      // the name pattern tries a name at every capital before failing on the verb: most sentences have none
      const verb = SAYING.test(s.text);
      const nameSaid = verb ? matchNameSaid(s.text) : null;
      const reported = titledSpeaker(s.text, verb, nameSaid);
      if (reported && !people.some((p) => p.name === reported.name)) people.push(reported);
      // "Claire Martin, who leads public health at the agency, said …": for a "she said" right after
      else if (!reported && people.length === 0) near = reportedPerson(s.text, verb, nameSaid);
    }
    if (people.length === 0 && parts.length === 0 && near === null) return;
    const cue: QuoteCue = {
      sentence,
      people,
      parts,
      named: null,
      beforeSaid: [],
      pronoun: false,
      according: null,
      ...(goesOn || (block && from < sentence) ? { from } : {}),
      ...(attributions.has(sentence) ? { to: attributions.get(sentence) as number } : {}),
      ...(near ? { near } : {}),
      ...(phrases.length > 0 ? { phrases } : {}),
      ...(verdicts.length > 0 ? { verdicts: verdicts.map((v) => v.text.trim().replace(/,$/, '')) } : {}),
    };
    if (parts.length > 0) {
      // "The minister issued a warning: "…"" is read as "The minister said: "…"" (speech-intros.ts); the
      // words as written stay for whoever issued a document (issuerQuoting)
      const rawWhole = block ? intro : intro ? `${intro} ${outsideQuotes(s.text)}` : outsideQuotes(s.text);
      const read = saidForm(verdicts.length > 0 ? verdictSaidForm(s.text) : s.text);
      const whole = block
        ? saidForm(intro)
        : intro
          ? `${saidForm(intro)} ${outsideQuotes(read)}`
          : outsideQuotes(read);
      // "When Ana Ruiz asked if he would stay, he declined, saying "…"": the clause names the one who
      // asked, and the pronoun after it, the one asked, is the speaker; "When Mirela joined the crew,
      // she said "…"": the pronoun is the name the clause opens with
      const clause = openingClause(whole);
      // "Yesterday Ana Ruiz of Norvale Transit said": the day opening the sentence is no word of the name
      const outside = withoutOpeningTime(clause?.asks ? whole.slice(clause.end) : whole);
      // the name patterns try a name at every capital before failing on the verb: most quotes have none
      const verb = SAYING.test(outside);
      const verbOrSaying = verb || /\bsaying\b/u.test(outside);
      const said = verb ? matchSaidName(outside) : null;
      const nameSaid = verb && !said ? matchNameSaid(outside) : null;
      // "Kestrel Bank's Vance said": the person after a body's possessive, not the two as one name
      const asRead = withoutOpener((said ? nameRunOn(outside, said) : null) ?? nameSaid?.[1] ?? null);
      const nameFound = afterPossessive(asRead);
      // the possessive stays the speaker's role, as the name patterns had read it ("Acme's")
      const possessor =
        asRead !== null && nameFound !== asRead
          ? asRead.slice(0, asRead.length - (nameFound as string).length).trim()
          : null;
      // "the Bank of England said", "The Korean Confederation of Trade Unions said": a body, no person
      const body = verb ? bodyOfSaid(outside) : null;
      const isBody = body !== null && (nameFound === null || body.includes(nameFound));
      const named = isBody ? null : nameFound;
      if (isBody) cue.named = body;
      const roled =
        (verb ? personOfBody(outside) : null) ??
        (isBody || named === null
          ? verb && !isBody
            ? (saidRoleName(outside) ?? saidRoleOfBody(outside) ?? apposedSpeaker(outside))
            : null
          : (roleThenName(outside, named) ?? orgRoleName(outside, named) ?? nameAfterBody(outside, named)));
      if (roled) {
        cue.named = roled.name;
        // "said spokesman Tobin Rask of the Kestrel Union": the role with its body holds the title alone
        // the sentence's people read ("spokesman"); "said Tomas Vance of Pedro Alves": no role, and a
        // person read with none is no one the sentence introduces (QuoteCue.people), so no "he told
        // me" paragraphs on is hers (a coroner quoted once had taken a forum user's five quotes)
        if (roled.role !== null) addPerson(people, roled, true);
      } else if (named) {
        // "Secretary of State Ana Ruiz said": the title and what it is of before the name (titledSpeaker)
        const titled =
          nameSaid && withoutLeadingTitles(named).role === null ? titledOf(outside, nameSaid) : null;
        if (titled) {
          cue.named = titled.name;
          if (!people.some((p) => p.name === titled.name)) people.push(titled);
        } else {
          // "The United Nations High Commissioner for Human Rights said": the name is the portfolio of
          // an office named before it, whose holder speaks (the speaker had been "Human Rights")
          const office = nameSaid ? officeOf(outside, nameSaid) : null;
          if (office) cue.named = office;
        }
      }
      if (named && cue.named === null) {
        // "Analyst Rebecca Lindland said": a title word opening the sentence is the speaker's role
        // "Deputy Harbour Secretary Vantakis said": the surname after the title is the name
        const { name, role } = titledSurname(named) ?? withoutLeadingTitles(named);
        cue.named = name;
        // "Shop owner Ali Demir, 52, said:": an age names a person, whose role is what comes before
        const aged = role === null && nameSaid?.[2] !== undefined;
        // "Chief executive Ana Ruiz said": the title opening the sentence, its words in lower case
        const described = aged
          ? describedBefore(outside.slice(0, (nameSaid as RegExpExecArray).index))
          : (role ??
            (nameSaid
              ? (titleOpening(outside.slice(0, nameSaid.index)) ??
                roleOpening(outside.slice(0, nameSaid.index), name))
              : null) ??
            possessor);
        // '"…," said Lucía Benítez, 34, a season-ticket holder': the role set off after the name
        const apposed = said ? roleAfterName(outside, said, role?.endsWith('.') === true) : null;
        const better = apposed !== null && (role === null || role.endsWith('.'));
        // "said Ilse Varga, the port's deputy chief legal counsel for fares": the sentence's people read
        // the role up to its last title word ("the port's deputy chief"), which the apposed one widens
        if (described || aged || better)
          addPerson(people, { name, role: better ? (apposed as string) : described }, better);
      }
      // "Tobin Okafor, president of Port Ellis Ferries said, "…"", "Skeeter Brannock, chairperson of Local
      // 12, Harbour Workers union said": a name and a role that runs on to the verb, the comma closing it
      // dropped; the body the role ends with had been the speaker, or no one was
      const apposed = verb ? apposedToVerb(outside) : null;
      if (apposed && (cue.named === null || (apposed.role ?? '').includes(cue.named))) {
        const was = cue.named;
        cue.named = apposed.name;
        // the people the sentence's own patterns read gave the role the verb after it ("… Ferries said")
        for (let k = people.length - 1; k >= 0; k--) {
          const name = (people[k] as Person).name;
          if (name === was || name === apposed.name) people.splice(k, 1);
        }
        people.push(apposed);
      }
      if (verb) cue.beforeSaid = wordsBeforeSaid(outside);
      // "'…,' said Angers.": a surname alone after the verb, for a person known only
      // "'…,' said Norwegian president Brannock": the same after a role in lower case
      const after =
        verb && cue.named === null
          ? (SAID_SURNAME.exec(outside)?.[1] ?? saidRoleSurname(outside))
          : undefined;
      if (after) cue.afterSaid = after;
      const pronoun = PRONOUN_SAID.exec(outside);
      cue.pronoun = pronoun !== null;
      if (pronoun) cue.gender = (pronoun[1] as string).length === 3 ? 'female' : 'male';
      if (pronoun && pronounInsideReport(outside)) cue.inside = true;
      if (clause && cue.named === null) {
        if (clause.asks) {
          cue.pronoun = true;
          cue.gender = clause.gender;
        } else if (clauseNamesPronoun(clause)) {
          cue.named = clause.name;
          cue.pronoun = false;
          delete cue.gender;
        }
      }
      // "Officials said the bid was fair, with Halden analyst Tove Lund saying "…"": the quote is the
      // name's before "saying", whoever the sentence's subject is
      const withName = block ? null : withSaying(goesOn ? `${intro.trimEnd()} "` : s.text);
      if (withName) {
        cue.named = withName.name;
        cue.pronoun = false;
        cue.beforeSaid = [];
        if (withName.role && !people.some((p) => p.name === withName.name)) people.push(withName);
      }
      // "Washington senator Ana Ruiz, who hails from …, said in a statement "…"", "Ana Ruiz defended
      // the choice, saying, "…"": the sentence's subject, past a clause the name patterns do not cross
      if (verbOrSaying && cue.named === null && !cue.pronoun) {
        const subject = subjectSpeaker(outside);
        if (subject) {
          cue.named = subject.name;
          cue.beforeSaid = [];
          if (subject.role && !people.some((p) => p.name === subject.name)) people.push(subject);
        }
      }
      // "The union issued a statement saying "…"", "A group of harbour pilots released a joint letter:
      // "…"": whoever the sentence says issued what it quotes
      if (cue.named === null && !cue.pronoun && !block) {
        const issuer = issuerQuoting(outside) ?? (whole === rawWhole ? null : issuerQuoting(rawWhole));
        if (issuer && 'pronoun' in issuer) {
          cue.pronoun = true;
          cue.gender = issuer.pronoun;
        } else if (issuer) cue.itBody = issuer;
      }
      const according = ACCORDING_TO.exec(outside);
      if (according) cue.according = `${according[1]?.trim()}${according[2] ? ` ${according[2]}` : ''}`;
      // "The premier of the northern state of Lower Vestmark remarked": the name before the verb
      // is what the role is of; the role, with all it is of, is the speaker, unnamed
      const ofName = verb && !isBody && !cue.pronoun ? roleOfName(outside) : null;
      if (ofName) {
        const was = cue.named;
        if (was !== null)
          for (let k = people.length - 1; k >= 0; k--)
            if ((people[k] as Person).name === was) people.splice(k, 1);
        cue.named = null;
        cue.beforeSaid = [];
      }
      let unnamed = ofName
        ? { role: ofName, who: false }
        : verb && cue.named === null
          ? unnamedSpeaker(outside)
          : null;
      // "Tobin Rask an equity strategist for Halvard Brisk, commented:": the copy dropped the comma after
      // the name the role is of (the role had been the speaker)
      const before = unnamed ? nameBeforeRole(outside, unnamed.role) : null;
      if (before) {
        cue.named = before.name;
        if (!people.some((p) => p.name === before.name)) people.push(before);
        unnamed = null;
      }
      if (unnamed) cue.unnamed = unnamed.role;
      if (unnamed?.who) cue.unnamedWho = true;
      const initials = verb && cue.named === null && !unnamed ? INITIALS_SAID.exec(outside) : null;
      if (initials) cue.body = initials[1] as string;
      // '"Patient safety remains our first priority," it said': the body the sentence before is about
      // past a subheading or a video's label set between ("Video", "OPERATOR ANSWERS THE UNION"): the
      // prose sentence that names who issued the words
      const at =
        text === undefined ? (cue.from ?? sentence) - 1 : proseBefore(sentences, text, cue.from ?? sentence);
      // "A letter from the Kestrel Union to the board asks …: "…," it said.": the document its own sentence
      // opens with, from whom it names (the one it was sent to had been taken as the speaker)
      const itsOwn = IT_ALONE_SAID.test(outside) && !cue.pronoun ? openingDocumentIssuer(outside) : null;
      if (itsOwn) {
        cue.named = null;
        cue.beforeSaid = [];
      }
      if (cue.named === null && !itsOwn && at >= 0 && IT_SAID.test(outside)) {
        // "The Norvale Treasury described the plan in a press release. It said that "…"": a name with no
        // body's word, issuing a document (the quote had been no one's)
        const before = (sentences[at] as Sentence).text;
        const body = subjectBody(before) ?? bareIssuerInDocument(before);
        if (body) {
          cue.itBody = body;
          cue.bodyAt = at;
        }
      }
      if (cue.named === null && IT_ALONE_SAID.test(outside)) cue.it = true;
      if (namesDocument(outside)) cue.inDocument = true;
      // '"The company followed all legal requirements," the statement said': whoever the document's
      // phrase or the sentence before says issued it ("Hanul Cell said in a statement that …", "says
      // the letter signed by forty shipwrights"); a document is no person
      const quoted = itsOwn
        ? { issuer: itsOwn }
        : cue.named === null && !cue.itBody && !cue.pronoun
          ? documentSpeaker(
              outside,
              at >= 0 ? (sentences[at] as Sentence).text : undefined,
              sentences
                .slice(Math.max(0, at - 8), Math.max(0, at))
                .map((b) => b.text)
                .reverse(),
            )
          : null;
      if (quoted) {
        cue.document = true;
        const issuer = quoted.issuer;
        if (quoted.issuedEarlier) cue.issuedEarlier = quoted.issuedEarlier;
        if (issuer === null || 'role' in issuer || 'name' in issuer || 'bare' in issuer) {
          if (issuer) {
            cue.itBody = issuer;
            cue.bodyAt = at;
          }
          delete cue.unnamed;
        } else if ('person' in issuer) cue.named = issuer.person;
        else {
          cue.pronoun = true;
          cue.gender = issuer.pronoun;
        }
        cue.beforeSaid = [];
      }
    }
    cues.push(cue);
  });
  return cues;
}

/**
 * The body a quote's "it said" or document is of: by its name; by a name with no body's word when the
 * article's entities tell it an organisation ("Norvale Transit rejected the figures in a statement."); or
 * by its noun as "the union said" is resolved ({@link bodySpeaker}), else, the noun opening the sentence
 * that issued the words, the one body the sentences before name that it stands for ("Norvale Transit
 * Ltd cut … The company defended the cuts in a statement."; {@link referentBefore}, none when they name
 * two); null for none.
 * @param body the issuer as the quote's sentence or the one before names it
 * @param cue the quote's cue
 * @param article the source
 * @param sentences its sentences
 * @param kindOf the kind of each entity the article names, by its name or a form of it
 * @param at the sentence that named the body by its noun, if known
 */
function issuingBody(
  body: BodyIssuer,
  cue: QuoteCue,
  article: Article,
  sentences: readonly Sentence[],
  kindOf: (name: string) => ActorKind | undefined,
  at?: number,
): Person | null {
  if ('bare' in body) return kindOf(body.bare) === 'organisation' ? { name: body.bare, role: null } : null;
  if ('name' in body) return { name: body.name, role: null };
  const s = sentences[cue.from ?? cue.sentence] as Sentence;
  const name = bodySpeaker(body.role, article, s.start) ?? referredBody(body.role, at, sentences, kindOf);
  return name ? { name, role: null } : null;
}

/**
 * Puts a person among a sentence's people, or widens the role of the one there by her name to the
 * person's when it goes on from it ("spokesman" → "spokesman of the Kestrel Union", "the port's
 * deputy chief" → "port's deputy chief legal counsel").
 * @param people the sentence's people, changed in place
 * @param person the person read
 * @param widen whether a fuller role replaces the one read
 */
function addPerson(people: Person[], person: Person, widen: boolean): void {
  const k = people.findIndex((p) => p.name === person.name);
  if (k < 0) {
    people.push(person);
    return;
  }
  const had = (people[k] as Person).role?.replace(/^(?:the|an?)\s/iu, '');
  if (widen && had && person.role && person.role.length > had.length && person.role.startsWith(`${had} `))
    people[k] = person;
}

/**
 * The body a noun opening a sentence stands for ("The company defended the cuts …"): the organisation
 * the sentences before name as their subject, one only ({@link referentBefore}).
 * @param role the noun as written ("the company")
 * @param at the sentence it opens, if known
 * @param sentences the article's sentences
 * @param kindOf the kind of each entity the article names
 */
function referredBody(
  role: string,
  at: number | undefined,
  sentences: readonly Sentence[],
  kindOf: (name: string) => ActorKind | undefined,
): string | null {
  if (at === undefined) return null;
  const referent = referentBefore(sentences, at, kindOf);
  if (referent === null || referent === 'unresolved' || referent.reference.kind !== 'organisation')
    return null;
  const written = (sentences[at] as Sentence).text.slice(referent.reference.start, referent.reference.end);
  return written.toLowerCase() === role.toLowerCase() ? referent.name : null;
}

/** A body's possessive, then one or two capitalised words: "Kestrel Bank's Vance" (group 1 the person). */
const POSSESSED_NAME = /^\p{Lu}[^"“”,;:]*?['’]s\s(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}\p{Ll}[\p{L}'’-]*)?)$/u;

/**
 * The person a speaker's name written after a body's possessive names ("Kestrel Bank's Vance" → "Vance",
 * whom the surname finds; the possessive and the surname had been read as one name), or the name itself.
 * @param name the name the patterns read, or null
 */
function afterPossessive(name: string | null): string | null {
  if (name === null || !/['’]s\s/u.test(name)) return name;
  return POSSESSED_NAME.exec(name)?.[1] ?? name;
}

/**
 * A body named by its initials before the verb: "the AIU said", "GM said in a statement"; not "wrote",
 * whose quote is as often a title written ('DW wrote "Who Will You Run To?"').
 */
const INITIALS_SAID =
  /(?:^|\s)(?:[Tt]he\s)?(\p{Lu}[\p{Lu}&]{1,7})\s(?:said|says|added|stressed|noted|explained)\b/u;
/**
 * How many sentences back the quote a "he said" inside another's report goes on from may be: the one
 * zyte-dev report of the kind has one sentence between (a caller's threat, then the clerk's recollection).
 */
const RECALLED_WITHIN = 3;
/** "it said", "they added": a body's pronoun. */
const IT_SAID = new RegExp(String.raw`(?:^|\s)(?:[Ii]t|[Tt]hey)\s(?:${SAYING_VERBS}|${TOLD})\b`, 'u');
/** "it said", "it continued" (read as said): a body's or a document's pronoun, not "they", who may be people. */
const IT_ALONE_SAID = new RegExp(String.raw`(?:^|\s)[Ii]t\s(?:${SAYING_VERBS})\b`, 'u');
/**
 * One capitalised word after the verb, then a stop or a comma: "said Angers.", a surname alone; or "of"
 * and what she speaks of, or the body she is of ("said Vance of the union's treasurer": it had been no
 * one's quote). It names only someone the article or the brief knows by that surname.
 */
const SAID_SURNAME = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?=[.,;]|$|\sof\s)`,
  'u',
);
/**
 * Finds direct quotes and who said them: a name after "said"/"told", a name before "said", a
 * pronoun resolved to the person last introduced, or "according to a ministry statement".
 * @param article the source
 * @param sentences its sentences
 * @param registry the people introduced so far in the brief, filled as sentences are read
 * @param cues the sentences' cues, when already read (see {@link findQuoteCues})
 * @param kindOf the kind of each entity the article names, by its name or a form of it (`actorKindOf`
 *   over its entities): whether a name with no body's word that issued a statement is an organisation's
 * @returns the quotes, in text order
 */
export function findQuotes(
  article: Article,
  sentences: readonly Sentence[],
  registry: PeopleRegistry,
  cues: readonly QuoteCue[] = findQuoteCues(sentences, article.text),
  kindOf: (name: string) => ActorKind | undefined = () => undefined,
): Quote[] {
  const quotes: Quote[] = [];
  const people = new ArticlePeople(registry, article.text);
  let lastPerson: Person | null = null;
  let lastPersonAt = 0;
  // the sentences that introduced someone titled, for the pronoun fallback
  const introduced = new Set<number>();
  // the last quote's sentence and speaker, for a quotation that goes on in the next sentence
  // (unnamed: a speaker named by a role alone, "a nurse", whom only a "she said" right after means)
  // (document: the quote is a document's, "the statement read", or goes on with one)
  // (statement: the quote is of a document, or its sentence says it was issued in one: "said in a statement")
  let previous: {
    sentence: number;
    speaker: Person;
    unnamed: boolean;
    document: boolean;
    statement: boolean;
  } | null = null;
  // whether the sentences from the last quote's to `first` hold only quotes: what goes on with it
  const onlyQuotesSince = (last: number, first: number): boolean => {
    let between = last + 1;
    while (between < first && quoteSentences.has(between)) between++;
    return between === first;
  };
  // the people this article introduced, latest last: whom "the minister said" means
  const here: Person[] = [];
  // the person a sentence named for a "she said" right after it only (QuoteCue.near)
  let near: { sentence: number; person: Person } | null = null;
  // the speakers this article names by a given name alone ("Tobin said"; see givenAlone)
  const givenOnly = new Set<string>();
  // the sentences that hold a quote, which a "he said" does not look past for its subject
  const quoteSentences = new Set(cues.filter((c) => c.parts.length > 0).map((c) => c.sentence));
  const addedPerson = (p: Person | null): Person | undefined => (p ? people.add(p) : undefined);
  // "Rask said the quay would reopen in April.", "The silt, Rask said, is …": the person a sentence with
  // no quotation reports, by a surname the article wrote whole before, or the full name it opens with
  const reportedAt = (j: number): Person | undefined => {
    if (j < 0 || quoteSentences.has(j)) return undefined;
    const s = sentences[j] as Sentence;
    const words = reporterWords(s.text);
    if (words.length === 0) return undefined;
    const opening = subjectName(s.text);
    return (
      people.bySurname(words, s) ??
      // "Following talk of a sale, chief executive Mara Holt denied the reports.": the full name may be
      // the reporting sentence's own (no one the cues introduced: the role after a clause is read by none)
      fullNameOf(fullNameBefore(article.text, { ...s, start: s.end }, words), people) ??
      (opening && words.includes(surname(opening)) ? people.add({ name: opening, role: null }) : undefined) ??
      // "Ana Ruiz, the port's director, denied it.": the subject set off from the verb by its role
      addedPerson(apposedReporter(s.text))
    );
  };
  for (const cue of cues) {
    if (cue.near) near = { sentence: cue.sentence, person: cue.near };
    for (const p of cue.people) {
      const s = sentences[cue.sentence] as Sentence;
      // "Kestrel Bank's Vance said" after "Tomas Vance, an analyst at Kestrel Bank, said …": a surname
      // under a body's possessive is the person introduced before, with the fuller role given there
      const before =
        p.role !== null && POSSESSIVE_ALONE.test(p.role) && !p.name.includes(' ')
          ? people.bySurname([p.name], s)
          : undefined;
      lastPerson =
        before?.role && ownerNamed(p.role as string, before.role)
          ? before
          : people.add(withFullName(p, article.text, s));
      lastPersonAt = cue.sentence;
      here.push(lastPerson);
    }
    if (cue.people.length > 0) introduced.add(cue.sentence);
    if (cue.parts.length === 0) continue;
    let speaker: Person | null = null;
    let unnamed: Person | null = null;
    if (cue.named) {
      // "Ms Ruiz said": the title is no part of the name; the surname finds the person introduced
      const words = cue.named.split(' ');
      const bare = words.slice(leadingTitles(words)).join(' ');
      // "Ms Persson said" after "Deputy Director … Eva-Marie Persson took the decision": a title and a
      // surname alone, the full name written earlier in the article
      const full =
        bare && bare !== cue.named && !bare.includes(' ')
          ? fullNameBefore(article.text, sentences[cue.from ?? cue.sentence] as Sentence, [bare])
          : null;
      const s = sentences[cue.sentence] as Sentence;
      speaker =
        people.resolve(cue.named, s) ??
        (bare ? people.resolve(bare, s) : undefined) ??
        (full
          ? people.add({ name: full, role: null })
          : // "said Patrick McHugh, vice president …", then "Mr. McHugh said": a full name a given name
            // opens, named only as a quote's speaker, is someone the article introduced
            bare === cue.named && bare.includes(' ') && isGivenName(words[0] as string)
            ? people.add({ name: cue.named, role: null })
            : { name: cue.named, role: null });
    } else {
      const s = sentences[cue.sentence] as Sentence;
      const bySurname =
        people.bySurname(cue.beforeSaid, s) ??
        (cue.afterSaid ? people.bySurname([cue.afterSaid], s) : undefined);
      // "Marta Oyelaran has conceded. '…,' she told supporters": the name that opens the sentence
      // before, when no one titled was introduced there
      const at = (cue.from ?? cue.sentence) - 1;
      // "Pryce said she was confident … '…,' she said": a surname alone opening the sentence before
      const surnamePerson = (word: string, j: number): Person | undefined =>
        people.bySurname([word], sentences[j] as Sentence) ??
        fullNameOf(fullNameBefore(article.text, sentences[j] as Sentence, [word]), people);
      const subjectAt =
        cue.pronoun && !bySurname
          ? subjectBefore(sentences, at, introduced, surnamePerson, quoteSentences)
          : at;
      const subject =
        cue.pronoun && subjectAt >= 0 && !introduced.has(subjectAt)
          ? subjectName((sentences[subjectAt] as Sentence).text)
          : null;
      const surname =
        !bySurname && subject === null && cue.pronoun && subjectAt >= 0 && !introduced.has(subjectAt)
          ? surnameSaid((sentences[subjectAt] as Sentence).text)
          : null;
      const bySubjectSurname = surname ? surnamePerson(surname, subjectAt) : undefined;
      // the person the sentence before reports without quoting them, read once when a rule asks
      let reported: Person | undefined | null = null;
      const reportedBefore = (): Person | undefined => {
        if (reported === null) reported = reportedAt(at);
        return reported;
      };
      // "'…,' she said" is no one whose given name is a man's ("Eric Masanet"), nor "he said" a woman's
      // ("Tobin", a speaker this article names by the given name alone, is a man's)
      const fits = (name: string): boolean =>
        cue.gender === undefined ||
        !(givenOnly.has(name)
          ? saysOther(name.slice(name.lastIndexOf(' ') + 1), cue.gender)
          : contradicts(name, cue.gender));
      // "The clerk who took the call recalled that he said, "…"": the one remembered is whom the quotes just
      // before were of, not the subject of the sentence before (a councillor he had threatened); none else
      if (cue.pronoun && cue.inside) {
        const first = cue.from ?? cue.sentence;
        speaker =
          previous !== null &&
          !previous.document &&
          first - previous.sentence <= RECALLED_WITHIN &&
          fits(previous.speaker.name)
            ? previous.speaker
            : null;
      } else if (bySurname) speaker = bySurname;
      else if (
        cue.pronoun &&
        near !== null &&
        nearStill(near.sentence, at, introduced, article.text, sentences) &&
        fits(near.person.name)
      )
        speaker = people.add(near.person);
      // "But Quist cautioned that the square would lose its market. '…,' she said.": the one the
      // sentence right before reports, whom its opening word hid from the subject patterns (a subject
      // further back had been taken: the councillor who opened the debate)
      else if (
        cue.pronoun &&
        (subjectAt !== at || (subject === null && !bySubjectSurname)) &&
        reportedBefore() !== undefined &&
        fits((reportedBefore() as Person).name)
      )
        speaker = reportedBefore() as Person;
      else if (subject && fits(subject)) speaker = people.add({ name: subject, role: null });
      else if (bySubjectSurname && fits(bySubjectSurname.name)) speaker = bySubjectSurname;
      // "Anselm doesn't remember the old pier. '…,' he said.": a given name alone as the subject, no one
      // the article names in full by it, is the speaker as "Anselm said" would name him (see givenAlone)
      else if (
        cue.pronoun &&
        surname !== null &&
        !bySubjectSurname &&
        isGivenName(surname) &&
        !isCommonWord(surname.toLowerCase()) &&
        !saysOther(surname, cue.gender as Gender)
      ) {
        speaker = people.add({ name: titledGiven(article.text, surname) ?? surname, role: null });
        givenOnly.add(speaker.name);
      }
      // '… "three or four times as long", a nurse said. "It's like working in the 1980s," she said.':
      // the speaker of the quote right before, named by a role alone, not the last person named
      else if (cue.pronoun && previous?.unnamed && previous.sentence === at) speaker = previous.speaker;
      // '"…," Williams said. "…," she said.': the person the quote right before is of, found by a name the
      // article wrote ("Jennifer Williams"), though introduced with no role
      else if (
        cue.pronoun &&
        previous !== null &&
        previous.sentence === at &&
        registry.get(previous.speaker.name) !== undefined &&
        fits(previous.speaker.name)
      )
        speaker = previous.speaker;
      // not past two headings: a list of teasers ('"…," he added.' under "What Critics Are Saying About
      // …") had given a film critic's words to a congressman named three cards before
      else if (
        cue.pronoun &&
        lastPerson &&
        headingsBetween(sentences, article.text, lastPersonAt, cue.from ?? cue.sentence) < 2
      )
        speaker = fits(lastPerson.name) ? lastPerson : null;
      else if (cue.body) speaker = { name: cue.body, role: null };
      else if (cue.document && !cue.itBody) {
        // '"…," the statement read. "…" / "…," the statement continued.': no issuer named, the document
        // quoted right before goes on, no sentence but quotes between ("Police arrested two men. '…,'
        // the statement said." after a coast guard's statement is no more the coast guard's)
        // ('Norvale Transit Ltd said in a statement: "…"' then '"…," the statement added.' too)
        const first = cue.from ?? cue.sentence;
        if (
          previous?.statement &&
          first - previous.sentence <= MAX_OPEN &&
          onlyQuotesSince(previous.sentence, first)
        )
          speaker = previous.speaker;
        // "Norvale Tramways Ltd issued a statement on Monday. The statement, seen by the Gazette, claimed
        // … '…,' the statement continued.": no quote of it before, the body that issued it earlier
        if (speaker === null && cue.issuedEarlier)
          speaker = issuingBody(cue.issuedEarlier, cue, article, sentences, kindOf);
      } else if (
        cue.it &&
        !cue.itBody &&
        previous?.statement &&
        (cue.from ?? cue.sentence) - previous.sentence <= MAX_OPEN &&
        onlyQuotesSince(previous.sentence, cue.from ?? cue.sentence)
      )
        // '"…," the statement read.' then '"…," it continued.': the statement quoted right before goes on
        speaker = previous.speaker;
      else if (cue.itBody) {
        speaker = issuingBody(cue.itBody, cue, article, sentences, kindOf, cue.bodyAt);
      } else if (cue.according) speaker = { name: cue.according, role: null };
      else if (
        cue.beforeSaid.length === 0 &&
        previous !== null &&
        followsQuote(article.text, previous.sentence, cue, sentences)
      )
        // '"We are deeply sorry," said Chief Executive Henrik Dahl. "We will not restart production."':
        // a sentence all quotation right after a quote, in its paragraph or opening the next, goes on
        // with that speaker
        speaker = previous.speaker;
      else {
        // "'…,' Keane told supporters": a surname alone, the full name written earlier in the article; after
        // the verb the same ("'…,' added Quist, who led the survey." after "said marine biologist Ada Quist")
        const surnameWords =
          cue.beforeSaid.length === 0 && cue.afterSaid !== undefined ? [cue.afterSaid] : cue.beforeSaid;
        const full = fullNameBefore(article.text, sentences[cue.sentence] as Sentence, surnameWords);
        const body = full
          ? null
          : bodyNameBefore(article.text, sentences[cue.sentence] as Sentence, cue.beforeSaid);
        const given = full || body ? null : givenAlone(cue);
        const misspelt = full || body || given ? null : misspeltSurnameOf(surnameWords, here);
        if (full) speaker = people.add({ name: full, role: null });
        // "'We will appeal,' Northwind said" after "Northwind Ltd lost its case": the body so named
        else if (body) speaker = { name: body, role: null };
        // "'…,' Mirela said" where the article never wrote a full name opening with "Mirela": the given
        // name as written, no one of another source (a baker's words had gone to a governor of that name)
        else if (given) {
          // "Prince Anselm" written in the article, then "Anselm said": the titled form is the speaker
          speaker = people.add({ name: titledGiven(article.text, given) ?? given, role: null });
          givenOnly.add(speaker.name);
        } else if (misspelt)
          // '"…," said Clemens.' after "Tomas Clement, the harbour master": the copy's slip, no one else
          speaker = misspelt;
        else if (!cue.unnamed && standsAlone(cue, sentences) && reportedBefore())
          // "Rask said the quay would reopen in April." then '"Two dredgers are on their way."', no
          // attribution of its own: the words of the one the sentence right before reports
          speaker = reportedBefore() as Person;
        else if (cue.unnamed) {
          const s = sentences[cue.from ?? cue.sentence] as Sentence;
          const head = UNNAMED_HEAD.exec(cue.unnamed)?.[1] ?? '';
          // "the minister said" is someone the article named; "a spokesman said" is no one known
          const definite = DEFINITE.test(cue.unnamed);
          // "said a Port Avel parts supplier": one who does something, unnamed (`unnamedSpeaker`)
          if (isSpeakerNoun(head) || cue.unnamedWho || (!definite && isAgentNoun(head))) {
            // "the physicians stated": a plural is a group, no one person the article named
            const titled =
              definite && pluralOf(head) === null
                ? (roleHolder(head, here) ?? titledBefore(head, article.text, s.start))
                : null;
            if (!titled) unnamed = unnamedPerson(cue.unnamed);
            speaker = titled ? people.add(titled) : unnamed;
          } else {
            // "In a statement on the Halvard website, the company said": the body whose document the
            // sentence opens with, when the article's entities tell it an organisation
            // ("Halvard Buses Ltd" when the article writes it so)
            const owner = openingDocumentOwner(s.text, cue.unnamed);
            const body =
              owner !== null && kindOf(owner) === 'organisation'
                ? (withLegalForm(owner, article.text) ?? owner)
                : bodySpeaker(cue.unnamed, article, s.start);
            if (body) speaker = { name: body, role: null };
          }
        }
      }
    }
    if (speaker === null) continue;
    // a speaker named by a role alone stays so for the quote after the next: "'…,' he said at the time.
    // '…,' he said then." had given the second to the last person named, a former editor quoted before
    const carried = previous as {
      speaker: Person;
      unnamed: boolean;
      document: boolean;
      statement: boolean;
    } | null;
    const roleOnly: boolean =
      speaker === unnamed || (carried?.unnamed === true && speaker === carried.speaker);
    const ofDocument: boolean =
      cue.document === true || (carried?.document === true && speaker === carried.speaker);
    const ofStatement: boolean =
      ofDocument ||
      cue.inDocument === true ||
      (carried?.statement === true && speaker.name === carried.speaker.name);
    previous = {
      sentence: cue.sentence,
      speaker,
      unnamed: roleOnly,
      document: ofDocument,
      statement: ofStatement,
    };
    if (speaker.role !== null && speaker.name.includes(' ')) {
      lastPerson = speaker;
      lastPersonAt = cue.sentence;
    }
    // the speaker's words, the phrases the writer quotes aside: none, no quote
    // and a verdict of a role alone ('a spokesman called it "…"'): no one's to weigh
    const said = cue.parts.filter(
      (p) => !cue.phrases?.includes(p) && !(speaker === unnamed && cue.verdicts?.includes(p)),
    );
    if (said.length === 0) continue;
    const s = sentences[cue.to ?? cue.sentence] as Sentence;
    const first = sentences[cue.from ?? cue.sentence] as Sentence;
    quotes.push({
      text: said.join(' … '),
      speaker: speaker.name,
      role: speaker.role === null ? null : roleWithoutDanglingEnd(speaker.role),
      sourceId: article.id,
      citations: [cite(article, first.start, s.end)],
    });
  }
  return quotes;
}

/**
 * Whether a role is a body's possessive alone whose body a fuller role names ("Kestrel Bank's" beside
 * "analyst at Kestrel Bank", given before or by another source): the fuller one says what the person
 * does there; a possessive of another body ("Kestrel Bank's" beside "analyst at Corvane Markets") stays.
 * @param role the quote's role
 * @param known the actor's role
 */
function ownerNamed(role: string, known: string): boolean {
  const owner = POSSESSIVE_ALONE.exec(role)?.[1];
  return owner !== undefined && known.length > role.length && known.includes(owner);
}
/** A body's possessive alone: "Kestrel Bank's" (group 1 the body). */
const POSSESSIVE_ALONE = /^(\p{Lu}[^'’]*)['’]s$/u;

/**
 * The given name alone that names a quote's speaker ("Tobin said", "said Tobin."): a whole capitalised
 * word just before or after the verb that is a given name and no everyday word ("Will", "Hope" are read as
 * the words); null for none.
 * @param cue the quote's cue
 */
function givenAlone(cue: QuoteCue): string | null {
  const words = cue.afterSaid ? [...cue.beforeSaid, cue.afterSaid] : cue.beforeSaid;
  for (const w of words)
    if (
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      isGivenName(w) &&
      !isCommonWord(w.toLowerCase()) &&
      // a whole word: "Lewis" of "Okafor-Lewis said" is the tail of a surname
      !words.some((o) => o.length > w.length && o.endsWith(w))
    )
      return w;
  return null;
}

/**
 * The titled form an article writes of a given name alone: a royal or noble title before it and no name
 * after ("Prince Anselm", "Queen Ilse"; `nameTitles` of `data/person-titles.yaml`, as the actors name such
 * a person, see `isNameTitle`), not an office's title before a whole name ("the Minister Omar al-Aziz":
 * "Omar said" is no "Minister Omar"; `pnpm fuzz` found it, a surname opening with a particle in lower
 * case had passed for no name after).
 * @param text the article's text
 * @param given the given name, as a quote's speaker names them
 */
function titledGiven(text: string, given: string): string | null {
  const before = new RegExp(
    String.raw`(?<![\p{L}.])(\p{Lu}\p{L}*)\s${given}\b(?![\p{L}'’-]|\s(?:\p{Lu}|\p{Ll}+[-'’]\p{L}))`,
    'gu',
  );
  for (const m of text.matchAll(before)) {
    const title = m[1] as string;
    if (isNameTitle(title)) return `${title} ${given}`;
  }
  return null;
}

/**
 * How many lines between two sentences read as headings: a line of its own with no stop at its end,
 * before a sentence with one ("What Critics Are Saying About …" over a teaser's text).
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 * @param from the earlier sentence (not counted)
 * @param to the later sentence (not counted)
 */
function headingsBetween(sentences: readonly Sentence[], text: string, from: number, to: number): number {
  let headings = 0;
  for (let i = from + 1; i < to; i++) {
    const s = sentences[i] as Sentence;
    const alone =
      (s.start === 0 || text.charCodeAt(s.start - 1) === 10) &&
      (s.end >= text.length || text.charCodeAt(s.end) === 10);
    // a list's items are such lines too: a heading is the last before prose
    if (alone && !STOPPED.test(s.text) && STOPPED.test((sentences[i + 1] as Sentence).text)) headings++;
  }
  return headings;
}

/**
 * How many lines of their own with no stop at their end a quote's sentence looks past for the sentence
 * that issued it: a video's label and a subheading between a body's statement and its quotation (a
 * zyte-dev page's statement so set apart had gone to no one, its words dropped); more is a page of teasers.
 */
const MOST_LINES_BETWEEN = 2;

/**
 * The prose sentence before a quote's first sentence: the one right before, or the one before up to
 * {@link MOST_LINES_BETWEEN} lines of their own with no stop at their end (a heading, a "Video" label).
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 * @param first the quote's first sentence
 * @returns its index, or -1 for none
 */
function proseBefore(sentences: readonly Sentence[], text: string, first: number): number {
  let at = first - 1;
  for (let skipped = 0; at >= 0 && skipped <= MOST_LINES_BETWEEN; at--, skipped++) {
    const s = sentences[at] as Sentence;
    const alone =
      (s.start === 0 || text.charCodeAt(s.start - 1) === 10) &&
      (s.end >= text.length || text.charCodeAt(s.end) === 10);
    if (!alone || STOPPED.test(s.text)) return at;
  }
  return first - 1;
}

/** The end of a line that closes a sentence: a stop, a colon, or a closing quotation mark or bracket. */
const STOPPED = /[.!?:;…"'”’)\]]\s*$/u;

/**
 * Whether the person a sentence named for a "she said" (QuoteCue.near) is still the one a "she said" in
 * sentence `at` + 1 means: `at` is that sentence, or a later one of its paragraph with no one introduced
 * between ("Her neighbour, Joan Pike, said … The street was empty by noon. '…,' she said.").
 * @param named the sentence that named the person
 * @param at the sentence before the quote's
 * @param introduced the sentences that introduced someone titled
 * @param text the article's text
 * @param sentences the article's sentences
 */
function nearStill(
  named: number,
  at: number,
  introduced: ReadonlySet<number>,
  text: string,
  sentences: readonly Sentence[],
): boolean {
  if (named === at) return true;
  if (named > at) return false;
  for (let k = named + 1; k <= at; k++) if (introduced.has(k)) return false;
  const from = (sentences[named] as Sentence).end;
  return !text.slice(from, (sentences[at] as Sentence).end).includes('\n\n');
}

/**
 * Whether a quote's sentence is all quotation and comes right after the sentence of the quote before:
 * in the same paragraph, or opening the next when that quote ends its paragraph and asks nothing (in an
 * interview, the paragraph after a question quoted is the answer, another's).
 * @param text the article's text
 * @param before the sentence index of the quote before
 * @param cue the quote's cue
 * @param sentences the article's sentences
 */
function followsQuote(text: string, before: number, cue: QuoteCue, sentences: readonly Sentence[]): boolean {
  const first = cue.from ?? cue.sentence;
  // '"…," said Norwegian president Brannock, "…"': a surname after the verb names someone else, known or not
  if (first !== before + 1 || cue.pronoun || cue.according !== null || cue.afterSaid !== undefined)
    return false;
  const opening = sentences[first] as Sentence;
  return (
    isAllQuotation(cue, sentences) &&
    (!text.slice((sentences[before] as Sentence).end, opening.start).includes('\n\n') ||
      !ASKS.test((sentences[before] as Sentence).text))
  );
}

/**
 * Whether a quote has no attribution of its own and its sentences are all quotation ('"Two dredgers are
 * on their way."'): no name, pronoun, role, body or document beside it.
 * @param cue the quote's cue
 * @param sentences the article's sentences
 */
function standsAlone(cue: QuoteCue, sentences: readonly Sentence[]): boolean {
  if (
    cue.named !== null ||
    cue.beforeSaid.length > 0 ||
    cue.pronoun ||
    cue.according !== null ||
    cue.afterSaid !== undefined ||
    cue.body !== undefined ||
    cue.itBody !== undefined ||
    cue.document === true
  )
    return false;
  return isAllQuotation(cue, sentences);
}

/**
 * Whether a quote's sentences are all quotation: the first opens on a quotation mark and the last ends
 * on one, a closing bracket right after it at most ('"Two dredgers are on their way."').
 * @param cue the quote's cue
 * @param sentences the article's sentences
 */
function isAllQuotation(cue: QuoteCue, sentences: readonly Sentence[]): boolean {
  return (
    /^["“'‘]/.test((sentences[cue.from ?? cue.sentence] as Sentence).text) &&
    /["”'’][)\]]?$/.test((sentences[cue.sentence] as Sentence).text.trimEnd())
  );
}

/** A question quoted: a question mark closing a quotation. */
const ASKS = /\?["”'’]/u;

/** Whether a given name is of the other gender's only than `gender`. */
function saysOther(given: string, gender: Gender): boolean {
  const said = givenNameGender(given);
  return said !== null && said !== gender;
}

/**
 * Whether a person's name says the other gender than `gender`: its given name, after any titles, is one
 * of the other's only ("Eric Masanet" for a "she said"); a surname alone or a name of both says none.
 * @param name a person's name
 * @param gender the gender of the pronoun that would mean them
 */
function contradicts(name: string, gender: Gender): boolean {
  const words = name.split(' ');
  const from = leadingTitles(words);
  if (words.length - from < 2) return false;
  return saysOther(words[from] as string, gender);
}

/**
 * Gives each quote's speaker the person's name and role the actors table knows. A speaker named by a
 * title and surname or the surname alone ("Mr. Trump", "Ruiz") that is no actor's name is the one
 * person actor of that surname (an alias, or the last word of the name): a source that never writes the
 * full name had its quotes under "Mr. Trump" beside an actor "Donald Trump" (two or more such people:
 * left as it is). A name ending on a generation's suffix that lost its stop ("Tobin Rask Jr") is the actor
 * written with it ("Tobin Rask Jr."). A role missing, or the first or the last words only of the actor's ("chief" for "chief
 * economist at Banco Austral", or for "US bank chief" where "the bank chief said" names the speaker),
 * becomes the actor's: a role stated once in a source holds for every quote of that person. The actors are found after the quotes (the speakers are among them), so this is a second step.
 * @param quotes the quotes
 * @param actors the brief's actors
 * @returns the quotes, each under its actor's name and with the fuller role where there is one
 */
export function withActorRoles(quotes: readonly Quote[], actors: readonly Actor[]): Quote[] {
  const people = actors.filter((a) => a.kind === 'person');
  const roles = new Map(people.filter((a) => a.role).map((a) => [a.name, a.role as string]));
  const names = new Set(people.map((a) => a.name));
  // surname → the one person actor of it (null for two)
  const bySurname = new Map<string, string | null>();
  const add = (key: string, name: string) => {
    const had = bySurname.get(key);
    bySurname.set(key, had === undefined || had === name ? name : null);
  };
  for (const a of people) {
    if (a.name.includes(' ')) add(surname(a.name), a.name);
    for (const alias of a.aliases) if (!alias.includes(' ')) add(alias, a.name);
  }
  const actorOf = (speaker: string): string => {
    if (names.has(speaker)) return speaker;
    const words = speaker.split(' ');
    // "said Tobin Rask Jr., executive chairman": the quote's name lost the suffix's stop as a sentence's
    if (isGenerationSuffix(words.at(-1) as string) && names.has(`${speaker}.`)) return `${speaker}.`;
    const rest = words.slice(leadingTitles(words));
    return (rest.length === 1 && bySurname.get(rest[0] as string)) || speaker;
  };
  return quotes.map((q) => {
    const speaker = q.speaker === null ? null : actorOf(q.speaker);
    const known = speaker === null ? undefined : roles.get(speaker);
    const fuller =
      known &&
      (q.role === null ||
        (known.length > q.role.length && (known.startsWith(`${q.role} `) || known.endsWith(` ${q.role}`))) ||
        ownerNamed(q.role, known));
    if (speaker === q.speaker) return fuller ? { ...q, role: known } : q;
    return { ...q, speaker, role: fuller ? (known as string) : q.role };
  });
}
