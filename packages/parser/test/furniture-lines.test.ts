import { describe, expect, it } from 'vitest';
import { isNamedBioLabel } from '../src/text/bio-lines.js';
import { bylineLineAuthors, isBylineLine } from '../src/text/byline-lines.js';
import { isCommentForm, isCommentHeader } from '../src/text/comment-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { closesOnCreditLabel, isCreditLine } from '../src/text/credit-lines.js';
import { isFurnitureLine, isRecipeHeading } from '../src/text/furniture-lines.js';
import { isNoticeLine, isPostFooter } from '../src/text/notice-lines.js';
import { isTagLabel, isTrailLabel } from '../src/text/opening-labels.js';
import { furnitureMatcher } from '../src/text/phrase-matcher.js';
import { isFollowCall, isSignOffLine } from '../src/text/sign-off-lines.js';

describe('furniture lines (data/furniture-phrases.yaml)', () => {
  it('tells a link back to the list or the page top, and a share button in Polish, from a sentence', () => {
    expect(
      [
        'Back to top',
        '↑ Back to top',
        'Zurück zur Übersicht',
        'Zurück zur Liste',
        'Retour à la liste',
        'Powrót do listy',
        'Podziel się',
        'Back to the drawing board for the council',
        'Zurück zur Normalität nach dem Sturm',
        'The ferry is back to its old timetable.',
        'Podzielił się z nami swoją historią.',
      ].map((t) => isFurnitureLine(t)),
    ).toEqual([true, true, true, true, true, true, true, false, false, false, false]);
  });

  it('tells a bio label that names its person (data/bio-phrases.yaml, before-name) from a headline', () => {
    expect(
      [
        'Über Anna Berg',
        'About Jane Doe',
        'À propos de Jeanne Dupont',
        'Nordsee: Neue Fragen über Anna Berg',
        'Über den Deutschen Verband',
        'About Us',
        'About the Author',
      ].map((t) => isNamedBioLabel(t)),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  it('tells a comment form’s heading by its opening words, however the spaces run', () => {
    expect(
      [
        'Leave a Reply',
        'Leave  a\tReply',
        ' Leave a Reply ',
        'Schreibe einen Kommentar',
        '12 thoughts on “A Title Long Enough To Count Many More Words Than Eight”',
        '28 May 2015 admin Leave a comment',
        'The minister said we should leave a reply',
      ].map((t) => isCommentForm(t)),
    ).toEqual([true, true, true, true, true, false, false]);
  });

  it('tells a byline standing alone (data/byline-words.yaml) from a credit, a menu item or a sentence', () => {
    expect(
      [
        'By Jane Roe',
        'von Andreas Beispiel',
        'Written by Jane Roe and John Doe',
        'By Luke Roe 11 February 2020',
        'Par Jeanne Dupont',
        'Veröffentlicht am 17. Dezember 2019 von Jane Roe',
        'Powered by WordPress',
        'Posted 4 May 2020 by Jane Roe on 5 May',
        'Themen von A-Z',
        'By the river the town grew.',
        'by data processors.',
        'Jane Roe',
      ].map((t) => isBylineLine(t)),
    ).toEqual([true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  it('tells a sign-off line (data/sign-off-phrases.yaml) from the article’s own last sentences', () => {
    expect(
      [
        'Get the latest news straight to your phone with our app.',
        'Advertising disclosure: we may receive compensation for some of the links in our stories.',
        'Immer aktuell informiert über Sparmöglichkeiten: jetzt den Newsletter bestellen.',
        'We welcome reader comments on the top stories of the day.',
        'Unterstütze das Hafenblatt schon mit drei Euro im Monat!',
        // 55 words: a pitch runs to three sentences
        'If you enjoyed this story, we have an offer for you: join the Friends of the Courier. Friends read every story and the weekly magazine with no paywall, meet our reporters at two evenings a year and help to pay for the court and council reporting that no other paper in the county still does.',
        'The latest news from the front was grim, the minister said.',
        'Die Ministerin wurde am Montag über den Stand der Gespräche informiert.',
        'Die Länder unterstützen den Plan des Hafens.',
      ].map((t) => isSignOffLine(t)),
    ).toEqual([true, true, true, true, true, true, false, false, false]);
  });

  it('tells a call to follow someone named on a social network (data/follow-calls.yaml) from a sentence', () => {
    expect(
      [
        'Follow The Kelbridge Courier on Twitter and Instagram @kelcourier.',
        'Folgen Sie der Zeitung auf Facebook, Instagram und Twitter.',
        'Obserwuj Portal Rolny na Twitterze',
        'Follow these steps shared on Twitter to report a scam.',
        'Follow the river on foot for two hours to reach the falls.',
        'The minister will follow Ms Roe on Twitter, her office said.',
      ].map((t) => isFollowCall(t)),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('tells the line a blog prints under a post (data/notice-phrases.yaml, post) from a sentence', () => {
    expect(
      [
        'This entry was posted in Vegetables and tagged tomatoes, watering. Bookmark the permalink.',
        'Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin von Jane Doe. Permanentlink.',
        'Abgelegt unter Blogprojekte, Das Leben | Hinterlasse einen Kommentar',
        'The study was posted in March and has been read widely since.',
        'Die Studie wurde im Mai veröffentlicht und unter Fachleuten viel gelesen.',
        'Die Akten des Verfahrens wurden abgelegt unter dem Zeichen des Amtes.',
      ].map((t) => isPostFooter(t)),
    ).toEqual([true, true, true, false, false, false]);
  });

  it("tells the label of a post's tag list (data/tag-labels.yaml) where it opens the line", () => {
    expect(
      [
        'Tags: Ferries, Islands, Harbour',
        'Filed under',
        'Themen: Fähren Inseln Hafen',
        'Schlagwörter Fähre, Insel, Hafen',
        'The lawsuit was filed under seal on Monday.',
        'Tags are how the site sorts its posts.',
        'Die Themen: Fähren und Inseln',
      ].map((t) => isTagLabel(t)),
    ).toEqual([true, true, true, true, false, false, false]);
  });

  it("tells the label of a site's breadcrumb trail (data/trail-labels.yaml) where it opens the line", () => {
    expect(
      [
        'You are here:',
        'Sie befinden sich hier:',
        'Sie sind hier: Startseite » Hafen',
        'Vous êtes ici : Accueil',
        'Now you are here for good, she said.',
        'Sie sind hierher gezogen, weil die Fähre fährt.',
      ].map((t) => isTrailLabel(t)),
    ).toEqual([true, true, true, true, false, false]);
  });

  it('tells a comment header (data/comment-said-words.yaml) by the date under it', () => {
    expect(
      [
        ['Jane Roe says:', '12 May 2021 at 18:40'],
        ['Max Muster sagt:', '3. November 2023 um 20:14 Uhr'],
        ['Jeanne Dupont a écrit :', '4 mai 2020'],
        ['Our editors say:', 'A solid tool for the price.'],
        ['Jane Roe says:', 'I agree with every word of this.'],
        ['The minister said:', 'We will not raise taxes in 2024 or in any year after that one.'],
        ['Jane Roe says', '12 May 2021'],
      ].map(([t, next]) => isCommentHeader(t as string, next)),
    ).toEqual([true, true, true, false, false, false, false]);
  });

  it('tells short calls to act, rights notices and pointers from text', () => {
    expect(
      [
        'Share this article',
        'Jetzt Newsletter abonnieren',
        'Photo: © Agency',
        'Read more: Rivers run low in the south',
        '12 comments',
        'Photo: Ola Berg / Agency',
        'You might also like',
        'The minister declined to comment.',
        'The company shared its figures on Monday.',
        'Die Abonnenten zahlen seit Jahren denselben Preis für die Zeitung, sagte der Verlag am Montag in seinem Bericht.',
      ].map((t) => isFurnitureLine(t)),
    ).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  it('tells site notices however well they read, up to 80 words', () => {
    const notice = 'Diese Website verwendet Cookies. Wenn Sie weiter lesen, stimmen Sie der Verwendung zu.';
    const article = `The court ruled that a site which uses cookies must ask first. ${'The judges said so. '.repeat(20)}`;
    expect(
      [notice, 'Read our privacy policy', article].map((t) => isNoticeLine(t.toLowerCase(), wordsIn(t))),
    ).toEqual([true, true, false]);
  });

  it('tells the consent a sign-up form asks for (data/notice-phrases.yaml, consent), not news on data', () => {
    const consent =
      'I consent to the processing of my e-mail address for the newsletter, which I can withdraw at any time.';
    const controller =
      'Administratorem danych jest wydawca portalu. Dane są przetwarzane w celu wysyłki newslettera.';
    const german = 'Mit der Anmeldung stimme ich der Nutzung meiner E-Mail-Adresse für den Newsletter zu.';
    const news =
      'The regulator fined the bank because it had kept the personal data of its customers for too long.';
    const mine = 'Ein Dienst zeigte mir, dass ein Shop meine E-Mail-Adresse nebst Passwort verloren hatte.';
    expect(
      [consent, controller, german, news, mine].map((t) => isNoticeLine(t.toLowerCase(), wordsIn(t))),
    ).toEqual([true, true, true, false, false]);
  });

  it('tells photo credits by a credit label or a photo agency', () => {
    expect(
      ['Jan Vik / AFP via Getty Images', 'Courtesy of the Port Authority', 'The agency said on Monday'].map(
        (t) => isCreditLine(t),
      ),
    ).toEqual([true, true, false]);
  });

  it('tells a credit label with the space French sets before its colon, or one that names the credit', () => {
    expect(
      [
        'Crédits photos : Agence Nord',
        'Crédit photo : Jeanne Dupont',
        'Photo credit: Jane Roe',
        'Bildnachweis: Max Muster',
        'Fotonachweis Stadtarchiv',
        'Der Nachweis gelang der Polizei am Montag',
      ].map((t) => isCreditLine(t)),
    ).toEqual([true, true, true, true, true, false]);
  });

  it('tells a caption of any length by the labelled credit after its last stop, not by a source or an agency alone', () => {
    const long = `${'The module holds the crew quarters, a gym, a galley and the stores, '.repeat(6)}all seen from above.`;
    expect(
      [
        `${long} Credit: Space Agency`,
        'A model of the ship at the open day. (Photos by Jane Roe/Agency)',
        'Die Halle am Abend. Foto: Max Muster/Agentur',
        'The ship at dusk. Seen from the pier. Photo: J. Roe/Agency',
        `${long} Credit: Space Agency.`,
        'The minister said so on Monday. (AFP)',
        'The figures come from the ministry. Source: Statistics Office',
        `The crew sleeps. Credit: ${'the engineers who worked on it for years '.repeat(2)}`,
      ].map((t) => closesOnCreditLabel(t)),
    ).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('leaves long lines alone, whatever they mention', () => {
    const long =
      'Readers who share the paper with their neighbours were asked in the survey how often they read it, which pages they open first and what they would miss.';
    expect(isFurnitureLine(long)).toBe(false);
  });

  it('matches a stem (trailing *) at the start of a word and a phrase only as a whole word', () => {
    const m = furnitureMatcher('a: ["abonn*", read more]');
    expect(['abonnieren', 'neuabonnement', 'read more', 'read moreover'].map((t) => m.test(t))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('finds a phrase whose third character is beyond ASCII, and passes over a word of the same first two', () => {
    // the matcher looks a word up only when its first three characters may open a key: a key's third
    // character beyond ASCII ("coñ"), two keys of one pair ("cook", "coll"), a word at the line's end
    const m = furnitureMatcher('a: ["coña*", cookies, "coll*"]');
    expect(
      ['la coña sigue', 'we use cookies', 'collected', 'a cox', 'co', 'cool', 'le coñac'].map((t) =>
        m.test(t),
      ),
    ).toEqual([true, true, true, false, false, false, true]);
    // a key of two characters: every word is looked up as before
    expect(['an ab', 'abc'].map((t) => furnitureMatcher('a: [ab, cookies]').test(t))).toEqual([true, false]);
  });

  it('tells the headings of a recipe card (data/recipe-headings.yaml) from a sentence about them', () => {
    const lines = [
      'Zutaten für 4 Personen',
      'INGREDIENTS',
      'Zubereitung:',
      'Instructions',
      'Alle Zutaten in eine Schüssel geben und gut verrühren.',
      'Ingredients',
    ];
    expect(lines.map((t) => isRecipeHeading(t, 'ingredients'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(lines.map((t) => isRecipeHeading(t, 'method'))).toEqual([false, false, true, true, false, false]);
  });

  it('tells a placeholder of embedded content as furniture', () => {
    expect(
      [
        'Externer Inhalt',
        'Inhalt laden',
        'Click to load the map',
        'Der Inhalt des Berichts ist bekannt.',
        'Karte wird geladen – bitte warten …',
        'Chargement en cours…',
      ].map((t) => isFurnitureLine(t)),
    ).toEqual([true, true, true, false, true, true]);
  });

  it('rejects a file that is not a map of lists of phrases', () => {
    expect(() => furnitureMatcher('- share')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: furniture phrases: expected a map of groups, each a list of phrases]`,
    );
    expect(() => furnitureMatcher('share: [ok, 3]')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: furniture phrases: expected a list of non-empty strings, got ["ok",3]]`,
    );
  });
});

describe('bylineLineAuthors: the names of a byline line in any of its languages', () => {
  it('reads the names after the opening word, split at commas and joining words', () => {
    expect(bylineLineAuthors('von Mirja Holtkamp und Tobias Lenning')?.authors).toEqual([
      'Mirja Holtkamp',
      'Tobias Lenning',
    ]);
    expect(bylineLineAuthors('Por Ana Moreira, Luis Vera |')?.authors).toEqual(['Ana Moreira', 'Luis Vera']);
    expect(bylineLineAuthors('Posted on 12 November 2024 by Ann')?.authors).toEqual(['Ann']);
    expect(bylineLineAuthors('Par Jeanne Dupont 7 mai 2020')?.authors).toEqual(['Jeanne Dupont']);
  });
  it('reads no line that is not one', () => {
    expect(bylineLineAuthors('Von Berlin aus fuhren wir weiter nach Hamburg')).toBeNull();
    expect(bylineLineAuthors('Jane Roe')).toBeNull();
  });
});
