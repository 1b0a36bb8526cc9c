import { isCollecting, type CountryRule } from '@eci/rules';
import type { DeclaredCounts, ExportCounts, ExportStatement } from './types';

/**
 * Raised when the data handed to the exporter cannot belong in this Member State's export.
 * Messages name the statement by position and id only: never personal data.
 */
export class ExportDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportDataError';
  }
}

/** The statements received differ from the counts printed on the cover page. */
export class ExportCountMismatchError extends ExportDataError {
  constructor(
    readonly declared: DeclaredCounts,
    readonly actual: ExportCounts,
  ) {
    super(
      `The declared counts (online ${declared.online}, paper ${declared.paper}) differ from the statements received ` +
        `(online ${actual.online}, paper ${actual.paper}); the export was discarded`,
    );
    this.name = 'ExportCountMismatchError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Rule-pack versions look like `2026.11.1`; the set of them is kept, so it must stay small. */
const RULES_VERSION_SHAPE = /^[0-9A-Za-z.+-]{1,32}$/;
const MAX_RULES_VERSIONS = 1000;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

export function checkDeclaredCounts(counts: DeclaredCounts): void {
  if (!isCount(counts.online) || !isCount(counts.paper) || !isCount(counts.totalAllMemberStates)) {
    throw new ExportDataError('Counts must be non-negative integers');
  }
  if (counts.online + counts.paper > counts.totalAllMemberStates) {
    throw new ExportDataError('The total for all Member States is smaller than the count for this Member State');
  }
}

/**
 * Checks every statement on its way into the files and counts them. A statement of another
 * nationality, of the wrong Annex III part, with a malformed id or outside the collection
 * period stops the export: it would otherwise be certified to the wrong authority.
 */
export class StatementTally {
  private online = 0;
  private paper = 0;
  private formatConfirmed = 0;
  private readonly rulesVersions = new Set<string>();

  constructor(
    private readonly rule: CountryRule,
    private readonly collectionPeriod: { readonly start: string; readonly end: string },
    private readonly totalAllMemberStates: number,
  ) {}

  get count(): number {
    return this.online + this.paper;
  }

  /** Checks the statement and counts it; returns its running number (1-based). */
  add(item: ExportStatement): number {
    const position = this.count + 1;
    const fail = (problem: string): never => {
      const id = typeof item.statementId === 'string' && UUID.test(item.statementId) ? ` (${item.statementId})` : '';
      throw new ExportDataError(`Statement #${position}${id}: ${problem}`);
    };
    if (typeof item.statementId !== 'string' || !UUID.test(item.statementId)) fail('the statement id is not a lower-case UUID');
    if (typeof item.signedOn !== 'string' || !ISO_DATE.test(item.signedOn)) fail('the signing date is not YYYY-MM-DD');
    if (!isCollecting(item.signedOn, this.collectionPeriod)) {
      fail('signed outside the collection period');
    }
    if (item.channel !== 'online' && item.channel !== 'paper') fail('unknown collection channel');
    if (typeof item.idFormatConfirmed !== 'boolean') fail('idFormatConfirmed is not a boolean');
    if (typeof item.rulesVersion !== 'string' || !RULES_VERSION_SHAPE.test(item.rulesVersion)) fail('malformed rules version');
    const statement = item.statement;
    if (statement.nationality !== this.rule.code) fail(`nationality is not ${this.rule.code}`);
    if (statement.part !== this.rule.part) fail(`not an Annex III part ${this.rule.part} statement`);
    if (statement.signingDate !== item.signedOn) fail('the statement and its envelope have different signing dates');
    if (statement.part === 'B' && !this.rule.documents.some((doc) => doc.type === statement.idDocumentType)) {
      fail(`document type ${statement.idDocumentType} is not accepted by ${this.rule.code}`);
    }
    if (!this.rulesVersions.has(item.rulesVersion)) {
      if (this.rulesVersions.size >= MAX_RULES_VERSIONS) fail('too many different rules versions');
      this.rulesVersions.add(item.rulesVersion);
    }
    if (item.channel === 'online') this.online += 1;
    else this.paper += 1;
    if (item.idFormatConfirmed) this.formatConfirmed += 1;
    return position;
  }

  counts(): ExportCounts {
    return {
      total: this.count,
      online: this.online,
      paper: this.paper,
      formatConfirmed: this.formatConfirmed,
      totalAllMemberStates: this.totalAllMemberStates,
    };
  }

  /** The rule-pack versions the statements were validated with, sorted. */
  statementRulesVersions(): string[] {
    return [...this.rulesVersions].sort();
  }

  /** Throws unless the statements received match the counts printed on the cover. */
  assertMatches(declared: DeclaredCounts): ExportCounts {
    const actual = this.counts();
    if (actual.online !== declared.online || actual.paper !== declared.paper) {
      throw new ExportCountMismatchError(declared, actual);
    }
    return actual;
  }
}
