import { Controller, Get, Header, Param, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Partner } from '../partners/partner';
import { PartnerTokenGuard, type PartnerRequest } from '../partners/partner-token.guard';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller('initiatives/:slug')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('progress')
  @Header('cache-control', 'public, max-age=5')
  @ApiOkResponse({ description: 'Total against one million, and all 27 Member States against their minimum (EU protocol order)' })
  get(@Param('slug') slug: string) {
    return this.progress.forInitiative(slug);
  }

  @Get('partners/:partner/progress')
  @UseGuards(PartnerTokenGuard)
  @Header('cache-control', 'private, no-store')
  @ApiBearerAuth()
  @ApiOkResponse({ description: "Campaign totals and this partner's own contribution per country" })
  @ApiUnauthorizedResponse({ description: "Missing token, or not this partner's current token" })
  partner(@Param('slug') slug: string, @Req() request: PartnerRequest) {
    return this.progress.forPartner(slug, request.partner as Partner);
  }
}
