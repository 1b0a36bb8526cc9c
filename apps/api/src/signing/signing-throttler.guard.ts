import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Per-client-IP limit on signing (`ECI_RATE_LIMIT_PER_MINUTE`; 0 = off). The address is used in
 * memory by the throttler only, never stored or logged.
 */
@Injectable()
export class SigningThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(_context: ExecutionContext): Promise<boolean> {
    return this.throttlers.every((t) => typeof t.limit === 'number' && t.limit <= 0);
  }
}
