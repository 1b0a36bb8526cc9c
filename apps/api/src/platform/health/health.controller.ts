import { API_ROUTES } from '@eci/api-contract';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Translate } from '../errors/error-response';
import { ERROR_TRANSLATE } from '../errors/error-translate';
import { pickLanguage } from '../i18n/language';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthService,
    @Inject(ERROR_TRANSLATE) private readonly translate: Translate,
  ) {}

  @Get(API_ROUTES.health)
  @ApiOkResponse({ description: 'The API and its database are up: `{"status":"ok","database":"up"}`' })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached: `"database":"down"`, with the house `errors`' })
  async get(@Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const health = await this.health.check();
    if (health.database === 'up') return health;
    reply.status(503);
    const item = { field: null, code: 'database_down' } as const;
    return { ...health, errors: [{ ...item, message: this.translate(item, pickLanguage([], acceptLanguage)) }] };
  }
}
