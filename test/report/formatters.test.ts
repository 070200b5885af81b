/**
 * The CI formats (SARIF, JUnit, GitHub annotations) and the HTML report, as pure
 * functions on lint results of the seeds: what a code-scanning upload, a CI test
 * view or a workflow log would accept and show.
 */
import { DOMParser } from '@xmldom/xmldom';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEVERITY_RANK, type Finding } from '../../src/model/finding.js';
import { FORMATTERS, type LintReport, type ReportFile } from '../../src/report/index.js';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { SEEDS } from '../helpers/notice.js';
import { fileResult, reportOf, unreadableResult } from './report.js';

const opts = { lang: 'fi' as const, color: false, toolVersion: '9.9.9' };

let seeds: ReportFile[];
let report: LintReport;
beforeAll(async () => {
  seeds = await Promise.all(Object.values(SEEDS).map((name) => fileResult(name)));
  seeds.push(await fileResult('clean/puhdas_tietosuojaseloste.txt'));
  report = reportOf([...seeds, unreadableResult('fixtures/docs/empty_zero_bytes.pdf')]);
});

const allFindings = (r: LintReport) => r.files.flatMap((f) => f.findings);

describe('sarif', () => {
  // The SARIF 2.1.0 schema (OASIS, rtm.5 = the published 2.1.0) as shipped by @microsoft/jest-sarif.
  const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  // The schema's `language` pattern has a stray `]` that only a non-unicode RegExp accepts.
  // CommonJS modules: `.default` is the class / plugin both at run time and for the types.
  const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const check = (log: unknown) => {
    const ok = validate(log);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
  };

  it('the validator is not a rubber stamp: a broken log fails', () => {
    const log = JSON.parse(FORMATTERS.sarif(report, opts));
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e: { instancePath: string }) => e.instancePath)).toEqual(
      expect.arrayContaining([
        '/runs/0/results/0/level',
        '/runs/0/results/1/locations/0/physicalLocation/region/startLine',
      ]),
    );
  });

  it('five seeds, the clean notice and an unreadable file: valid SARIF 2.1.0, one run, every finding a result', () => {
    const log = JSON.parse(FORMATTERS.sarif(report, opts));
    check(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('seloste');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.results).toHaveLength(allFindings(report).length);
    expect(run.results.length).toBeGreaterThan(20);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(
      allFindings(report).map((f) => ({ error: 'error', warning: 'warning', info: 'note' })[f.severity]),
    );
  });

  it('rules carry help text with the GDPR article; results point at their rule', () => {
    const run = JSON.parse(FORMATTERS.sarif(report, opts)).runs[0];
    const rules = run.tool.driver.rules as {
      id: string;
      help: { text: string; markdown: string };
      properties: { gdpr: string | null };
    }[];
    expect(rules.map((r) => r.id)).toContain('text/placeholder');
    for (const r of rules) {
      expect(r.help.text.length, r.id).toBeGreaterThan(40);
      if (r.properties.gdpr) expect(r.help.text, r.id).toContain(`GDPR) art. ${r.properties.gdpr}`);
    }
    const placeholder = rules.find((r) => r.id === 'text/placeholder')!;
    expect(placeholder.help.text).toContain('Korjaus:');
    for (const res of run.results) expect(rules[res.ruleIndex].id).toBe(res.ruleId);
  });

  it('a result has its place in the input file and its section as a logical location', () => {
    const run = JSON.parse(FORMATTERS.sarif(report, opts)).runs[0];
    const seed002 = seeds[2];
    const f = seed002.findings.find((x) => x.ruleId === 'text/placeholder' && x.excerpt.includes('s-postiosoite'))!;
    const res = run.results.find((r: { message: { text: string } }) => r.message.text === f.message);
    const loc = res.locations[0];
    expect(loc.physicalLocation.artifactLocation).toMatchObject({
      uri: 'fixtures/002_4b4a33e3b28bb923.txt',
      uriBaseId: '%SRCROOT%',
    });
    expect(loc.physicalLocation.region).toMatchObject({
      startLine: f.line,
      startColumn: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
    });
    expect(loc.physicalLocation.region.snippet.text).toBe(f.excerpt);
    // A .txt file's lines are its own lines; columns count in the normalised line (NFC, tabs as spaces).
    expect(readFileSync('fixtures/002_4b4a33e3b28bb923.txt', 'utf8').split('\n')[f.line - 1]).toContain(
      '(s-postiosoite)',
    );
    const line = seed002.text!.split('\n')[f.line - 1];
    expect(line.slice(f.column - 1, f.endColumn - 1)).toBe('s-postiosoite');
    expect(loc.logicalLocations[0]).toMatchObject({ name: f.section, kind: 'section' });
    const label = report.sections!.find((x) => x.id === f.section)!.fi;
    expect(loc.logicalLocations[0].fullyQualifiedName).toBe(`${f.section} (${label})`);
    expect(run.artifacts[loc.physicalLocation.artifactLocation.index].location.uri).toBe(
      'fixtures/002_4b4a33e3b28bb923.txt',
    );
  });

  it('fingerprints survive a line shift; the language follows --lang', async () => {
    const fi = JSON.parse(FORMATTERS.sarif(report, opts)).runs[0];
    const en = JSON.parse(FORMATTERS.sarif(reportOf([await fileResult(SEEDS['002'], 'en')]), { ...opts, lang: 'en' }));
    check(en);
    const run = en.runs[0];
    expect(run.language).toBe('en');
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'text/placeholder').help.text).toContain(
      'GDPR Article 12(1)',
    );
    const shifted = JSON.parse(
      FORMATTERS.sarif(
        reportOf([
          { ...seeds[2], findings: seeds[2].findings.map((f) => ({ ...f, line: f.line + 7, endLine: f.endLine + 7 })) },
        ]),
        opts,
      ),
    ).runs[0];
    const fp = (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['selosteFinding/v1'];
    const own = fi.results.filter((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
      r.locations[0].physicalLocation.artifactLocation.uri.startsWith('fixtures/002'),
    );
    expect(shifted.results.map(fp)).toEqual(own.map(fp));
    expect(new Set(run.results.map(fp))).toEqual(new Set(own.map(fp)));
  });

  it('paths with spaces and Finnish letters are URI-encoded; absolute paths become file URLs', () => {
    const odd = { ...seeds[2], file: 'selosteet/Yhtiö Oy, 2025.txt' };
    const abs = { ...seeds[3], file: '/srv/ilmoitukset/seloste ä.txt' };
    const log = JSON.parse(FORMATTERS.sarif(reportOf([odd, abs]), opts));
    check(log);
    const uris = log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri);
    expect(uris).toEqual(['selosteet/Yhti%C3%B6%20Oy%2C%202025.txt', 'file:///srv/ilmoitukset/seloste%20%C3%A4.txt']);
    expect(decodeURIComponent(uris[0])).toBe(odd.file);
  });
});

