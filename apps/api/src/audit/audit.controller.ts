import { API_ROUTES } from '@eci/api-contract';
import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { AuditService } from './audit.service';

/** The audit trail, for the auditors of one initiative. */
@ApiTags('audit (auditors)')
@UseGuards(RolesGuard)
@Roles('auditor')
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get(API_ROUTES.audit)
  @ApiQuery({ name: 'after', required: false, description: 'Entries after this id' })
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many (≤ 1000)' })
  @ApiOkResponse({
    description:
      'Entries concerning this initiative, and those of the installation that name no initiative (failed logins with unknown e-mails), oldest first, each with the SHA-256 of the entry before it in the whole trail',
  })
  list(@Param('slug') slug: string, @Query('after') after?: string, @Query('limit') limit?: string) {
    // Whole numbers only: anything else (1e309, -1, NaN) is the default, never a query parameter.
    const whole = (value: string | undefined, fallback: number) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : fallback);
    return this.audit.listForInitiative(slug, whole(after, 0), whole(limit, 100));
  }

  @Get(API_ROUTES.auditVerify)
  @ApiOkResponse({ description: 'Verifies the whole trail (every initiative) and reveals only the verdict: `{valid: true, head}` or `{valid: false}`' })
  async verify(): Promise<{ valid: true; head: string } | { valid: false }> {
    const verdict = await this.audit.verify();
    return verdict.valid ? { valid: true, head: verdict.head } : { valid: false };
  }
}
