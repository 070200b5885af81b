import { UnreadableInputError, type Lang, type UnreadableCode } from '../model/errors.js';

/**
 * One plain-language sentence per code, Finnish first: the people who run seloste
 * mostly publish Finnish notices and read the CLI in Finnish.
 */
export const REASONS: Record<UnreadableCode, Record<Lang, string>> = {
  'not-found': {
    fi: 'tiedostoa ei löydy: tarkista polku',
    en: 'file not found: check the path',
  },
  'not-a-file': {
    fi: 'polku ei ole tavallinen tiedosto (kansio, putki tai laite): anna yksittäinen tiedosto',
    en: 'the path is not a regular file (a directory, pipe or device); give a single file',
  },
  'read-error': {
    fi: 'tiedostoa ei voitu lukea (käyttöoikeudet tai levyvirhe)',
    en: 'the file could not be read (permissions or a disk error)',
  },
  empty: {
    fi: 'tiedosto on tyhjä',
    en: 'empty file',
  },
  'too-large': {
    fi: 'tiedosto on liian suuri tarkistettavaksi: tietosuojaseloste on yleensä alle megatavun',
    en: 'the file is too large to check; a privacy notice is usually well under 1 MB',
  },
  'no-text': {
    fi: 'tiedostosta ei löytynyt tekstiä',
    en: 'no text found in the file',
  },
  binary: {
    fi: 'tuntematon binääritiedosto, ei tietosuojaseloste: anna PDF-, DOCX-, HTML-, Markdown- tai tekstitiedosto',
    en: 'unknown binary file, not a notice; give a PDF, DOCX, HTML, Markdown or text file',
  },
  'doc-binary': {
    fi: 'vanhaa Word-muotoa (.doc) ei tueta: tallenna asiakirja .docx-muodossa',
    en: 'old Word .doc is not supported: save it as .docx',
  },
  rtf: {
    fi: 'RTF-muotoa ei tueta: tallenna asiakirja .docx- tai PDF-muodossa',
    en: 'RTF is not supported: save the document as .docx or PDF',
  },
  'zip-not-docx': {
    fi: 'ZIP-paketti, joka ei ole Word-asiakirja (.docx): anna itse seloste',
    en: 'a ZIP archive that is not a Word document (.docx); give the notice itself',
  },
  'docx-damaged': {
    fi: 'Word-asiakirja on vioittunut tai katkennut: tallenna se uudelleen Wordissa',
    en: 'damaged Word document (the file is truncated or corrupt); save it again from Word',
  },
  'docx-too-large': {
    fi: 'Word-asiakirja purkautuu epätavallisen suureksi (mahdollinen ZIP-pommi), joten sitä ei avata',
    en: 'the Word document unpacks to an unusual size (possible zip bomb), so it is not opened',
  },
  'pdf-encrypted': {
    fi: 'PDF on salasanasuojattu: poista suojaus tai anna suojaamaton versio',
    en: 'password-protected PDF: remove the password or give an unprotected copy',
  },
  'pdf-damaged': {
    fi: 'PDF on vioittunut (tiedosto on katkennut tai rikki)',
    en: 'damaged PDF (the file is truncated or corrupt)',
  },
  'pdf-no-text': {
    fi: 'PDF:ssä ei ole tekstikerrosta (skannattu kuva?): aja ensin tekstintunnistus (OCR)',
    en: 'no text layer (scanned image?) — run OCR first',
  },
  'pdf-too-many-pages': {
    fi: 'PDF:ssä on liikaa sivuja tietosuojaselosteeksi',
    en: 'the PDF has too many pages for a privacy notice',
  },
  timeout: {
    fi: 'tiedoston lukeminen kesti liian kauan ja keskeytettiin',
    en: 'reading the file took too long and was stopped',
  },
};

export function unreadable(code: UnreadableCode, cause?: unknown): UnreadableInputError {
  return new UnreadableInputError(code, REASONS[code], cause === undefined ? undefined : { cause });
}
