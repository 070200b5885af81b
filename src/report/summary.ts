import type { FileResult } from '../model/finding.js';

export function summarise(files: FileResult[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let unreadable = 0;
  for (const f of files) {
    for (const x of f.findings) {
      if (x.severity === 'error') errors++;
      else if (x.severity === 'warning') warnings++;
      else infos++;
      if (x.ruleId === 'input/unreadable') unreadable++;
    }
  }
  return { files: files.length, errors, warnings, infos, unreadable };
}
