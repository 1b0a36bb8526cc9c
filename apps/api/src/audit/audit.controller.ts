import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { API_ROUTES, AUDIT_ACTIONS, type AuditTrailEntry, type AuditVerdict } from '@eci/api-contract';
import { ApiOkResponse, ApiQuery, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { parseAuditQuery } from './audit-query';
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
  @ApiQuery({ name: 'limit', required: false, description: 'At most this many (≤ 1000, default 100), counted after the filters' })
  @ApiQuery({ name: 'action', required: false, enum: AUDIT_ACTIONS, description: 'Only entries with exactly this action' })
  @ApiQuery({ name: 'actor', required: false, description: 'Only entries by exactly this actor: `account:{uuid}`, `organiser-token`, `command`, `system` or `anonymous`' })
  @ApiQuery({ name: 'from', required: false, description: 'Only entries at or after: an ISO 8601 day (UTC, `2026-12-06`) or instant with offset (`2026-12-06T10:00:00Z`)' })
  @ApiQuery({ name: 'to', required: false, description: 'Only entries before: an instant (exclusive), or a day (UTC, that whole day included); after `from`' })
  @ApiOkResponse({
    description:
      'Entries concerning this initiative, and those of the installation that name no initiative (failed logins with unknown e-mails), oldest first: `[{id, at, actor, action, details, prevHash, hash}]`, each with the SHA-256 of the entry before it in the whole trail',
  })
  @ApiUnprocessableEntityResponse({ description: '`format` naming each bad parameter (`action`, `actor`, `from`, `to`; `to` also when not after `from`)' })
  list(@Param('slug') slug: string, @Query() query: Record<string, unknown>): Promise<AuditTrailEntry[]> {
    const { after, limit, filter } = parseAuditQuery(query);
    return this.audit.listForInitiative(slug, after, limit, filter) as Promise<AuditTrailEntry[]>;
  }

  @Get(API_ROUTES.auditVerify)
  @ApiOkResponse({
    description:
      'Verifies the whole trail (every initiative): `{valid: true, head}`, or `{valid: false, firstBroken, reason}` naming the id of the first entry that does not hold (`reason`: `hash`, its content was changed; `prev_hash`, the entry before it was removed or replaced)',
  })
  async verify(): Promise<AuditVerdict> {
    const verdict = await this.audit.verify();
    return verdict.valid ? { valid: true, head: verdict.head } : { valid: false, firstBroken: String(verdict.firstBroken), reason: verdict.reason };
  }
}
