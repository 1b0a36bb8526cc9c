import sodium from 'sodium-native';

/**
 * Hashes and checks account passwords. A seam of its own because hashing is slow on purpose: the
 * API uses Argon2id at libsodium's interactive cost, tests the same code at the cheapest cost.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** A hash to verify against when the account does not exist, so both paths take the same time. */
  decoy(): Promise<string>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');

/** Argon2id passes and memory (bytes), as libsodium's `crypto_pwhash_str` takes them. */
export interface HashCost {
  opsLimit: number;
  memLimit: number;
}

/** libsodium's interactive cost (2 passes, 64 MiB): what account passwords are hashed with. */
export const INTERACTIVE_COST: HashCost = { opsLimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memLimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };

/**
 * Account passwords: Argon2id through libsodium's `crypto_pwhash_str` (salt and cost in the
 * string, so a hash made at any cost verifies), computed off the event loop.
 */
export class Argon2idHasher implements PasswordHasher {
  private decoyHash: Promise<string> | undefined;

  constructor(private readonly cost: HashCost = INTERACTIVE_COST) {}

  hash(password: string): Promise<string> {
    const out = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
    return new Promise((resolve, reject) =>
      sodium.crypto_pwhash_str_async(out, Buffer.from(password, 'utf8'), this.cost.opsLimit, this.cost.memLimit, (error) =>
        error ? reject(error) : resolve(out.toString('utf8').replace(/\0+$/, '')),
      ),
    );
  }

  verify(hash: string, password: string): Promise<boolean> {
    const str = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
    str.write(hash, 'utf8');
    return new Promise((resolve) =>
      sodium.crypto_pwhash_str_verify_async(str, Buffer.from(password, 'utf8'), (error, ok) => resolve(!error && Boolean(ok))),
    );
  }

  decoy(): Promise<string> {
    this.decoyHash ??= this.hash('not a password of anyone');
    return this.decoyHash;
  }
}
