// Small SQL helpers shared by the read services.

/** A `%text%` pattern for ILIKE that matches `text` literally (its % and _ are escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
