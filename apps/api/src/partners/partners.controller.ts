import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { API_ROUTES, type CreatedPartner, type PartnerToken, type PublicPartner } from '@eci/api-contract';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { CreatePartnerDto, UpdatePartnerOriginsDto } from './create-partner.dto';
import { PartnersService } from './partners.service';

/** Organiser API for coalition partners. */
@ApiTags('partners (organisers)')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or wrong organiser credential' })
@UseGuards(RolesGuard)
@Roles('organiser')
@Controller()
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Post(API_ROUTES.partners)
  @ApiCreatedResponse({ description: 'The partner and its read token (shown this once)' })
  create(@Param('slug') slug: string, @Body() body: CreatePartnerDto, @Req() request: AuthenticatedRequest): Promise<CreatedPartner> {
    return this.partners.create(actorOf(request), slug, body);
  }

  @Get(API_ROUTES.partners)
  @ApiOkResponse({ description: 'The partners of the initiative (without tokens)' })
  list(@Param('slug') slug: string): Promise<PublicPartner[]> {
    return this.partners.list(slug);
  }

  @Put(API_ROUTES.partnerOrigins)
  @ApiOkResponse({ description: 'The partner with its new list of origins allowed to embed the signing page' })
  setOrigins(@Param('slug') slug: string, @Param('partner') partner: string, @Body() body: UpdatePartnerOriginsDto, @Req() request: AuthenticatedRequest): Promise<PublicPartner> {
    return this.partners.setAllowedOrigins(actorOf(request), slug, partner, body.allowedOrigins);
  }

  @Post(API_ROUTES.partnerToken)
  @ApiCreatedResponse({ description: 'A new read token (shown this once); the previous one stops working' })
  rotate(@Param('slug') slug: string, @Param('partner') partner: string, @Req() request: AuthenticatedRequest): Promise<PartnerToken> {
    return this.partners.rotateToken(actorOf(request), slug, partner);
  }

  @Delete(API_ROUTES.partnerToken)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The read token is revoked' })
  async revoke(@Param('slug') slug: string, @Param('partner') partner: string, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.partners.revokeToken(actorOf(request), slug, partner);
  }
}
