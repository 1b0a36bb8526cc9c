/**
 * Version of the rule pack: YYYY.MM.N (year and month of the facts, N = release in that
 * month). Bump on any change of data or rule behaviour; see docs/rules.md.
 */
export const RULES_VERSION = '2026.11.1';
