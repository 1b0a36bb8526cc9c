import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CaptchaService } from './captcha.service';

@ApiTags('signing')
@Controller('captcha')
export class CaptchaController {
  constructor(private readonly captcha: CaptchaService) {}

  @Get()
  @Header('cache-control', 'no-store')
  @ApiOkResponse({ description: 'A fresh ALTCHA proof-of-work challenge, signed, valid for 10 minutes and good once' })
  challenge() {
    return this.captcha.challenge();
  }
}
