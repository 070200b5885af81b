import { UnreadableInputError, type Lang, type UnreadableCode } from '../model/errors.js';
import type { IngestOptions } from './index.js';

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
    fi: 'tiedostoa ei voitu lukea (levyvirhe)',
    en: 'the file could not be read (a disk error)',
  },
  'no-permission': {
    fi: 'ei lukuoikeutta tiedostoon: tarkista käyttöoikeudet',
    en: 'permission denied: you may not read this file',
  },
  'link-loop': {
    fi: 'polku on symbolisten linkkien kehä, joka ei johda mihinkään tiedostoon',
    en: 'the path is a loop of symbolic links that leads to no file',
  },
  'out-of-memory': {
    fi: 'tiedoston lukeminen vei liikaa muistia ja keskeytettiin (vioittunut tai poikkeuksellisen raskas asiakirja)',
    en: 'reading the file ran out of memory and was stopped (a damaged or unusually heavy document)',
  },
  'own-output': {
    fi: 'seloste on kirjoittanut tämän tiedoston itse (raportti), se ei ole tietosuojaseloste: ohitettu',
    en: 'a report that seloste wrote itself, not a notice: skipped',
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

/** The limits a reason can name. */
export type LimitsInForce = IngestOptions;

const MB = 1024 * 1024;
const num = (n: number, lang: Lang) => {
  const s = String(n >= 10 ? Math.round(n) : Number(n.toPrecision(2)));
  return lang === 'fi' ? s.replace('.', ',') : s;
};

/**
 * A limit's reason with the limit in force and how to raise it: "too large" names the
 * size, the limit and --max-file-size; "too many pages" --max-pages; "took too long"
 * --timeout; a DOCX that unpacks too large the config keys. Other errors pass unchanged.
 */
export function withLimits(err: UnreadableInputError, limits: LimitsInForce, size = err.size): UnreadableInputError {
  const r = REASONS[err.code];
  if (err.reason !== r) return err; // already said with its limit
  let reason: Record<Lang, string> | undefined;
  if (err.code === 'too-large' && limits.maxBytes !== undefined) {
    const mb = (l: Lang) => num(limits.maxBytes! / MB, l);
    const sz = (l: Lang) => (size !== undefined ? `${num(size / MB, l)} ${l === 'fi' ? 'Mt' : 'MB'}; ` : '');
    reason = {
      fi: `tiedosto on liian suuri tarkistettavaksi (${sz('fi')}raja ${mb('fi')} Mt): tietosuojaseloste on yleensä alle megatavun; rajaa voi nostaa valitsimella --max-file-size <Mt>`,
      en: `the file is too large to check (${sz('en')}the limit is ${mb('en')} MB); a privacy notice is usually well under 1 MB; raise the limit with --max-file-size <MB>`,
    };
  } else if (err.code === 'pdf-too-many-pages' && limits.maxPages !== undefined) {
    reason = {
      fi: `${r.fi} (raja ${limits.maxPages} sivua); rajaa voi nostaa valitsimella --max-pages <n>`,
      en: `${r.en} (the limit is ${limits.maxPages} pages); raise it with --max-pages <n>`,
    };
  } else if (err.code === 'timeout' && limits.timeoutMs) {
    const s = (l: Lang) => {
      const t = String(Math.round(limits.timeoutMs!) / 1000);
      return l === 'fi' ? t.replace('.', ',') : t;
    };
    reason = {
      fi: `tiedoston lukeminen kesti yli ${s('fi')} s ja keskeytettiin; rajaa voi nostaa valitsimella --timeout <s> (0: ei rajaa)`,
      en: `reading the file took longer than ${s('en')} s and was stopped; raise the limit with --timeout <seconds> (0: none)`,
    };
  } else if (err.code === 'docx-too-large' && limits.maxDocxUncompressedBytes !== undefined) {
    const mb = num(limits.maxDocxUncompressedBytes / MB, 'en');
    const entries = limits.maxDocxEntries ?? 5000;
    reason = {
      fi: `${r.fi} (raja ${mb.replace('.', ',')} Mt ja ${entries} osaa; asetukset limits.maxDocxUncompressedMB ja limits.maxDocxEntries)`,
      en: `${r.en} (the limits are ${mb} MB and ${entries} entries; config limits.maxDocxUncompressedMB and limits.maxDocxEntries)`,
    };
  }
  return reason ? new UnreadableInputError(err.code, reason, { cause: err.cause }) : err;
}

/** The reason for an error of the file system when opening or reading a file. */
export function fsReason(err: unknown): UnreadableInputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return unreadable('not-found', err);
  if (code === 'EISDIR') return unreadable('not-a-file', err);
  if (code === 'ELOOP') return unreadable('link-loop', err);
  if (code === 'EACCES' || code === 'EPERM') return unreadable('no-permission', err);
  if (code === 'ENAMETOOLONG') {
    return new UnreadableInputError(
      'not-found',
      { fi: 'polku on liian pitkä', en: 'the path is too long' },
      { cause: err },
    );
  }
  if (code && code !== 'EIO') {
    return new UnreadableInputError(
      'read-error',
      { fi: `tiedostoa ei voitu lukea (${code})`, en: `the file could not be read (${code})` },
      { cause: err },
    );
  }
  return unreadable('read-error', err);
}

/**
 * Ingest warnings are made in English (src/ingest); the user reads them in their
 * language. Each pattern is one warning of src/ingest/index.ts or text.ts.
 */
const WARNINGS: [RegExp, (m: RegExpExecArray) => string][] = [
  [
    /^dropped (\d+) NUL bytes? from the text$/,
    (m) => `tekstistä poistettiin ${m[1]} NUL-tavu${m[1] === '1' ? '' : 'a'}`,
  ],
  [
    /^(\d+) bytes? (?:was|were) not valid UTF-8 and (?:was|were) replaced with �$/,
    (m) => `${m[1]} tavu${m[1] === '1' ? ' ei ollut' : 'a ei ollut'} kelvollista UTF-8:aa ja korvattiin merkillä �`,
  ],
  [
    /^not UTF-8 as a whole: read as Windows-1252$/,
    () => 'teksti ei ole kokonaisuutena UTF-8:aa: luettiin Windows-1252-merkistönä',
  ],
  [
    /^extension (\S+) but the bytes are (.+): read as (\w+)$/,
    (m) => `tiedostopääte on ${m[1]}, mutta sisältö on ${FORMAT_FI[m[2]] ?? m[2]}: luettiin muodossa ${m[3]}`,
  ],
];
const FORMAT_FI: Record<string, string> = {
  'a PDF': 'PDF',
  'a Word document': 'Word-asiakirja',
  HTML: 'HTML:ää',
  Markdown: 'Markdownia',
  text: 'tekstiä',
};

export function warningText(warning: string, lang: Lang): string {
  if (lang === 'en') return warning;
  for (const [re, fi] of WARNINGS) {
    const m = re.exec(warning);
    if (m) return fi(m);
  }
  return warning;
}
