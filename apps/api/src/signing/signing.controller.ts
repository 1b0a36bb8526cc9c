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
import { InitiativesService } from '../initiatives/initiatives.service';
import { pickLanguage } from '../platform/i18n/language';

@ApiTags('signing')
@Controller()
export class SigningController {
  constructor(
    private readonly signing: SigningService,
    private readonly forms: SigningFormService,
    private readonly initiatives: InitiativesService,
  ) {}

  @Get(API_ROUTES.signingForm)
  @ApiQuery({ name: 'lang', required: false, description: 'Language of labels and hints (default: Accept-Language, else English)' })
  @ApiOkResponse({ description: 'What the statement form asks a national of `country`: `{country, part, minAge, fields, documents}`' })
  @ApiNotFoundResponse({ description: 'Unknown initiative, or not a Member State (`unknown_country`)' })
  async form(@Param('slug') slug: string, @Param('country') country: string, @Query('lang') lang: string | undefined, @Headers('accept-language') accept?: string): Promise<SigningForm> {
    await this.initiatives.getBySlug(slug);
    return this.forms.describe(country, pickLanguage([lang], accept));
  }

  @Post(API_ROUTES.signatures)
  @HttpCode(201)
  @UseGuards(SigningThrottlerGuard)
  @ApiBody({ type: SignStatementDto })
  @ApiCreatedResponse({ description: 'Committed: `{"receipt":"<uuid>","signedOn":"YYYY-MM-DD"}`' })
  @ApiUnprocessableEntityResponse({ description: 'Every problem found, in the error shape, messages in `lang`' })
  @ApiConflictResponse({ description: '`already_signed` (this person’s support already counts) or `collection_closed`' })
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
