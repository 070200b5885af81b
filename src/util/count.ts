/** "1 osio", "2 osiota", "1 notice", "2 notices": a count with its noun in the right number (diff and compare share it). */
export function count(n: number, forms: readonly [string, string]): string {
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}
