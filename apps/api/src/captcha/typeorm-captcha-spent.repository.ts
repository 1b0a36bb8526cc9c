import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaptchaSpentRepository } from './captcha-spent.repository';

@Injectable()
export class TypeOrmCaptchaSpentRepository implements CaptchaSpentRepository {
  constructor(private readonly db: DataSource) {}

  async spend(signature: string, expiresAt: Date, now: Date): Promise<boolean> {
    // One statement: forget expired challenges, then claim this one; the primary key decides races.
    const rows: unknown[] = await this.db.query(
      `WITH forgotten AS (DELETE FROM captcha_spent WHERE expires_at < $3)
       INSERT INTO captcha_spent (signature, expires_at) VALUES ($1, $2)
       ON CONFLICT (signature) DO NOTHING RETURNING signature`,
      [signature, expiresAt, now],
    );
    return rows.length === 1;
  }
}
