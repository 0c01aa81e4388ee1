// Deterministic variety: the same turn of the same article always reads the same, but
// neighbouring turns pick different phrasings so the tutor does not sound like a loop.

/** FNV-1a, 32-bit. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One of the options, chosen by the seed and a slot name (so slots vary independently). */
export function pick<T>(options: readonly [T, ...T[]], seed: string, slot: string): T {
  return options[hashString(`${slot}:${seed}`) % options.length] ?? options[0];
}
