/**
 * The small words inside a person's name, between its capitalised words ("Matthias von Kestrel",
 * "Verónica de Vita", "Ana de la Vega"): the particles of German, Dutch, Romance and Arabic names.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'de',
  'da',
  'del',
  'der',
  'den',
  'di',
  'du',
  'dos',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'zu',
]);
