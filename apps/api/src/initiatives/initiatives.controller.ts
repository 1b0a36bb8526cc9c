import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InitiativesService, type PublicInitiative } from './initiatives.service';

@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(private readonly initiatives: InitiativesService) {}

  @Get(':slug')
  @ApiOkResponse({ description: 'The initiative as registered, with the threshold table that applies to it' })
  @ApiNotFoundResponse({ description: 'No initiative with this slug' })
  get(@Param('slug') slug: string): Promise<PublicInitiative> {
    return this.initiatives.getPublic(slug);
  }
}
