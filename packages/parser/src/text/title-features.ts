/**
 * What tells a headline among the lines above a body, in the order of a candidate's `features`; a
 * trained title model (`data/title-model.json`) names them in the same order.
 */
export const TITLE_FEATURES = [
  // the share of its long words that the body's opening uses too: a headline says what the article says
  'echo',
  // how many of its long words the opening uses (up to 4), over 4
  'echoed',
  // the page prints the line more than once (sites print the headline twice)
  'repeated',
  // a dateline stands within 3 lines
  'nearDateline',
  // the first candidate of the window
  'first',
  // lines between it and the body, on a log scale (0: just above, 1: MAX_LOOKBACK lines up)
  'distance',
  // candidates between it and the body, on a log scale, at most 1
  'rank',
  // its words, over 30
  'words',
  // four words or fewer
  'short',
  // two words or fewer
  'few',
  // a separator with spaces around it (" | ", " - "), as in "Headline | Site"
  'separator',
  // ends with a question or exclamation mark
  'asks',
  // the share of its words that start with a capital
  'capitals',
  // beside a run of short lines (three lines or more of three words at most, with it): a menu, or the
  // section label, date and byline around a headline
  'inMenu',
  // written in capitals only, in CAPITAL_LABEL_WORDS words at most: a menu's label (a headline set in
  // capitals by the page's style is longer)
  'allCapitals',
  // a colon inside it ("Coronavirus: New York …")
  'colon',
  // opens with a quotation mark (a pull quote, or a quoted headline)
  'quoted',
  // the share of its words that are numbers
  'numbers',
  // a comma and more than 15 words: a caption or a teaser, more than a headline
  'prose',
  // a call to share, subscribe, sign in…, or a label of page furniture (data/furniture-phrases.yaml)
  'furniture',
  // the first candidate from the top whose long words the opening mostly uses (a headline stands above
  // its dek and its captions, which echo the opening too)
  'firstEcho',
  // the line under it is a sentence of 8 words or more that echoes the opening: a dek under a headline
  // (not under a label of DEK_LABEL_WORDS words or fewer, whose long line under it is most often the
  // headline itself: "US & Canada", "Click to copy URL"; a short line of a label, a colon and its words,
  // "Evolve: Shared Mutable History", is a headline's shape and keeps it, and so does one over a line
  // closing on a full stop, a dek's sentence more often than a headline; nor under a sentence, which
  // stands over the headline as a caption does)
  'dekBelow',
  // the body's first line (the body was taken from the headline on)
  'bodyFirst',
  // credits a picture ("… (Jane Roe/Reuters)", "Photo by …"): a caption
  'credit',
  // a pointer label ("Related Content", "Lesen Sie auch") stands within 2 lines above it: a teaser
  'underPointer',
  // a byline ("By Jane Roe", "Von Max Muster", "Text: …") stands within 3 lines: the headline of a story
  // stands over or under its author's name, a teaser or a label seldom does
  'nearByline',
  // another, longer line of the page holds it whole ("Home » News » Headline", "Headline – Site",
  // "3 comments on Headline"): sites quote the headline in trails, tabs and comment headers
  'quotedElsewhere',
  // ends with a full stop: most such lines are sentences (a caption, a teaser's blurb), some are
  // headlines of two sentences ("Stock Is Falling. Why You Shouldn't Worry.")
  'endsStop',
  // a dateline or a byline within 2 lines under it, above the body: the headline stands right over
  // its author and date
  'markBelow',
  // the line under it, above the body, is a sentence of 8 words or more: a headline over its dek
  'sentenceBelow',
  // two words or fewer, all its long words in the body's opening: the name of a page about one thing
  // ("Composting" over a text on composting), where a label over a date or a byline is a section
  'fewEchoed',
  // its long words (four letters or more, as `echo` counts them), up to 8, over 8: against `words`, a
  // headline is made of content words, where a dek, a caption or a call of as many words holds more
  // short ones ("Was du noch wissen solltest")
  'contentWords',
  // a line of PROSE_BELOW_WORDS words or more stands between it and the body: the headline stands over
  // its dek or lead-in, where the dek itself, or a label or a call right over the body, has none under
  // it ("Why collaborative thinking beats individual smarts" over "An interview with …, author of …")
  'proseBelow',
  // right over another candidate (a date line or a byline between them at most) that has its own date
  // line or byline within 2 lines under it: a kicker over the headline ("Special: Football on TV" over
  // the match's headline over "by Jane Roe"), which `markBelow` and `nearByline` credit with the
  // headline's date and author
  'overHeadline',
] as const;

/** A line above the body that could be the headline. */
export interface TitleCandidate {
  /** Index of the line among the page's lines. */
  index: number;
  /** The line, or the last part of a breadcrumb trail (see `lastCrumb`). */
  text: string;
  /** Its features, in the order of {@link TITLE_FEATURES}. */
  features: number[];
}
