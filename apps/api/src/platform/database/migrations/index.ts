import { CreateInitiatives1763900000000 } from './1763900000000-create-initiatives';
import { CreateSignatures1763900100000 } from './1763900100000-create-signatures';
import { AddPartnerAccess1763900200000 } from './1763900200000-add-partner-access';
import { CreateAccountsAndAuditLog1763900300000 } from './1763900300000-create-accounts-and-audit-log';
import { CountSignatures1763900400000 } from './1763900400000-count-signatures';
import { SignStatements1764000000000 } from './1764000000000-sign-statements';
import { GrantRolesPerInitiative1764000100000 } from './1764000100000-grant-roles-per-initiative';
import { ThrottleLogins1764000200000 } from './1764000200000-throttle-logins';
import { SetUpInitiatives1765000000000 } from './1765000000000-set-up-initiatives';
import { DisableAccountsPerInitiative1765100000000 } from './1765100000000-disable-accounts-per-initiative';

/** Every migration, in order. Listed explicitly so the compiled app and the tests run the same set. */
export const MIGRATIONS = [
  CreateInitiatives1763900000000,
  CreateSignatures1763900100000,
  AddPartnerAccess1763900200000,
  CreateAccountsAndAuditLog1763900300000,
  CountSignatures1763900400000,
  SignStatements1764000000000,
  GrantRolesPerInitiative1764000100000,
  ThrottleLogins1764000200000,
  SetUpInitiatives1765000000000,
  DisableAccountsPerInitiative1765100000000,
];
