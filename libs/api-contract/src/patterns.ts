/**
 * The formats of the identifiers in the API's paths and bodies, as the database enforces them:
 * one definition for the API's routes, its DTOs, its page server and the web app's router.
 */

/** The longest slug of an initiative or a partner (the database's CHECK allows 64 characters). */
export const SLUG_MAX_LENGTH = 64;

/** An initiative's or a partner's slug: lower-case letters, digits and inner hyphens, at most 64. */
export const SLUG_PATTERN = new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${SLUG_MAX_LENGTH - 2}}[a-z0-9])?$`);

/** A statement's id, which is also the signer's receipt; an account's id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A Member State in a path: two letters (the rules library decides which pairs are Member States). */
export const COUNTRY_PATTERN = /^[A-Za-z]{2}$/;

/**
 * An origin a partner site embeds pages from (and so one fit for `frame-ancestors`): scheme, host
 * and optional port, nothing else (no path, wildcard, space or `;`).
 */
export const ORIGIN_PATTERN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::[0-9]{1,5})?$/;
