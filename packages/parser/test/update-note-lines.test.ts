import { describe, expect, it } from 'vitest';
import { isUpdateNoteLine } from '../src/text/update-note-lines.js';

describe('isUpdateNoteLine', () => {
  it("tells a post's update note and its date", () => {
    expect(isUpdateNoteLine('Aktualisiert am 14.03.2023.')).toBe(true);
    expect(isUpdateNoteLine('Updated March 14, 2023, 9:12 am')).toBe(true);
    expect(isUpdateNoteLine('Zuletzt aktualisiert: 2. Mai 2021, 10:27')).toBe(true);
    expect(isUpdateNoteLine('Mis à jour le 3 mars 2020 à 10:15')).toBe(true);
    expect(isUpdateNoteLine('Stand: 25.01.2023')).toBe(true);
  });

  it('leaves a dated section heading, a sentence and a note with no date alone', () => {
    expect(isUpdateNoteLine('Update vom 3. April 2023: der neue Fahrplan')).toBe(false);
    expect(isUpdateNoteLine('Die Karte wurde am 3. März 2020 aktualisiert.')).toBe(false);
    expect(isUpdateNoteLine('Updated guidance for walkers')).toBe(false);
    expect(
      isUpdateNoteLine(
        'Updated figures released on 14 March 2023 show that the number of passengers on the island ferry rose by a fifth over the winter months.',
      ),
    ).toBe(false);
  });
});
