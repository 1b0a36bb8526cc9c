import type { SourceTag } from './data/sources';

/**
 * The channels through which an initiative may collect statements of support, decided by the law
 * from its registration date. Rules as data: a change in the law is one edit to CHANNEL_RULES.
 *
 * - `own-online`: the organisers' own (individual) online collection system, Art. 11 of Regulation
 *   (EU) 2019/788: only for initiatives registered up to 31 December 2022.
 * - `cocs`: the Commission's central online collection system, offered since the Regulation applied
 *   (1 January 2020) and the only online channel for initiatives registered since 1 January 2023.
 * - `paper`: statements on the Commission's paper forms, always.
 */
export type CollectionChannel = 'own-online' | 'cocs' | 'paper';

export const COLLECTION_CHANNELS: readonly CollectionChannel[] = ['own-online', 'cocs', 'paper'];

export interface ChannelRule {
  readonly channel: CollectionChannel;
  /** First registration day (inclusive) the channel is lawful for; absent = no lower limit. */
  readonly registeredFrom?: string;
  /** Last registration day (inclusive) the channel is lawful for; absent = no upper limit. */
  readonly registeredUpTo?: string;
  /** Why, in one sentence, for organisers and docs. */
  readonly reason: string;
  readonly sources: readonly SourceTag[];
}

export const CHANNEL_RULES: readonly ChannelRule[] = [
  {
    channel: 'own-online',
    registeredUpTo: '2022-12-31',
    reason: 'Own online collection systems may only be used for initiatives registered up to 31 December 2022 (Regulation (EU) 2019/788, recital 23 and Art. 11(7)).',
    sources: ['S7', 'S20'],
  },
  {
    channel: 'cocs',
    registeredFrom: '2020-01-01',
    reason: "The Commission's central online collection system serves initiatives registered under Regulation (EU) 2019/788; it is the only online channel for those registered since 1 January 2023.",
    sources: ['S18', 'S19'],
  },
  {
    channel: 'paper',
    reason: 'Statements of support on paper forms may be collected for every initiative (Art. 9 and Annex III).',
    sources: ['S10'],
  },
];

/** The rules that make each channel lawful for an initiative registered on `registrationDate`. */
export function lawfulChannels(registrationDate: string): CollectionChannel[] {
  return CHANNEL_RULES.filter(
    (rule) => (!rule.registeredFrom || registrationDate >= rule.registeredFrom) && (!rule.registeredUpTo || registrationDate <= rule.registeredUpTo),
  ).map((rule) => rule.channel);
}

export function isLawfulChannel(channel: CollectionChannel, registrationDate: string): boolean {
  return lawfulChannels(registrationDate).includes(channel);
}

/**
 * How an initiative collects online: through its own system (this product's signing page) where
 * that is lawful and the organisers gave no COCS signing address, else through the COCS (an
 * initiative registered up to 2022 that gives a COCS address has chosen the COCS); `null` when no
 * online channel is lawful.
 */
export function onlineChannelFor(registrationDate: string, hasCocsAddress: boolean): 'own-online' | 'cocs' | null {
  const lawful = lawfulChannels(registrationDate);
  if (lawful.includes('own-online') && !hasCocsAddress) return 'own-online';
  if (lawful.includes('cocs')) return 'cocs';
  return lawful.includes('own-online') ? 'own-online' : null;
}