describe('junit', () => {
  const parse = (xml: string) => {
    const problems: string[] = [];
    const doc = new DOMParser({
      errorHandler: { warning: () => {}, error: (m) => problems.push(m), fatalError: (m) => problems.push(m) },
    }).parseFromString(xml, 'text/xml');
    expect(problems).toEqual([]);
    return doc;
  };
  const els = (node: { getElementsByTagName(n: string): ArrayLike<Element> }, name: string) =>
    Array.from(node.getElementsByTagName(name)) as Element[];

  it('parses as XML: one testsuite per file, one testcase per rule, failures for errors', () => {
    const doc = parse(FORMATTERS.junit(report, opts));
    const root = doc.documentElement;
    expect(root.tagName).toBe('testsuites');
    const suites = els(doc, 'testsuite');
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(report.files.map((f) => f.file));
    const ruleCount = report.rules!.filter((r) => r.id !== 'input/unreadable' && r.severity !== 'off').length;
    let tests = 0;
    let failures = 0;
    seeds.forEach((file, i) => {
      const suite = suites[i];
      const cases = els(suite, 'testcase');
      expect(cases).toHaveLength(ruleCount);
      expect(Number(suite.getAttribute('tests'))).toBe(ruleCount);
      const failing = new Set(file.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
      const failed = cases.filter((c) => els(c, 'failure').length > 0).map((c) => c.getAttribute('name'));
      expect(new Set(failed), file.file).toEqual(failing);
      expect(Number(suite.getAttribute('failures'))).toBe(failing.size);
      tests += ruleCount;
      failures += failing.size;
    });
    expect(failures).toBeGreaterThan(3);
    // the clean notice passes every test case
    expect(suites[5].getAttribute('failures')).toBe('0');
    // the unreadable file: one test case with an error
    const bad = suites[6];
    expect(els(bad, 'testcase').map((c) => c.getAttribute('name'))).toEqual(['input/unreadable']);
    expect(els(bad, 'error')).toHaveLength(1);
    expect(bad.getAttribute('errors')).toBe('1');
    expect(Number(root.getAttribute('tests'))).toBe(tests + 1);
    expect(Number(root.getAttribute('failures'))).toBe(failures);
    expect(root.getAttribute('errors')).toBe('1');
  });

  it('--fail-on warning turns warnings into failures; lower findings go to system-out', () => {
    const seed = reportOf([seeds[2]]);
    const atError = parse(FORMATTERS.junit(seed, opts));
    const atWarning = parse(FORMATTERS.junit(seed, { ...opts, failOn: 'warning' }));
    const count = (doc: Document) => Number(doc.documentElement.getAttribute('failures'));
    const want = (rank: number) =>
      new Set(seeds[2].findings.filter((f) => SEVERITY_RANK[f.severity] >= rank).map((f) => f.ruleId)).size;
    expect(count(atError)).toBe(want(3));
    expect(count(atWarning)).toBe(want(2));
    expect(count(atWarning)).toBeGreaterThan(count(atError));
    const typo = els(atError, 'testcase').find((c) => c.getAttribute('name') === 'text/typo')!;
    expect(els(typo, 'failure')).toHaveLength(0);
    expect(els(typo, 'system-out')[0].textContent).toContain('riorganisaation');
  });

  it('the failure lists every finding of the rule with its place, and survives markup in the text', () => {
    const f = seeds[2].findings.find((x) => x.severity === 'error')!;
    const nasty: Finding = { ...f, message: 'Täyteteksti <b>"x"</b> & \'y\' \u0007', excerpt: ']]> <!-- -->' };
    const doc = parse(FORMATTERS.junit(reportOf([{ ...seeds[2], findings: [nasty, { ...f, line: 99 }] }]), opts));
    const failure = els(doc, 'failure')[0];
    expect(failure.getAttribute('message')).toBe('2 havaintoa: Täyteteksti <b>"x"</b> & \'y\' ');
    expect(failure.textContent).toContain(']]> <!-- -->');
    expect(failure.textContent).toContain(`${f.line}:${f.column} virhe:`);
    expect(failure.textContent).toContain(`99:${f.column} virhe:`);
  });
});

describe('github', () => {
  // ::<error|warning|notice> key=value,…::message — values and message escaped, one line each.
  const COMMAND =
    /^::(error|warning|notice) file=[^,\r\n]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[^,:\r\n]+::[^\r\n]+$/;

  it('one workflow command per finding, each matching the syntax, severities mapped', () => {
    const out = FORMATTERS.github(report, opts);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(allFindings(report).length);
    for (const l of lines) expect(l).toMatch(COMMAND);
    const levels = lines.map((l) => /^::(\w+)/.exec(l)![1]);
    expect(levels).toEqual(
      allFindings(report).map((f) => ({ error: 'error', warning: 'warning', info: 'notice' })[f.severity]),
    );
    const placeholder = seeds[2].findings.find((x) => x.ruleId === 'text/placeholder')!;
    expect(lines).toContain(
      lines.find((l) =>
        l.startsWith(
          `::error file=fixtures/002_4b4a33e3b28bb923.txt,line=${placeholder.line},endLine=${placeholder.line},col=${placeholder.column},endColumn=${placeholder.endColumn},title=seloste text/placeholder`,
        ),
      ),
    );
  });

  it('escapes what would break a command: newlines, percent, commas and colons in properties', () => {
    expect(escapeData('50 % \n toinen\r')).toBe('50 %25 %0A toinen%0D');
    expect(escapeProperty('a,b:c')).toBe('a%2Cb%3Ac');
    const f = { ...seeds[2].findings[0], message: 'rivi 1\nrivi 2 100 %' };
    const out = FORMATTERS.github(reportOf([{ ...seeds[2], file: 'a,b:c.txt', findings: [f] }]), opts);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out.trimEnd()).toMatch(COMMAND);
    expect(out).toContain('file=a%2Cb%3Ac.txt,');
    expect(out).toContain('::rivi 1%0Arivi 2 100 %25');
  });

  it('nothing found: no output at all', () => {
    expect(FORMATTERS.github(reportOf([{ ...seeds[5], findings: [] }]), opts)).toBe('');
  });
});

