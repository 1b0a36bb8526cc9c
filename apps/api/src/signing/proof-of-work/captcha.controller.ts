import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { API_ROUTES, type CaptchaChallenge } from '@eci/api-contract';
import { CaptchaService } from './captcha.service';

@ApiTags('signing')
@Controller()
export class CaptchaController {
  constructor(private readonly captcha: CaptchaService) {}

  @Get(API_ROUTES.captcha)
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ description: 'A fresh ALTCHA proof-of-work challenge, signed, valid for 10 minutes and good once' })
  challenge(): Promise<CaptchaChallenge> {
    return this.captcha.challenge();
  }
}
