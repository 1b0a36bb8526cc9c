import type { DeclaredCounts, ExportInitiative, ExportOrganiser, MemberStateInfo } from '../types';
import type { ExportTexts } from './layout-texts';
import { fill } from './texts';

/** What the Annex V cover page states. */
export interface CoverData {
  readonly initiative: ExportInitiative;
  readonly memberState: MemberStateInfo;
  readonly counts: DeclaredCounts;
  /** Day of the export, `YYYY-MM-DD`. */
  readonly createdOn: string;
  readonly signerName: string;
  readonly xmlFileName: string;
  /** The texts in the language of the authority. */
  readonly texts: ExportTexts;
  /** The initiative's title in that language where registered (else as `textIn` picks). */
  readonly title: string;
}

export const COVER_PAGE = { width: 595.28, height: 841.89, margin: 50 } as const;
const LABEL_WIDTH = 165;
const GRAY = '#555555';

function contactLines(texts: ExportTexts, organiser: ExportOrganiser | undefined): string {
  if (!organiser) return texts.t.noContact;
  const residence = fill(texts.t.residence, { country: texts.countryName(organiser.residence) });
  return [organiser.name, organiser.email ?? '', residence].filter((line) => line !== '').join('\n');
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

  const { t } = data.texts;
  doc.font('bold').fontSize(13).fillColor('black').text(t.coverTitle, left, y, { width });
  y += doc.heightOfString(t.coverTitle, { width }) + 3;
  doc.font('regular').fontSize(8.5).fillColor(GRAY);
  doc.text(t.coverSubtitle, left, y, { width });
  y += doc.heightOfString(t.coverSubtitle, { width }) + 12;

  // The Member State in a grey band as high as its label or name needs (a long name wraps).
  const stateName = `${data.texts.countryName(memberState.isoCode)} (${memberState.euCode})`;
  doc.font('regular').fontSize(8.5);
  const stateLabelHeight = doc.heightOfString(t.memberState, { width: LABEL_WIDTH - 18 });
  doc.font('bold').fontSize(14);
  const stateNameHeight = doc.heightOfString(stateName, { width: valueWidth });
  const band = Math.max(30, stateLabelHeight + 20, stateNameHeight + 14);
  doc.rect(left, y, width, band).fillColor('#eeeeee').fill();
  doc.font('regular').fontSize(8.5).fillColor(GRAY).text(t.memberState, left + 8, y + 10, { width: LABEL_WIDTH - 18 });
  doc.font('bold').fontSize(14).fillColor('black').text(stateName, valueX, y + 7, { width: valueWidth });
  y += band;

  await pause();
  heading(t.initiativeSection);
  field(t.title, data.title, true);
  field(t.registrationNumber, initiative.registrationNumber);
  field(t.registrationDate, initiative.registrationDate);
  field(t.registerUrl, initiative.registerUrl);
  field(t.collectionPeriod, `${initiative.collectionStart} – ${initiative.collectionEnd}`);

  await pause();
  heading(t.contactSection);
  field(t.representative, contactLines(data.texts, initiative.organisers.find((o) => o.role === 'representative')));
  field(t.substitute, contactLines(data.texts, initiative.organisers.find((o) => o.role === 'substitute')));

  await pause();
  const count = data.texts.count;
  heading(t.statementsSection);
  field(t.statementsForState, count(counts.online + counts.paper), true);
  field(`— ${t.online}`, count(counts.online));
  field(`— ${t.paper}`, count(counts.paper));
  field(t.totalAllStates, count(counts.totalAllMemberStates));
  field(t.annexPart, memberState.part === 'A' ? t.partA : t.partB);

  await pause();
  heading(t.declarationSection);
  doc.font('regular').fontSize(9.5).fillColor('black').text(t.declaration, left, y, { width });
  y += doc.heightOfString(t.declaration, { width }) + 10;
  field(t.date, data.createdOn);
  field(t.signature, fill(t.signatureText, { signer: data.signerName }));
  y += 6;
  doc.font('regular').fontSize(8).fillColor(GRAY).text(fill(t.filesNote, { xml: data.xmlFileName }), left, y, { width });
  doc.fillColor('black');
}
