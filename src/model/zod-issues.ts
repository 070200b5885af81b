import type { z } from 'zod';

/** "sections[3].phrases: expected array" — the path inside the file, then what is wrong. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? formatPath(i.path) : '(top level)'}: ${i.message}`)
    .join('; ');
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((p, idx) => (typeof p === 'number' ? `[${p}]` : idx === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
