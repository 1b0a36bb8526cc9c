import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOkResponse({ description: 'The API and its database are up: `{"status":"ok","database":"up"}`' })
  @ApiServiceUnavailableResponse({ description: 'The database cannot be reached: `"database":"down"`' })
  async get(@Res({ passthrough: true }) reply: FastifyReply) {
    const health = await this.health.check();
    if (health.database === 'up') return health;
    reply.status(503);
    return { ...health, errors: [{ field: null, code: 'database_down', message: 'The database cannot be reached.' }] };
  }
}
