/**
 * The HTML lint report does work linear in the findings of a section and in the lines of
 * a PDF page. Work is counted, not timed: the findings (and a PDF's line-to-page table)
 * are proxies that count every read, so the test is exact on a loaded machine. A renderer
 * that looks at every finding at every cut, or counts back to the page's first line for
 * every line, reads 4× more per item at 4× the size (16× in all); a linear one reads the
 * same per item (4× in all).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { html } from '../../src/report/html.js';
import type { LintReport } from '../../src/report/index.js';

/** `value` with every property read counted in `counter.reads`. */
function counted<T extends object>(value: T, counter: { reads: number }): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      counter.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

const LINE = 'Ota yhteyttä s-postiosoite tai [yrityksen nimi].\n';

/** `n` lines in one section, two findings on each (one nested in the other), every read of a finding counted. */
function denseReport(n: number, counter: { reads: number }, pdf = false): LintReport {
  const head = 'Rekisterinpitäjä\n';
  const text = `${head}${LINE.repeat(n)}`;
  const findings: Finding[] = [];
  for (let k = 0; k < n; k++) {
    const at = head.length + k * LINE.length;
    const base = {
      section: 'controller',
      page: pdf ? 1 : null,
      excerpt: '',
      suggestion: null,
      gdpr: null,
      line: k + 2,
      endLine: k + 2,
    };
    findings.push(
      counted(
        {
          ...base,
          ruleId: 'text/placeholder',
          severity: 'error',
          message: 'Täyteteksti',
          column: 1,
          endColumn: 49,
          range: [at, at + 48],
        } as Finding,
        counter,
      ),
      counted(
        {
          ...base,
          ruleId: 'contact/email',
          severity: 'warning',
          message: 'Osoite',
          column: 14,
          endColumn: 27,
          range: [at + 13, at + 26],
        } as Finding,
        counter,
      ),
    );
  }
  const segments = [{ ids: ['controller'], heading: 'Rekisterinpitäjä', start: 0, end: text.length, startLine: 1 }];
  // a PDF of one long page: every line on page 1, the table's reads counted
  const linePages = pdf
    ? counted(
        Array.from({ length: n + 1 }, () => 1),
        counter,
      )
    : undefined;
  return {
    files: [
      {
        file: pdf ? 'n.pdf' : 'n.txt',
        format: pdf ? 'pdf' : 'text',
        findings,
        text,
        segments,
        ...(linePages ? { linePages } : {}),
      },
    ],
  };
}

/** Reads per line at 4n over reads per line at n: 1 when linear, 4 when quadratic. */
function readGrowth(n: number, pdf: boolean): { perLine: number; out: string } {
  const small = { reads: 0 };
  const large = { reads: 0 };
  const out = html(denseReport(n, small, pdf), { lang: 'fi', color: false, toolVersion: 'test' });
  html(denseReport(4 * n, large, pdf), { lang: 'fi', color: false, toolVersion: 'test' });
  return { perLine: large.reads / (4 * n) / (small.reads / n), out };
}

describe('the HTML lint report counts its work', () => {
  it('reads each finding a bounded number of times however many share the section', () => {
    const { perLine, out } = readGrowth(500, false);
    // the nested marks are there: the outer finding's passage, the inner one's inside it
    expect(out.match(/<mark class="sev-error" id="m0-\d+" title="Täyteteksti">/g)).toHaveLength(500);
    expect(out).toContain('<mark class="sev-error" id="m0-1" title="Täyteteksti\nOsoite">s-postiosoite</mark>');
    expect(perLine).toBeGreaterThan(0.8);
    expect(perLine).toBeLessThan(1.25);
  });

  it('numbers the lines of a long PDF page without counting back to its first line each time', () => {
    const { perLine, out } = readGrowth(500, true);
    expect(out).toContain('<span class="line" data-n="501">');
    expect(out.match(/class="pagemark"/g)).toHaveLength(1);
    expect(perLine).toBeGreaterThan(0.8);
    expect(perLine).toBeLessThan(1.25);
  });
});
