import { Controller, Get, Header, Headers, Param, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { API_ROUTES, type PartnerProgress } from '@eci/api-contract';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Partner } from '../partners/partner';
import { PartnerTokenGuard, type PartnerRequest } from '../partners/partner-token.guard';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Controller()
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get(API_ROUTES.progress)
  @Header('cache-control', 'public, max-age=5')
  @ApiOkResponse({ description: 'Total against one million, and all 27 Member States against their minimum (EU protocol order)' })
  async get(@Param('slug') slug: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { json, etag } = await this.progress.serialisedForInitiative(slug);
    void reply.header('etag', etag);
    if (ifNoneMatch === etag) {
      void reply.status(304);
      return '';
    }
    void reply.header('content-type', 'application/json; charset=utf-8');
    return json;
  }

  @Get(API_ROUTES.partnerProgress)
  @UseGuards(PartnerTokenGuard)
  @Header('cache-control', 'private, no-store')
  @ApiBearerAuth()
  @ApiOkResponse({ description: "Campaign totals and this partner's own contribution per country" })
  @ApiUnauthorizedResponse({ description: "Missing token, or not this partner's current token" })
  partner(@Param('slug') slug: string, @Req() request: PartnerRequest): Promise<PartnerProgress> {
    return this.progress.forPartner(slug, request.partner as Partner);
  }
}
