import { Body, Controller, Get, Param, Put, Req, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { SetPublicKeyDto } from './set-public-key.dto';
import { API_ROUTES, type PublicInitiative } from '@eci/api-contract';
import { InitiativesService } from './initiatives.service';

@ApiTags('initiatives')
@Controller()
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get(API_ROUTES.initiative)
  @ApiOkResponse({ description: 'The initiative as registered, with the threshold table that applies to it' })
  @ApiNotFoundResponse({ description: 'No initiative with this slug' })
  get(@Param('slug') slug: string): Promise<PublicInitiative> {
    return this.initiatives.getPublic(slug);
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
