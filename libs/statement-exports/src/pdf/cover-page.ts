import { getCountryRule, textIn } from '@eci/rules';
import type { DeclaredCounts, ExportInitiative, ExportOrganiser, MemberStateInfo } from '../types';
import { LAYOUT_TEXTS } from './layout-texts';

/** What the Annex V cover page states. */
export interface CoverData {
  readonly initiative: ExportInitiative;
  readonly memberState: MemberStateInfo;
  readonly counts: DeclaredCounts;
  /** Day of the export, `YYYY-MM-DD`. */
  readonly createdOn: string;
  readonly signerName: string;
  readonly xmlFileName: string;
}

export const COVER_PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
const LABEL_WIDTH = 165;
const GRAY = '#555555';

export function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

function countryLabel(code: string): string {
  const rule = getCountryRule(code);
  return rule ? `${rule.name} (${rule.euCode})` : code.toUpperCase();
}

function contactLines(organiser: ExportOrganiser | undefined): string {
  if (!organiser) return LAYOUT_TEXTS.noContact;
  return [organiser.name, organiser.email ?? '', `Residence: ${countryLabel(organiser.residence)}`].filter((line) => line !== '').join('\n');
}

/**
 * Draws the Annex V cover with pdfkit's text layout (a single page of bounded text) on the
 * current page, which the caller has added in portrait A4. Fonts are registered as
 * 'regular' and 'bold'. pdfkit's layout costs tens of milliseconds for the page: `pause` is
 * awaited between its sections (the caller lets the event loop run there).
 */
export async function drawCoverPage(doc: PDFKit.PDFDocument, data: CoverData, pause: () => Promise<void>): Promise<void> {
  const { initiative, memberState, counts } = data;
  const left = COVER_PAGE.margin;
  const width = COVER_PAGE.width - 2 * COVER_PAGE.margin;
  const valueX = left + LABEL_WIDTH;
  const valueWidth = width - LABEL_WIDTH;
  let y = COVER_PAGE.margin;

  const heading = (text: string, gapBefore = 16): void => {
    y += gapBefore;
    doc.font('bold').fontSize(10.5).fillColor('black').text(text, left, y, { width });
    y += doc.heightOfString(text, { width }) + 5;
    doc.moveTo(left, y - 2).lineTo(left + width, y - 2).lineWidth(0.5).strokeColor('#999999').stroke();
    y += 3;
  };
  const field = (label: string, value: string, bold = false): void => {
    doc.font('regular').fontSize(8.5).fillColor(GRAY);
    const labelHeight = doc.heightOfString(label, { width: LABEL_WIDTH - 10 });
    doc.text(label, left, y + 0.8, { width: LABEL_WIDTH - 10 });
    doc.font(bold ? 'bold' : 'regular').fontSize(9.5).fillColor('black');
    const valueHeight = doc.heightOfString(value, { width: valueWidth });
    doc.text(value, valueX, y, { width: valueWidth });
    y += Math.max(labelHeight, valueHeight) + 5;
  };

  doc.font('bold').fontSize(13).fillColor('black').text(LAYOUT_TEXTS.coverTitle, left, y, { width });
  y += doc.heightOfString(LAYOUT_TEXTS.coverTitle, { width }) + 3;
  doc.font('regular').fontSize(8.5).fillColor(GRAY).text(LAYOUT_TEXTS.coverSubtitle, left, y, { width });
  y += 22;

  doc.rect(left, y, width, 30).fillColor('#eeeeee').fill();
  doc.font('regular').fontSize(8.5).fillColor(GRAY).text(LAYOUT_TEXTS.memberState, left + 8, y + 10, { width: LABEL_WIDTH - 18 });
  doc.font('bold').fontSize(14).fillColor('black').text(`${memberState.name} (${memberState.euCode})`, valueX, y + 7, { width: valueWidth });
  y += 30;

  await pause();
  heading(LAYOUT_TEXTS.initiativeSection);
  field(LAYOUT_TEXTS.title, textIn(initiative.title, ['en']).text, true);
  field(LAYOUT_TEXTS.registrationNumber, initiative.registrationNumber);
  field(LAYOUT_TEXTS.registrationDate, initiative.registrationDate);
  field(LAYOUT_TEXTS.registerUrl, initiative.registerUrl);
  field(LAYOUT_TEXTS.collectionPeriod, `${initiative.collectionStart} – ${initiative.collectionEnd}`);

  await pause();
  heading(LAYOUT_TEXTS.contactSection);
  field(LAYOUT_TEXTS.representative, contactLines(initiative.organisers.find((o) => o.role === 'representative')));
  field(LAYOUT_TEXTS.substitute, contactLines(initiative.organisers.find((o) => o.role === 'substitute')));

  await pause();
  heading(LAYOUT_TEXTS.statementsSection);
  field(LAYOUT_TEXTS.statementsForState, formatCount(counts.online + counts.paper), true);
  field(`— ${LAYOUT_TEXTS.online}`, formatCount(counts.online));
  field(`— ${LAYOUT_TEXTS.paper}`, formatCount(counts.paper));
  field(LAYOUT_TEXTS.totalAllStates, formatCount(counts.totalAllMemberStates));
  field(LAYOUT_TEXTS.annexPart, memberState.part === 'A' ? LAYOUT_TEXTS.partA : LAYOUT_TEXTS.partB);

  await pause();
  heading(LAYOUT_TEXTS.declarationSection);
  doc.font('regular').fontSize(9.5).fillColor('black').text(LAYOUT_TEXTS.declaration, left, y, { width });
  y += doc.heightOfString(LAYOUT_TEXTS.declaration, { width }) + 10;
  field(LAYOUT_TEXTS.date, data.createdOn);
  field(LAYOUT_TEXTS.signature, LAYOUT_TEXTS.signatureText(data.signerName));
  y += 6;
  doc.font('regular').fontSize(8).fillColor(GRAY).text(LAYOUT_TEXTS.filesNote(data.xmlFileName), left, y, { width });
  doc.fillColor('black');
}
