import { API_ROUTES, type InitiativeAccount } from '@eci/api-contract';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiUnprocessableEntityResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { AccountsService } from './accounts.service';
import { CreateAccountDto, ResetPasswordDto } from './create-account.dto';

/** The accounts of one initiative, managed by its organisers. */
@ApiTags('accounts')
@UseGuards(RolesGuard)
@Roles('organiser')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post(API_ROUTES.accounts)
  @ApiCreatedResponse({ description: 'A new account (password hashed with Argon2id) with a role on this initiative, or, without a password, the role granted to the existing account with this e-mail' })
  @ApiConflictResponse({ description: '`account_exists`: a password was given for an e-mail that already has an account' })
  create(@Param('slug') slug: string, @Body() body: CreateAccountDto, @Req() request: AuthenticatedRequest): Promise<InitiativeAccount> {
    return this.accounts.create(actorOf(request), slug, body.email, body.role, body.password);
  }

  @Get(API_ROUTES.accounts)
  @ApiOkResponse({ description: 'The accounts holding a role on this initiative, oldest first: `[{id, email, roles, disabled}]`, `roles` those on this initiative (kept while disabled), `disabled` on this initiative or everywhere (no password hashes)' })
  list(@Param('slug') slug: string): Promise<InitiativeAccount[]> {
    return this.accounts.list(slug);
  }

  @Delete(API_ROUTES.account)
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The account's roles on this initiative are removed; an account left with no role is disabled and its sessions end" })
  @ApiNotFoundResponse({ description: '`account_not_found`: the account holds no role on this initiative' })
  async revoke(@Param('slug') slug: string, @Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.accounts.revoke(actorOf(request), slug, id);
  }

  @Put(API_ROUTES.accountPassword)
  @ApiOkResponse({ description: 'The account (`{id, email, roles, disabled}`); its new password is set and all its sessions end (audited as `password_reset`)' })
  @ApiUnprocessableEntityResponse({ description: '`format` (field `password`): 12 to 1024 characters' })
  @ApiNotFoundResponse({ description: '`account_not_found`: the account holds no role on this initiative' })
  @ApiConflictResponse({ description: '`account_on_other_initiative`: the account also holds roles on an initiative the caller does not organise' })
  resetPassword(@Param('slug') slug: string, @Param('id') id: string, @Body() body: ResetPasswordDto, @Req() request: AuthenticatedRequest): Promise<InitiativeAccount> {
    return this.accounts.resetPassword(actorOf(request), slug, id, body.password);
  }

  @Post(API_ROUTES.accountDisable)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The account, `disabled: true`: its roles on this initiative grant nothing, all its sessions end; disabled on every initiative it belongs to, it cannot sign in (audited as `account_disabled`)' })
  @ApiNotFoundResponse({ description: '`account_not_found`: the account holds no role on this initiative' })
  @ApiConflictResponse({ description: '`cannot_disable_self`: the caller’s own account' })
  disable(@Param('slug') slug: string, @Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<InitiativeAccount> {
    return this.accounts.setDisabled(actorOf(request), slug, id, true);
  }

  @Post(API_ROUTES.accountEnable)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The account, `disabled: false` on this initiative (audited as `account_enabled`)' })
  @ApiNotFoundResponse({ description: '`account_not_found`: the account holds no role on this initiative' })
  enable(@Param('slug') slug: string, @Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<InitiativeAccount> {
    return this.accounts.setDisabled(actorOf(request), slug, id, false);
  }
}
