import { getCountryRule, normaliseCountryCode } from './countries';
import { noteKey } from './messages';

/**
 * Message keys of notes to show for a (possibly incomplete) statement: currently the
 * German rule that Germans living abroad must be registered with the competent German
 * diplomatic mission [S16][S17] (nationality DE, residence country known and not DE).
 */
export function notesFor(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const { nationality, residenceCountry } = input as { nationality?: unknown; residenceCountry?: unknown };
  const rule = typeof nationality === 'string' ? getCountryRule(nationality) : undefined;
  const residence = typeof residenceCountry === 'string' ? normaliseCountryCode(residenceCountry) : undefined;
  const note = rule?.noteWhenResidingAbroad;
  return note && residence !== undefined && residence !== rule.code ? [noteKey(note)] : [];
}
