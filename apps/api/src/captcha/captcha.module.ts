import { Module } from '@nestjs/common';
import { CAPTCHA_SPENT_REPOSITORY } from './captcha-spent.repository';
import { CaptchaController } from './captcha.controller';
import { CaptchaService } from './captcha.service';
import { TypeOrmCaptchaSpentRepository } from './typeorm-captcha-spent.repository';

@Module({
  controllers: [CaptchaController],
  providers: [CaptchaService, { provide: CAPTCHA_SPENT_REPOSITORY, useClass: TypeOrmCaptchaSpentRepository }],
  exports: [CaptchaService],
})
export class CaptchaModule {}
