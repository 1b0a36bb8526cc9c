import { getCountryRule, type AnnexPart, type DocumentType, type NormalisedStatement } from '@eci/rules';
import type { CollectionChannel, ExportOrganiser, ExportStatement, OrganiserRole } from '../types';
import { GROUP_NAMES, type GroupName } from './ocs-properties';

/*
 * A small, strict reader for the support-form XML this library writes (elements, attributes,
 * text, the five predefined entities and character references; no DTD, CDATA or namespaces).
 * It loads the whole document: for tests, checks and tools, not for 100,000-statement files.
 */

export class SupportFormReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SupportFormReadError';
  }
}

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!|<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTRIBUTE = /([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));|&/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(ENTITY, (match, name?: string, decimal?: string, hex?: string) => {
    if (name) return NAMED[name] as string;
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    throw new SupportFormReadError(`Unescaped "${match}" in text`);
  });
}

function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const match of xml.matchAll(TOKEN)) {
    const [token, closing, opening, attributeText, selfClosing, text] = match;
    if (token.startsWith('<?') || token.startsWith('<!--')) continue;
    if (closing !== undefined) {
      const open = stack.pop();
      if (!open || open.name !== closing) throw new SupportFormReadError(`Unexpected </${closing}>`);
      continue;
    }
    if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, name, double, single] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
        attributes[name as string] = decode(double ?? single ?? '');
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: '' };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) throw new SupportFormReadError('More than one root element');
      else root = element;
      if (selfClosing !== '/') stack.push(element);
      continue;
    }
    if (text !== undefined) {
      const parent = stack[stack.length - 1];
      if (parent) parent.text += decode(text);
      else if (text.trim() !== '') throw new SupportFormReadError('Text outside the root element');
      continue;
    }
    throw new SupportFormReadError('Unsupported XML construct (DTD, CDATA or a stray "<")');
  }
  if (!root || stack.length > 0) throw new SupportFormReadError('Incomplete XML document');
  return root;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new SupportFormReadError(`Expected one <${name}> in <${element.name}>`);
  return found[0] as XmlElement;
}

function textOf(element: XmlElement, name: string): string {
  return child(element, name).text;
}

function optionalText(element: XmlElement, name: string): string | undefined {
  return element.children.find((c) => c.name === name)?.text;
}

function translated(element: XmlElement, listName: string, itemName: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of child(element, listName).children.filter((c) => c.name === itemName)) {
    result[item.attributes['lang'] ?? ''] = item.text;
  }
  return result;
}

/** One `<signature>`, read back into the exporter's input shape (without the rules version). */
export type SupportFormSignature = Omit<ExportStatement, 'rulesVersion'>;

export interface SupportFormDocument {
  readonly formatVersion: string;
  readonly rulesVersion: string;
  readonly createdAt: string;
  /** EU code (EL for Greece). */
  readonly forCountry: string;
  readonly annexPart: AnnexPart;
  readonly initiative: {
    readonly registrationNumber: string;
    readonly registrationDate: string;
    readonly collectionStart: string;
    readonly collectionEnd: string;
    readonly registerUrl: string;
    readonly title: Readonly<Record<string, string>>;
    readonly subject: Readonly<Record<string, string>>;
    readonly objectives: Readonly<Record<string, string>>;
    readonly organisers: readonly ExportOrganiser[];
  };
  readonly signatures: readonly SupportFormSignature[];
}

function isoCountry(code: string): string {
  return getCountryRule(code)?.code ?? code;
}

function readStatement(signature: XmlElement, forCountry: string, part: AnnexPart, signedOn: string): NormalisedStatement {
  const groups = new Map<GroupName, Map<string, string>>();
  for (const group of child(signature, 'signatoryInfo').children) {
    const name = group.attributes['name'] as GroupName;
    if (group.name !== 'group' || !GROUP_NAMES.includes(name)) throw new SupportFormReadError('Unknown property group');
    groups.set(name, new Map(group.children.map((property) => [property.attributes['key'] ?? '', property.text])));
  }
  const get = (group: GroupName, key: string): string => {
    const value = groups.get(group)?.get(key);
    if (value === undefined) throw new SupportFormReadError(`Missing property ${group}/${key}`);
    return value;
  };
  const nationality = getCountryRule(forCountry)?.code;
  if (!nationality) throw new SupportFormReadError(`Not a Member State: ${forCountry}`);
  const base = { nationality, fullFirstNames: get('general', 'full.first.names'), familyNames: get('general', 'family.names'), signingDate: signedOn };
  if (part === 'A') {
    return {
      ...base,
      part: 'A',
      dateOfBirth: get('general', 'date.of.birth'),
      street: get('address', 'street'),
      streetNumber: get('address', 'street.number'),
      postalCode: get('address', 'postal.code'),
      city: get('address', 'city'),
      residenceCountry: isoCountry(get('address', 'country')),
    };
  }
  const id = [...(groups.get('id') ?? new Map<string, string>())];
  if (id.length !== 1) throw new SupportFormReadError('Expected exactly one id property');
  const [[idDocumentType, idDocumentNumber]] = id as [[string, string]];
  return { ...base, part: 'B', idDocumentType: idDocumentType as DocumentType, idDocumentNumber };
}

/** Parses a support-form document written by `SupportFormXmlWriter`. */
export function readSupportFormXml(xml: string): SupportFormDocument {
  const root = parseXml(xml);
  if (root.name !== 'supportForm') throw new SupportFormReadError('The root element is not <supportForm>');
  const forCountry = textOf(root, 'forCountry');
  const annexPart = textOf(root, 'annexPart');
  if (annexPart !== 'A' && annexPart !== 'B') throw new SupportFormReadError('Unknown Annex III part');
  const data = child(root, 'initiativeData');
  const organisers = child(data, 'organisers').children.map((organiser): ExportOrganiser => {
    const email = optionalText(organiser, 'email');
    return {
      role: organiser.attributes['role'] as OrganiserRole,
      name: textOf(organiser, 'name'),
      residence: textOf(organiser, 'residence'),
      ...(email === undefined ? {} : { email }),
    };
  });
  const signatures = child(root, 'signatures').children.map((signature): SupportFormSignature => {
    const signedOn = textOf(signature, 'submissionDate');
    return {
      statementId: textOf(signature, 'signatureIdentifier'),
      signedOn,
      channel: textOf(signature, 'collectionChannel') as CollectionChannel,
      idFormatConfirmed: textOf(signature, 'formatConfirmed') === 'true',
      statement: readStatement(signature, forCountry, annexPart, signedOn),
    };
  });
  return {
    formatVersion: root.attributes['formatVersion'] ?? '',
    rulesVersion: root.attributes['rulesVersion'] ?? '',
    createdAt: root.attributes['createdAt'] ?? '',
    forCountry,
    annexPart,
    initiative: {
      registrationNumber: textOf(data, 'registrationNumber'),
      registrationDate: textOf(data, 'registrationDate'),
      collectionStart: textOf(data, 'startOfTheCollectionPeriod'),
      collectionEnd: textOf(data, 'endOfTheCollectionPeriod'),
      registerUrl: textOf(data, 'urlOnCommissionRegister'),
      title: translated(data, 'titles', 'title'),
      subject: translated(data, 'subjectMatters', 'subjectMatter'),
      objectives: translated(data, 'objectives', 'objective'),
      organisers,
    },
    signatures,
  };
}
