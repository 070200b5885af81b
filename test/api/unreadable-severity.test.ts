/**
 * input/unreadable obeys its severity like every rule (issue 18): a warning stays a warning
 * in the report, and switched off it leaves no finding and does not make the run exit 2 —
 * while the event (the CLI's stderr line) still says the file was not read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'seloste-unreadable-'));
const empty = join(dir, 'tyhja.txt');
writeFileSync(empty, '');

async function lintEmpty(rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>) {
  const events: string[] = [];
  const result = await lintFiles([empty], {
    config: false,
    ...(rules ? { rules } : {}),
    onEvent: (e) => events.push(e.type),
  });
  const findings = result.report.files.flatMap((f) => f.findings).filter((f) => f.ruleId === 'input/unreadable');
  return { result, findings, events };
}

describe('input/unreadable severity', () => {
  it('by default an unreadable file is an error and counts as unreadable (exit 2)', async () => {
    const { result, findings, events } = await lintEmpty();
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(result.unreadable).toBe(1);
    expect(events).toContain('unreadable');
  });

  it('as a warning the finding is a warning', async () => {
    const { result, findings } = await lintEmpty({ 'input/unreadable': 'warning' });
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(1);
  });

  it('switched off, no finding and no exit 2, but the event still reports the file', async () => {
    const { result, findings, events } = await lintEmpty({ 'input/unreadable': 'off' });
    expect(findings).toEqual([]);
    expect(result.unreadable).toBe(0);
    expect(events).toContain('unreadable');
  });
});
