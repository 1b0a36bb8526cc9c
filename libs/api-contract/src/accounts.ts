/**
 * Accounts and sessions of organisers, auditors and data-entry volunteers, as the console sees them.
 * Every role is held on one initiative.
 */

/** `data-entry`: volunteers who will type paper statements in (step 11); for now it grants nothing but being listed. */
export const ACCOUNT_ROLES = ['organiser', 'auditor', 'data-entry'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** A password an organiser sets (creating an account, or resetting one): 12 to 1024 characters. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * `GET /api/initiatives/{slug}/accounts` (one item per account), `POST` (the account created or
 * granted), and the answers of the account actions: an account with its roles on this initiative only.
 */
export interface InitiativeAccount {
  id: string;
  email: string;
  /** Its roles on this initiative, in alphabetical order (kept while it is disabled). */
  roles: AccountRole[];
  /** Disabled on this initiative (its roles grant nothing here), or everywhere. */
  disabled: boolean;
}

/** `POST /api/initiatives/{slug}/accounts`. Without `password`: grants `role` to the existing account with this e-mail. */
export interface CreateAccountRequest {
  email: string;
  role: AccountRole;
  password?: string;
}

/** `PUT /api/initiatives/{slug}/accounts/{id}/password`. */
export interface ResetPasswordRequest {
  password: string;
}

/** `GET /api/auth/me` and `account` in the login answer. */
export interface SignedInAccount {
  /** `null` for the installation's organiser credential. */
  email: string | null;
  /** The roles that grant something: those on initiatives that disabled the account are left out. */
  roles: { initiative: string; role: AccountRole }[];
  /** Only for the installation's organiser credential. */
  organiserToken?: true;
}

/** `POST /api/auth/login` → 200 (sets the session cookie). */
export interface LoginAnswer {
  account: SignedInAccount;
  /** To send as `X-CSRF-Token` with every request that changes something. */
  csrfToken: string;
  expiresAt: string;
}
