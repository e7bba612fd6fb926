/**
 * XML text for the streamed GraphML and GEXF exports (written piece by piece instead of as one document tree,
 * so an export never holds more than one chunk of its output at a time): escaping of attribute values and
 * text, and characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids exactly these characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escaped for a double-quoted attribute (whitespace as character references, so it survives normalisation). */
export function attr(value: string | number | boolean): string {
  return String(value)
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

/** Escaped for element content. */
export function text(value: string | number | boolean): string {
  return String(value)
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c);
}

/** `<name a="1" b="2"` + close (`/>` or `>`), attributes in the given order. */
export function tag(
  name: string,
  attributes: Readonly<Record<string, string | number | boolean>>,
  close: '/>' | '>',
): string {
  const list = Object.entries(attributes).map(([key, value]) => ` ${key}="${attr(value)}"`);
  return `<${name}${list.join('')}${close}`;
}
