import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { actorOf, Roles, SignedIn, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { SetPublicKeyDto } from './set-public-key.dto';
import { API_ROUTES, type ManagedInitiative, type PublicInitiative } from '@eci/api-contract';
import { CreateInitiativeDto, UpdateInitiativeDto } from './initiative.dto';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@Controller()
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get(API_ROUTES.initiatives)
  @UseGuards(RolesGuard)
  @SignedIn()
  @ApiOkResponse({ description: 'The initiatives the signed-in account holds a role on (every one for the organiser credential), by slug, with their public keys' })
  list(@Req() request: AuthenticatedRequest): Promise<ManagedInitiative[]> {
    return this.initiatives.list(request.account);
  }

  @Post(API_ROUTES.initiatives)
  @UseGuards(RolesGuard)
  @SignedIn()
  @ApiCreatedResponse({ description: 'The initiative as created; a signed-in account that creates it becomes its organiser' })
  @ApiUnprocessableEntityResponse({ description: 'Registration data refused: `registration_year`, `date_in_future`, `kick_off_before_registration`, `kick_off_too_late`, `unknown_language`, `too_long`, `organisers_*`, `format`, `required`' })
  @ApiConflictResponse({ description: '`initiative_exists`: the slug or the registration number is taken' })
  create(@Body() body: CreateInitiativeDto, @Req() request: AuthenticatedRequest): Promise<ManagedInitiative> {
    return this.initiatives.create(actorOf(request), request.account, body);
  }

  @Get(API_ROUTES.initiative)
  @ApiOkResponse({ description: 'The initiative as registered, with the threshold table that applies to it' })
  @ApiNotFoundResponse({ description: 'No initiative with this slug' })
  get(@Param('slug') slug: string): Promise<PublicInitiative> {
    return this.initiatives.getPublic(slug);
  }

  @Patch(API_ROUTES.initiative)
  @UseGuards(RolesGuard)
  @Roles('organiser')
  @ApiOkResponse({ description: 'The initiative with the given fields changed (the last day of collection follows the kick-off)' })
  @ApiConflictResponse({ description: '`statements_exist`: the registration or the kick-off cannot change once statements exist; `key_in_use`; `initiative_exists`' })
  update(@Param('slug') slug: string, @Body() body: UpdateInitiativeDto, @Req() request: AuthenticatedRequest): Promise<ManagedInitiative> {
    return this.initiatives.update(actorOf(request), slug, body);
  }

  @Post(API_ROUTES.initiativeClose)
  @HttpCode(200)
  @UseGuards(RolesGuard)
  @Roles('organiser')
  @ApiOkResponse({ description: 'Collection closed early from today (Brussels): statements from today on are refused' })
  @ApiConflictResponse({ description: '`close_not_started`, `close_ended` or `collection_already_closed`' })
  @ApiForbiddenResponse({ description: 'Not an organiser of this initiative' })
  close(@Param('slug') slug: string, @Req() request: AuthenticatedRequest): Promise<ManagedInitiative> {
    return this.initiatives.closeEarly(actorOf(request), slug);
  }

  @Put(API_ROUTES.initiativePublicKey)
  @UseGuards(RolesGuard)
  @Roles('organiser')
  @ApiOkResponse({ description: "The organisers' public key statements are sealed to (from `npm run keys -- generate`)" })
  @ApiConflictResponse({ description: '`key_in_use`: statements are already sealed to the current key' })
  setPublicKey(@Param('slug') slug: string, @Body() body: SetPublicKeyDto, @Req() request: AuthenticatedRequest) {
    return this.initiatives.setPublicKey(actorOf(request), slug, body.publicKey);
  }
}
