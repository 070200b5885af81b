/**
 * The Finnish Snowball stems of the concept words of rules/sections.yaml (those compared by
 * stem: no `*`, longer than five letters), so that a notice's words can be compared with them
 * without loading the stemmer (3–4 ms) and running it cold (3–4 ms more) in a one-notice run.
 * A memo of the stemmer, not a second opinion: test/segment/concept-stems.test.ts checks that
 * each word here is a concept word of the catalogue with the stem the stemmer gives it. A
 * concept word that is not here (one added to the catalogue, or another catalogue's) is
 * stemmed as before: the same answer, a few milliseconds slower. Add it here.
 */
export const CONCEPT_STEMS: ReadonlyMap<string, string> = new Map([
  ['access', 'acces'],
  ['automated', 'automated'],
  ['categories', 'categories'],
  ['changes', 'changes'],
  ['complaint', 'complaint'],
  ['consent', 'consent'],
  ['erasure', 'erasur'],
  ['hoitava', 'hoitav'],
  ['jaamme', 'jaam'],
  ['jakaminen', 'jakamin'],
  ['kauanko', 'kauan'],
  ['keiden', 'keide'],
  ['keneen', 'kene'],
  ['kenelle', 'kene'],
  ['keräämme', 'kerä'],
  ['kieltää', 'kielt'],
  ['kuinka', 'kuink'],
  ['käsittelyn', 'käsittely'],
  ['laadittu', 'laaditu'],
  ['legitimate', 'legitimat'],
  ['oikaista', 'oika'],
  ['oikeus', 'oikeus'],
  ['oikeutenne', 'oikeut'],
  ['oikeutesi', 'oikeut'],
  ['personal', 'personal'],
  ['portability', 'portability'],
  ['privacy', 'privacy'],
  ['profiling', 'profiling'],
  ['päivitetty', 'päivitety'],
  ['päivämäärä', 'päivämäär'],
  ['recipients', 'recipients'],
  ['rectification', 'rectificatio'],
  ['rekisterin', 'rekister'],
  ['restriction', 'restrictio'],
  ['retention', 'retentio'],
  ['rights', 'rights'],
  ['security', 'security'],
  ['siirretään', 'siir'],
  ['siirron', 'siiro'],
  ['siirrot', 'siiro'],
  ['siirto', 'siirto'],
  ['siirtäminen', 'siirtämin'],
  ['sources', 'sources'],
  ['updated', 'updated'],
  ['vastaava', 'vastaav'],
  ['voivat', 'voiva'],
]);
