import type { BodyBlock } from '../extraction.js';
import { isRecipeHeading } from './furniture-lines.js';

/** A recipe card under the article: its ingredients and method, and the card's furniture above them. */
export interface RecipeCard {
  /** The line heading the ingredients ("Zutaten", "Ingredients"). */
  ingredients: number;
  /** The line heading the method ("Zubereitung", "Instructions"). */
  method: number;
  /** The method's last line of text. */
  end: number;
}

/** The ingredients' heading stands at most this many lines under the article (the card's title, rating, times). */
const CARD_GAP = 25;
/** The method's heading stands at most this many lines under the ingredients' (one line each, a few groups). */
const MAX_INGREDIENTS = 40;
/**
 * The method weighs at least this (BRIDGE_MIN of bridge-box.ts: two or three steps of prose). With
 * CARD_GAP and MAX_INGREDIENTS (set to hold the cards seen on half A, not tuned), measured on
 * trafilatura-eval text (tp/fp): half A 1299/124 → 1304/125 (three pages' cards; the fp a bio under one),
 * half B 1246/110 unchanged (one card found, its snippets already kept), zyte-dev text unchanged (0.960).
 */
const METHOD_MIN = 35;

/**
 * Finds the recipe card under an article (a post about a dish, then its recipe): a line heading the
 * ingredients at most CARD_GAP lines after the article's last line, a line heading the method at most
 * MAX_INGREDIENTS lines under it (`data/recipe-headings.yaml`), and the method's text right under that,
 * weighing METHOD_MIN or more. The card's ratings, times and buttons cost so much that the article
 * ended before it, and its ingredients, one short line each, read as a menu.
 * @param lines the non-empty lines
 * @param scores their scores (see `scoreLines`)
 * @param words their lengths in words
 * @param last the article's last line
 * @returns the card, or null when none follows the article
 */
export function recipeCard(
  lines: readonly BodyBlock[],
  scores: ArrayLike<number>,
  words: readonly number[],
  last: number,
): RecipeCard | null {
  let ingredients = -1;
  for (let j = last + 1; j < lines.length && j - last <= CARD_GAP && ingredients === -1; j++)
    if (isRecipeHeading((lines[j] as BodyBlock).text, 'ingredients', words[j])) ingredients = j;
  if (ingredients === -1) return null;
  let method = -1;
  for (let j = ingredients + 1; j < lines.length && j - ingredients <= MAX_INGREDIENTS && method === -1; j++)
    if (isRecipeHeading((lines[j] as BodyBlock).text, 'method', words[j])) method = j;
  if (method === -1) return null;
  // the method's text, from its first line with a positive score, kept while its total stays above zero
  let sum = 0;
  let best = { at: -1, score: 0 };
  for (let j = method + 1; j < lines.length; j++) {
    sum += scores[j] as number;
    if (sum <= 0) break;
    if (sum > best.score) best = { at: j, score: sum };
  }
  return best.score >= METHOD_MIN ? { ingredients, method, end: best.at } : null;
}

/** A recipe card over the method the body was taken from, and the post above the card. */
export interface RecipeAbove {
  /** The line heading the ingredients. */
  ingredients: number;
  /** The line heading the method. */
  method: number;
  /** The first and last line of the post about the dish above the card, or -1 when none is. */
  intro: [number, number];
}

/**
 * The method's heading stands at most this many lines over the body (its times: work, baking, rest).
 * Measured on trafilatura-eval text (tp/fp): half A 1304/125 → 1311/125 (1307 with the nearest
 * ingredients heading, not the topmost), half B 1246/110 → 1252/110,
 * zyte-dev text unchanged (0.960), titles found unchanged (`eval:titles`: 0.664 / 0.674).
 */
const METHOD_GAP = 8;

/**
 * Finds a recipe card whose method the body is: a line heading the method at most METHOD_GAP lines
 * over the body's first line, a line heading the ingredients at most MAX_INGREDIENTS lines over that,
 * and the post about the dish above the card — the nearest run of text at most CARD_GAP lines over the
 * ingredients' heading, weighing METHOD_MIN or more — when there is one.
 * @param lines the non-empty lines
 * @param scores their scores (see `scoreLines`)
 * @param words their lengths in words
 * @param first the body's first line
 * @returns the card, or null when the body is no card's method
 */
export function recipeAbove(
  lines: readonly BodyBlock[],
  scores: ArrayLike<number>,
  words: readonly number[],
  first: number,
): RecipeAbove | null {
  let method = -1;
  for (let j = first - 1; j >= 0 && first - j <= METHOD_GAP && method === -1; j--)
    if (isRecipeHeading((lines[j] as BodyBlock).text, 'method', words[j])) method = j;
  if (method === -1) return null;
  let ingredients = -1;
  // the topmost such heading: a card's buttons name the ingredients too ("Zutaten auf die Einkaufsliste")
  for (let j = method - 1; j >= 0 && method - j <= MAX_INGREDIENTS; j--)
    if (isRecipeHeading((lines[j] as BodyBlock).text, 'ingredients', words[j])) ingredients = j;
  if (ingredients === -1) return null;
  // the post above the card: its last line of text, then up while its total stays above zero
  let end = ingredients - 1;
  while (end >= 0 && ingredients - end <= CARD_GAP && (scores[end] as number) <= 0) end--;
  let intro: [number, number] = [-1, -1];
  if (end >= 0 && ingredients - end <= CARD_GAP) {
    let sum = 0;
    let best = { at: -1, score: 0 };
    for (let j = end; j >= 0; j--) {
      sum += scores[j] as number;
      if (sum <= 0) break;
      if (sum > best.score) best = { at: j, score: sum };
    }
    if (best.score >= METHOD_MIN) intro = [best.at, end];
  }
  return { ingredients, method, intro };
}
