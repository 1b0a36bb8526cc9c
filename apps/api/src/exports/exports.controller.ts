import { API_ROUTES, EXPORT_ID_HEADER, UUID_PATTERN, type ExportProgress } from '@eci/api-contract';
import { Body, Controller, Get, Headers, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { ExportRequestDto } from './export-request.dto';
import { ExportProgressTracker } from './export-progress';
import { ExportsService } from './exports.service';
import { DomainError } from '../platform/errors/domain-error';

@ApiTags('exports (auditors)')
@UseGuards(RolesGuard)
@Roles('auditor')
@Controller()
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly progress: ExportProgressTracker,
  ) {}

  @Post(API_ROUTES.exportCountry)
  @ApiHeader({ name: EXPORT_ID_HEADER, required: false, description: 'A UUID the client chooses, to follow this export at `GET …/exports/progress/{id}` while it is built' })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'statements-{CC}.zip: signed PDF (Annex V + Annex III), XML, manifest.json and its detached signature' })
  @ApiUnprocessableEntityResponse({
    description: '`wrong_passphrase`, `wrong_key` (not this initiative’s key), `key_file_cost` (the key file asks for more Argon2id memory or passes than `npm run keys` uses), `certificate`, `format` (also a `language` that is not one of the Member State’s official languages)',
  })
  @ApiTooManyRequestsResponse({ description: '`export_busy`: another export is being prepared by this server; `Retry-After` says when to try again' })
  @ApiConflictResponse({ description: '`conflict` (field `X-Export-Id`): this server already tracks an export under that id' })
  async export(
    @Param('slug') slug: string,
    @Param('country') country: string,
    @Body() body: ExportRequestDto,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
    @Headers('x-export-id') exportId?: string,
  ) {
    if (exportId !== undefined && !UUID_PATTERN.test(exportId)) throw DomainError.of('format', EXPORT_ID_HEADER);
    const finished = await this.exports
      .exportCountry(actorOf(request), slug, country, {
        keyFile: body.keyFile,
        passphrase: body.passphrase,
        certificate: new Uint8Array(Buffer.from(body.certificate, 'base64')),
        certificatePassphrase: body.certificatePassphrase,
      }, { language: body.language, progressId: exportId });
    return reply
      .status(200)
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${finished.fileName}"`)
      .header('content-length', String(finished.bytes))
      .header('x-content-sha256', finished.sha256)
      .header('cache-control', 'no-store')
      .send(finished.open());
  }

  @Get(API_ROUTES.exportProgress)
  @ApiOkResponse({
    description:
      'Where the export started with this `X-Export-Id` stands: `{stage, done, total}`, `stage` one of `unlocking`, `reading` (`done` of `total` statements laid out), `pdf`, `signing`, `zipping`, `done`, `failed`. Kept in this server’s memory for 15 minutes after its last change',
  })
  @ApiNotFoundResponse({ description: '`not_found`: no export under this id started by this account on this initiative (or forgotten, or started on another server process)' })
  readProgress(@Param('slug') slug: string, @Param('id') id: string, @Req() request: AuthenticatedRequest): ExportProgress {
    const progress = this.progress.read(id, actorOf(request), slug);
    if (!progress) throw DomainError.of('not_found', 'id');
    return progress;
  }
}