describe('html', () => {
  it('one self-contained page: no script, no external asset, a CSP that forbids both', () => {
    const page = FORMATTERS.html(report, opts);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/<link[^>]+stylesheet/i);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('<html lang="fi">');
  });

  it('every finding of a section is marked in the text, with the help of its rule at the end', () => {
    const one = reportOf([seeds[2]]);
    const page = FORMATTERS.html(one, opts);
    const marks = [...page.matchAll(/<mark class="[^"]*" id="m0-(\d+)"[^>]*>([^<]*)<\/mark>/g)];
    const general = seeds[2].findings.filter(
      (f) => f.section && !seeds[2].segments!.some((s) => s.ids.includes(f.section!)),
    );
    expect(general.length).toBeGreaterThan(0);
    expect(marks).toHaveLength(seeds[2].findings.length - general.length);
    const placeholder = seeds[2].findings.findIndex(
      (f) => f.ruleId === 'text/placeholder' && f.excerpt.includes('s-postiosoite'),
    );
    expect(marks.find((m) => m[1] === String(placeholder))![2]).toBe('s-postiosoite');
    for (const id of new Set(seeds[2].findings.map((f) => f.ruleId)))
      expect(page).toContain(`<dt id="rule-${id.replace(/[^a-z0-9]+/gi, '-')}">${id}</dt>`);
    expect(page).toContain('Tietosuoja-asetus (GDPR) art. 12(1)');
  });

  it('the notice text is escaped, never markup', () => {
    const text = 'Otsikko <script>alert(1)</script>\nKuva <img src=x onerror="alert(2)"> & "lainaus"\n';
    const file: ReportFile = {
      file: 'x.txt',
      format: 'text',
      text,
      segments: [{ ids: ['preamble'], heading: null, start: 0, end: text.length, startLine: 1 }],
      findings: [
        { ...seeds[2].findings[0], section: 'preamble', whole: false, range: [8, 16], message: '<b>viesti</b>' },
      ],
    };
    const page = FORMATTERS.html(reportOf([file]), opts);
    expect(page).not.toMatch(/<script|<img|<b>/i);
    expect(page).toContain('&lt;script&gt;</mark>alert(1)&lt;/script&gt;');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &quot;lainaus&quot;');
    expect(page).toContain('title="&lt;b&gt;viesti&lt;/b&gt;">&lt;script&gt;</mark>');
  });

  it('baselined findings are counted in the summary', () => {
    expect(FORMATTERS.html(reportOf([seeds[5]], { baselined: 3 }), opts)).toContain(
      '3 havaintoa oli jo vertailukohdassa (--baseline)',
    );
    expect(FORMATTERS.html(reportOf([seeds[5]], { baselined: 3 }), { ...opts, lang: 'en' })).toContain(
      '3 problems were already in the baseline (--baseline)',
    );
  });
});
