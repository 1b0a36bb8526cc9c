import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiQuery,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { API_ROUTES, type ReceiptStatus, type SignedReceipt, type SigningForm } from '@eci/api-contract';
import { SigningThrottlerGuard } from './signing-throttler.guard';
import { SignStatementDto } from './sign-statement.dto';
import { SigningService } from './signing.service';
import { SigningFormService } from './signing-form.service';
import { pickLanguage } from '../platform/i18n/language';

@ApiTags('signing')
@Controller()
export class SigningController {
  constructor(
    private readonly signing: SigningService,
    private readonly forms: SigningFormService,
  ) {}

  @Get(API_ROUTES.signingForm)
  @ApiQuery({ name: 'lang', required: false, description: 'Language of labels and hints (default: Accept-Language, else English)' })
  @ApiOkResponse({
    description:
      'Whether the page takes statements today and what the statement form asks a national of `country`: `{collectionState, online, country, part, minAge, fields, documents}` ' +
      '(`collectionState`: not-started | collecting | ended | closed-early; `online`: own-online | cocs | null — only `own-online` while `collecting` takes statements here)',
  })
  @ApiNotFoundResponse({ description: 'Unknown initiative, or not a Member State (`unknown_country`)' })
  async form(@Param('slug') slug: string, @Param('country') country: string, @Query('lang') lang: string | undefined, @Headers('accept-language') accept?: string): Promise<SigningForm> {
    const status = await this.signing.status(slug);
    return { ...status, ...this.forms.describe(country, pickLanguage([lang], accept)) };
  }

  @Post(API_ROUTES.signatures)
  @HttpCode(201)
  @UseGuards(SigningThrottlerGuard)
  @ApiBody({ type: SignStatementDto })
  @ApiCreatedResponse({ description: 'Committed: `{"receipt":"<uuid>","signedOn":"YYYY-MM-DD"}`' })
  @ApiUnprocessableEntityResponse({ description: 'Every problem found, in the error shape, messages in `lang`' })
  @ApiConflictResponse({
    description:
      '`already_signed` (this person’s support already counts); `online_through_cocs` (this initiative collects online on the Commission’s COCS, params.cocsUrl); ' +
      '`collection_not_started`, `collection_ended`, `collection_closed_early` (params start, end, closedEarlyOn). Nothing sent is read or stored.',
  })
  @ApiNotFoundResponse({ description: 'Unknown initiative' })
  @ApiTooManyRequestsResponse({ description: 'Over the per-IP rate limit' })
  @ApiPayloadTooLargeResponse({ description: 'Body over 16 KiB' })
  sign(@Param('slug') slug: string, @Body() body: unknown): Promise<SignedReceipt> {
    return this.signing.sign(slug, body);
  }

  @Get(API_ROUTES.receipt)
  @ApiOkResponse({ description: '`{"status":"counted","initiative":"<slug>","signedOn":"YYYY-MM-DD"}` while the statement exists' })
  @ApiNotFoundResponse({ description: 'No such statement (never was, or destroyed)' })
  receipt(@Param('receipt') receipt: string): Promise<ReceiptStatus> {
    return this.signing.receipt(receipt);
  }
}
