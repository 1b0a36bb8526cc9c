import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LoginThrottleRepository } from './login-throttle.repository';
import type { FailureCount } from './throttle-policy';

interface Row {
  failures: number;
  last_failure_at: Date;
}

const toCount = (r: Row): FailureCount => ({ failures: r.failures, lastFailureAt: new Date(r.last_failure_at).getTime() });

@Injectable()
export class TypeOrmLoginThrottleRepository implements LoginThrottleRepository {
  constructor(private readonly db: DataSource) {}

  async find(key: Buffer): Promise<FailureCount | undefined> {
    const [row] = (await this.db.query(`SELECT failures, last_failure_at FROM login_throttle WHERE key = $1`, [key])) as Row[];
    return row ? toCount(row) : undefined;
  }

  async addFailure(key: Buffer, now: Date, forgetBefore: Date): Promise<FailureCount> {
    const [row] = (await this.db.query(
      `INSERT INTO login_throttle AS t (key, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at <= $3 THEN 1 ELSE t.failures + 1 END,
           last_failure_at = GREATEST(t.last_failure_at, $2)
       RETURNING failures, last_failure_at`,
      [key, now, forgetBefore],
    )) as Row[];
    return toCount(row);
  }

  async reset(key: Buffer): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }

  async prune(before: Date): Promise<void> {
    await this.db.query(`DELETE FROM login_throttle WHERE last_failure_at < $1`, [before]);
  }
}
