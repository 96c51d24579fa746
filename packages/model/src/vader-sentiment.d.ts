declare module 'vader-sentiment' {
  /** VADER's scores of a text: shares of negative, neutral and positive words, and a compound in [-1, 1]. */
  interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  const vader: { SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores } };
  export default vader;
}
