import { memoryPages, validateXML } from 'xmllint-wasm';
import { readPackagedFile } from '../io';

export const SUPPORT_FORM_SCHEMA_FILE = 'support-form.xsd';

export interface XmlValidation {
  readonly valid: boolean;
  /** xmllint's messages, with line numbers (they may quote values: do not log them). */
  readonly errors: readonly string[];
}

let schema: Promise<string> | undefined;

/**
 * The XSD kept next to this module. When compiling with swc, copy it along
 * (`swc … --copy-files`), or pass the schema text to `validateSupportFormXml`.
 */
export function supportFormSchema(): Promise<string> {
  schema ??= readPackagedFile(__dirname, SUPPORT_FORM_SCHEMA_FILE);
  return schema;
}

/**
 * Validates a support-form XML document against `support-form.xsd` with libxml2 (xmllint
 * compiled to WebAssembly; no native tools needed). The whole document is held in memory:
 * meant for tests and for checking an export before it is sent, not inside the streaming export.
 */
export async function validateSupportFormXml(xml: string | Uint8Array, options: { schema?: string } = {}): Promise<XmlValidation> {
  const size = typeof xml === 'string' ? Buffer.byteLength(xml) : xml.length;
  // libxml2 needs a few times the document's size; the default limit is 32 MiB.
  const neededPages = Math.ceil((size * 6) / (64 * 1024)) + memoryPages.defaultMaxMemoryPages;
  const result = await validateXML({
    xml: { fileName: 'statements.xml', contents: xml },
    schema: { fileName: SUPPORT_FORM_SCHEMA_FILE, contents: options.schema ?? (await supportFormSchema()) },
    maxMemoryPages: Math.min(memoryPages.max, neededPages),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
