import { API_ROUTES, type LoginAnswer, type SignedInAccount } from '@eci/api-contract';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../accounts/account';
import type { AppConfig } from '../platform/config/app-config';
import { APP_CONFIG } from '../platform/config/config.tokens';
import { AuthService } from './auth.service';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, DEVICE_COOKIE_PATH } from './device-cookie';
import { LoginDto } from './login.dto';
import { SESSION_COOKIE, SignedIn, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';

/** What `me` and `login` tell about an account: its e-mail and its roles, each on one initiative. */
function describe(account: Account): SignedInAccount {
  return { email: account.email, roles: account.roles };
}

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(API_ROUTES.authLogin)
  @HttpCode(200)
  @ApiOkResponse({
    description:
      'Sets the session cookie and a device cookie (attempts from this browser are then throttled per device, not per account); returns the account with its roles per initiative and the CSRF token to send as X-CSRF-Token',
  })
  @ApiUnauthorizedResponse({ description: '`invalid_credentials`, the same for an unknown e-mail, a wrong password and a disabled account' })
  @ApiTooManyRequestsResponse({ description: '`login_throttled` with `Retry-After` (seconds), the same whether or not the account exists; the password was not checked' })
  async login(@Body() body: LoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginAnswer> {
    const cookies = (request as { cookies?: Record<string, string | undefined> }).cookies ?? {};
    // A throttled attempt leaves as 429 with its Retry-After through the house error filter.
    const session = await this.auth.login({ email: body.email, password: body.password, client: request.ip, deviceCookie: cookies[DEVICE_COOKIE] });
    const secure = this.config.production;
    void reply.setCookie(SESSION_COOKIE, session.sessionToken, { httpOnly: true, secure, sameSite: 'strict', path: '/api', expires: session.expiresAt });
    void reply.setCookie(DEVICE_COOKIE, session.deviceCookie, { httpOnly: true, secure, sameSite: 'strict', path: DEVICE_COOKIE_PATH, maxAge: DEVICE_COOKIE_MAX_AGE_S });
    return { account: describe(session.account), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }

  @Post(API_ROUTES.authLogout)
  @HttpCode(204)
  @UseGuards(RolesGuard)
  @SignedIn()
  @ApiNoContentResponse({ description: 'The session ends (the device cookie stays)' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (request.sessionToken && request.account) await this.auth.logout(request.sessionToken, request.account);
    void reply.clearCookie(SESSION_COOKIE, { path: '/api' });
  }

  @Get(API_ROUTES.authMe)
  @UseGuards(RolesGuard)
  @SignedIn()
  @ApiOkResponse({ description: 'The signed-in account and its roles, each on one initiative (`{email: null, roles: [], organiserToken: true}` for the installation’s organiser credential)' })
  me(@Req() request: AuthenticatedRequest): SignedInAccount {
    return request.account ? describe(request.account) : { email: null, roles: [], organiserToken: true };
  }
}
