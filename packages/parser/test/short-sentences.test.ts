import { describe, expect, it } from 'vitest';
import { isShortSentence } from '../src/text/short-sentences.js';

describe('isShortSentence', () => {
  it('takes a line that ends a sentence on a letter', () => {
    for (const line of ['No.', 'Slowly!', 'Really?', '“Fine.”', 'Nie wieder!', 'Zukunft. '])
      expect(isShortSentence(line), line).toBe(true);
  });

  it('leaves labels, ellipses and numbers alone', () => {
    for (const line of ['Advertisement', 'Share', 'More…', 'Loading...', '3.', 'Photo:'])
      expect(isShortSentence(line), line).toBe(false);
  });
});
