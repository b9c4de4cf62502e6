/**
 * `String(value)` of a parsed JSON or YAML value, without recursion: an array's string joins its
 * elements' strings with commas (null and undefined elements empty), nested arrays the same way. V8
 * recurses once per level, so `[[[[…]]]]` a few hundred thousand deep (a 1 MiB config) overflowed the
 * stack. Same text as `String` for every value; cyclic arrays (never parsed) would not end.
 */
export function flatString(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  let out = '';
  // The arrays being read, and per array the index of its next element; a comma between siblings.
  const arrays: unknown[][] = [value];
  const next: number[] = [0];
  while (arrays.length > 0) {
    const top = arrays.length - 1;
    const items = arrays[top];
    const k = next[top];
    if (k >= items.length) {
      arrays.pop();
      next.pop();
      continue;
    }
    if (k > 0) out += ',';
    next[top] = k + 1;
    const item = items[k];
    if (Array.isArray(item)) {
      arrays.push(item);
      next.push(0);
    } else if (item !== null && item !== undefined) out += String(item);
  }
  return out;
}
