/** Characters XML 1.0 cannot carry at all, even escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export class XmlCharacterError extends Error {
  constructor() {
    super('A value holds a character that XML 1.0 cannot represent');
    this.name = 'XmlCharacterError';
  }
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  if (NOT_XML.test(text)) throw new XmlCharacterError();
  return text.replace(SPECIAL, (char) => ENTITIES[char] as string);
}
