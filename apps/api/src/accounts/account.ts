export type Role = 'organiser' | 'auditor';

export const ROLES: readonly Role[] = ['organiser', 'auditor'];

export interface Account {
  id: string;
  email: string;
  role: Role;
  failedLogins: number;
  lockedUntil: Date | null;
  disabled: boolean;
}

export interface Session {
  account: Account;
  csrfTokenHash: Buffer;
  expiresAt: Date;
}
