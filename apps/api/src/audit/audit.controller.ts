import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { RolesGuard } from '../auth/roles.guard';
import { AuditService } from './audit.service';

@ApiTags('audit (auditors)')
@UseGuards(RolesGuard)
@Roles('auditor')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiQuery({ name: 'after', required: false, description: 'Entries after this id' })
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many (≤ 1000)' })
  @ApiOkResponse({ description: 'Audit entries, oldest first, each with the SHA-256 of the previous one' })
  list(@Query('after') after?: string, @Query('limit') limit?: string) {
    // Whole numbers only: anything else (1e309, -1, NaN) is the default, never a query parameter.
    const whole = (value: string | undefined, fallback: number) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : fallback);
    return this.audit.list(whole(after, 0), whole(limit, 100));
  }

  @Get('verify')
  @ApiOkResponse({ description: '`{valid, entries, head}` or `{valid:false, firstBroken, reason}`' })
  verify() {
    return this.audit.verify();
  }
}
