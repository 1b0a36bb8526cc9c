import type { ExportInitiative, ExportStatement, MemberStateInfo, Translated } from '../types';
import { printedCountryCode } from '../member-state';
import { propertyGroups } from './ocs-properties';
import { escapeXml } from './xml-text';

/** Where the XML text goes; `write` resolves when the sink can take more (backpressure). */
export interface TextSink {
  write(text: string): Promise<void>;
}

export const SUPPORT_FORM_VERSION = '1';

export interface SupportFormHeader {
  readonly initiative: ExportInitiative;
  readonly memberState: MemberStateInfo;
  readonly rulesVersion: string;
  readonly createdAt: Date;
}

function element(indent: string, name: string, text: string, attributes = ''): string {
  return `${indent}<${name}${attributes}>${escapeXml(text)}</${name}>\n`;
}

/** Languages in a stable order: English first, then alphabetical. */
function translations(text: Translated): [string, string][] {
  return Object.entries(text)
    .filter(([, value]) => value.trim() !== '')
    .sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

function translatedList(indent: string, listName: string, itemName: string, text: Translated): string {
  const items = translations(text)
    .map(([lang, value]) => element(`${indent}  `, itemName, value, ` lang="${escapeXml(lang)}"`))
    .join('');
  return `${indent}<${listName}>\n${items}${indent}</${listName}>\n`;
}

/**
 * Writes `statements-{CC}.xml`, modelled on the `supportForm` export of the Commission's 2012
 * Online Collection Software: the initiative data, the target country, and one `<signature>`
 * per statement with its OCS property groups. Streaming: one statement at a time.
 */
export class SupportFormXmlWriter {
  private started = false;

  constructor(private readonly sink: TextSink) {}

  async start(header: SupportFormHeader): Promise<void> {
    if (this.started) throw new Error('The XML header was already written');
    this.started = true;
    const { initiative, memberState } = header;
    const organisers = initiative.organisers
      .map((organiser) => {
        const email = organiser.email ? element('        ', 'email', organiser.email) : '';
        return (
          `      <organiser role="${organiser.role}">\n` +
          element('        ', 'name', organiser.name) +
          element('        ', 'residence', printedCountryCode(organiser.residence)) +
          email +
          '      </organiser>\n'
        );
      })
      .join('');
    await this.sink.write(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<supportForm formatVersion="${SUPPORT_FORM_VERSION}" rulesVersion="${escapeXml(header.rulesVersion)}" createdAt="${header.createdAt.toISOString()}">\n` +
        element('  ', 'forCountry', memberState.euCode) +
        element('  ', 'annexPart', memberState.part) +
        '  <initiativeData>\n' +
        element('    ', 'registrationNumber', initiative.registrationNumber) +
        element('    ', 'registrationDate', initiative.registrationDate) +
        element('    ', 'startOfTheCollectionPeriod', initiative.collectionStart) +
        element('    ', 'endOfTheCollectionPeriod', initiative.collectionEnd) +
        element('    ', 'urlOnCommissionRegister', initiative.registerUrl) +
        translatedList('    ', 'titles', 'title', initiative.title) +
        translatedList('    ', 'subjectMatters', 'subjectMatter', initiative.subject) +
        translatedList('    ', 'objectives', 'objective', initiative.objectives) +
        `    <organisers>\n${organisers}    </organisers>\n` +
        '  </initiativeData>\n' +
        '  <signatures>\n',
    );
  }

  async addSignature(item: ExportStatement): Promise<void> {
    if (!this.started) throw new Error('Write the XML header first');
    const groups = propertyGroups(item.statement)
      .map((group) => {
        const properties = group.properties.map(([key, value]) => element('          ', 'property', value, ` key="${key}"`)).join('');
        return `        <group name="${group.name}">\n${properties}        </group>\n`;
      })
      .join('');
    await this.sink.write(
      '    <signature>\n' +
        element('      ', 'submissionDate', item.signedOn) +
        element('      ', 'signatureIdentifier', item.statementId) +
        element('      ', 'collectionChannel', item.channel) +
        element('      ', 'formatConfirmed', String(item.idFormatConfirmed)) +
        `      <signatoryInfo>\n${groups}      </signatoryInfo>\n` +
        '    </signature>\n',
    );
  }

  async end(): Promise<void> {
    await this.sink.write('  </signatures>\n</supportForm>\n');
  }
}
