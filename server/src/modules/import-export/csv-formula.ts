/**
 * Defusing spreadsheet formulas, reversibly. The CSV export prefixes an apostrophe to text cells a spreadsheet
 * would run as a formula (starting with =, +, @, tab, carriage return, or - unless the whole cell is a plain
 * number such as -12,5; OWASP's CSV injection advice: `-2+3+cmd|' /C calc'!A0` is a formula too), and the
 * import takes exactly that apostrophe off again, so a round trip gives back the original text.
 *
 * To stay exact, a text that already starts with apostrophes followed by a formula (`'=1`) gets one more, and
 * the import removes one apostrophe only where the rest, without its leading apostrophes, is a formula.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?!\d+(?:[.,]\d+)?$))/;

const isFormula = (text: string): boolean => FORMULA.test(text.replace(/^'+/, ''));

export function escapeFormula(text: string): string {
  return isFormula(text) ? `'${text}` : text;
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && isFormula(cell.slice(1)) ? cell.slice(1) : cell;
}
