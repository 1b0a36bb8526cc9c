import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { Roles, SESSION_COOKIE, type AuthenticatedRequest } from './roles';
import { RolesGuard } from './roles.guard';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Sets the session cookie; returns the account and the CSRF token to send as X-CSRF-Token' })
  @ApiUnauthorizedResponse({ description: '`invalid_credentials`; 423 `account_locked` after repeated failures' })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.auth.login(body.email, body.password);
    void reply.setCookie(SESSION_COOKIE, session.sessionToken, {
      httpOnly: true,
      secure: this.config.production,
      sameSite: 'strict',
      path: '/api',
      expires: session.expiresAt,
    });
    return { account: { email: session.account.email, role: session.account.role }, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(RolesGuard)
  @Roles('organiser', 'auditor')
  @ApiNoContentResponse({ description: 'The session ends' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (request.sessionToken && request.account) await this.auth.logout(request.sessionToken, request.account);
    void reply.clearCookie(SESSION_COOKIE, { path: '/api' });
  }

  @Get('me')
  @UseGuards(RolesGuard)
  @Roles('organiser', 'auditor')
  @ApiOkResponse({ description: 'The signed-in account' })
  me(@Req() request: AuthenticatedRequest) {
    return request.account ? { email: request.account.email, role: request.account.role } : { email: null, role: 'organiser' };
  }
}
