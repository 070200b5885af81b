/** What tests read out of a loaded rule pack. */

/** Every list of pattern strings under one of `keys`, wherever it sits in the rules. */
export function patternLists(value: unknown, keys: ReadonlySet<string>, out: string[][] = []): string[][] {
  if (Array.isArray(value)) for (const v of value) patternLists(v, keys, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (keys.has(k) && Array.isArray(v) && v.every((p) => typeof p === 'string')) out.push(v as string[]);
      else patternLists(v, keys, out);
    }
  }
  return out;
}
