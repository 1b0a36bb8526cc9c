import type { CountryRule } from '@eci/rules';
import { documentNationalName, printedCountryCode } from '../member-state';
import type { ExportStatement } from '../types';
import type { ColumnHeadings, LayoutTexts } from './texts';

export type CellFont = 'regular' | 'mono';
export type ColumnKey = keyof ColumnHeadings;

/**
 * How a column gets its width: wide enough for a sample value (and at least `minWidth` points,
 * to keep a long heading to a few lines), or a share of what is left.
 */
type Sizing = { readonly fit: string; readonly minWidth?: number } | { readonly weight: number };

export interface ColumnSpec {
  readonly key: ColumnKey;
  readonly font: CellFont;
  readonly sizing: Sizing;
  readonly value: (item: ExportStatement, position: number) => string;
}

export interface TableColumn {
  readonly key: ColumnKey;
  readonly heading: string;
  readonly font: CellFont;
  readonly x: number;
  readonly width: number;
  readonly value: (item: ExportStatement, position: number) => string;
}

const LEADING: readonly ColumnSpec[] = [
  { key: 'position', font: 'regular', sizing: { fit: '100000' }, value: (_item, position) => String(position) },
  { key: 'statementId', font: 'mono', sizing: { fit: '00000000-0000-0000-0000-000000000000' }, value: (item) => item.statementId },
  { key: 'signedOn', font: 'regular', sizing: { fit: '0000-00-00' }, value: (item) => item.signedOn },
];

/** The flag column, wide enough for the longer of the language's "yes" and "no". */
function trailing(texts: LayoutTexts): readonly ColumnSpec[] {
  const widest = texts.yes.length >= texts.no.length ? texts.yes : texts.no;
  const flag = (item: ExportStatement): string => (item.idFormatConfirmed ? texts.yes : texts.no);
  return [{ key: 'formatConfirmed', font: 'regular', sizing: { fit: widest, minWidth: 56 }, value: flag }];
}

/** The Annex III columns of a Member State's part, with the statement id, date and flag. */
export function columnSpecs(rule: CountryRule, texts: LayoutTexts): readonly ColumnSpec[] {
  const names: ColumnSpec[] = [
    { key: 'fullFirstNames', font: 'regular', sizing: { weight: 1 }, value: (item) => item.statement.fullFirstNames },
    { key: 'familyNames', font: 'regular', sizing: { weight: 1 }, value: (item) => item.statement.familyNames },
  ];
  const partColumns: ColumnSpec[] =
    rule.part === 'A'
      ? [
          { key: 'street', font: 'regular', sizing: { weight: 1.25 }, value: (item) => (item.statement.part === 'A' ? item.statement.street : '') },
          { key: 'streetNumber', font: 'regular', sizing: { fit: '1234 B' }, value: (item) => (item.statement.part === 'A' ? item.statement.streetNumber : '') },
          { key: 'postalCode', font: 'regular', sizing: { fit: 'D02 X285' }, value: (item) => (item.statement.part === 'A' ? item.statement.postalCode : '') },
          { key: 'city', font: 'regular', sizing: { weight: 0.9 }, value: (item) => (item.statement.part === 'A' ? item.statement.city : '') },
          {
            key: 'residenceCountry',
            font: 'regular',
            sizing: { fit: 'XX' },
            value: (item) => (item.statement.part === 'A' ? printedCountryCode(item.statement.residenceCountry) : ''),
          },
          { key: 'dateOfBirth', font: 'regular', sizing: { fit: '0000-00-00' }, value: (item) => (item.statement.part === 'A' ? item.statement.dateOfBirth : '') },
        ]
      : [
          {
            key: 'idDocumentType',
            font: 'regular',
            sizing: { weight: 1 },
            value: (item) => (item.statement.part === 'B' ? documentNationalName(rule, item.statement.idDocumentType) : ''),
          },
          { key: 'idDocumentNumber', font: 'mono', sizing: { fit: '0000000000000' }, value: (item) => (item.statement.part === 'B' ? item.statement.idDocumentNumber : '') },
        ];
  return [...LEADING, ...names, ...partColumns, ...trailing(texts)];
}

export interface ColumnMetrics {
  /** Width of a cell value in the column's font. */
  valueWidth(font: CellFont, text: string): number;
  /** Width of the widest word of a heading (headings wrap between words). */
  headingWidth(text: string): number;
  readonly cellPadding: number;
}

/**
 * Places the columns across `width` starting at `x`: sample-fitted columns first (never
 * narrower than the longest word of their heading), the rest shared by weight.
 */
export function layoutColumns(specs: readonly ColumnSpec[], headings: ColumnHeadings, x: number, width: number, metrics: ColumnMetrics): TableColumn[] {
  const pad = 2 * metrics.cellPadding;
  const fixed = specs.map((spec) =>
    'fit' in spec.sizing
      ? Math.ceil(
          Math.max(metrics.valueWidth(spec.font, spec.sizing.fit) + pad, metrics.headingWidth(headings[spec.key]) + pad, spec.sizing.minWidth ?? 0),
        )
      : 0,
  );
  const totalWeight = specs.reduce((sum, spec) => sum + ('weight' in spec.sizing ? spec.sizing.weight : 0), 0);
  const free = width - fixed.reduce((sum, w) => sum + w, 0);
  if (free <= 0 || totalWeight === 0) throw new Error('The table columns do not fit on the page');
  let left = x;
  return specs.map((spec, i) => {
    const columnWidth = 'weight' in spec.sizing ? (free * spec.sizing.weight) / totalWeight : (fixed[i] as number);
    const column = { key: spec.key, heading: headings[spec.key], font: spec.font, x: left, width: columnWidth, value: spec.value };
    left += columnWidth;
    return column;
  });
}
