import { API_ROUTES } from '@eci/api-contract';
import { Body, Controller, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { ExportRequestDto } from './export-request.dto';
import { ExportsService } from './exports.service';

@ApiTags('exports (auditors)')
@UseGuards(RolesGuard)
@Roles('auditor')
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post(API_ROUTES.exportCountry)
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'statements-{CC}.zip: signed PDF (Annex V + Annex III), XML, manifest.json and its detached signature' })
  @ApiUnprocessableEntityResponse({
    description: '`wrong_passphrase`, `wrong_key` (not this initiative’s key), `key_file_cost` (the key file asks for more Argon2id memory or passes than `npm run keys` uses), `certificate`, `format` (also a `language` that is not one of the Member State’s official languages)',
  })
  @ApiTooManyRequestsResponse({ description: '`export_busy`: another export is being prepared by this server; `Retry-After` says when to try again' })
  async export(@Param('slug') slug: string, @Param('country') country: string, @Body() body: ExportRequestDto, @Req() request: AuthenticatedRequest, @Res() reply: FastifyReply) {
    const finished = await this.exports
      .exportCountry(actorOf(request), slug, country, {
        keyFile: body.keyFile,
        passphrase: body.passphrase,
        certificate: new Uint8Array(Buffer.from(body.certificate, 'base64')),
        certificatePassphrase: body.certificatePassphrase,
      }, { language: body.language });
    return reply
      .status(200)
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${finished.fileName}"`)
      .header('content-length', String(finished.bytes))
      .header('x-content-sha256', finished.sha256)
      .header('cache-control', 'no-store')
      .send(finished.open());
  }
}
