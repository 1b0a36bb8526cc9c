import { API_ROUTES } from '@eci/api-contract';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf, Roles, type AuthenticatedRequest } from '../access/roles';
import { RolesGuard } from '../access/roles.guard';
import { AccountsService } from './accounts.service';
import { CreateAccountDto } from './create-account.dto';

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
  create(@Param('slug') slug: string, @Body() body: CreateAccountDto, @Req() request: AuthenticatedRequest) {
    return this.accounts.create(actorOf(request), slug, body.email, body.role, body.password);
  }

  @Get(API_ROUTES.accounts)
  @ApiOkResponse({ description: 'The accounts holding a role on this initiative, with those roles (no password hashes)' })
  list(@Param('slug') slug: string) {
    return this.accounts.list(slug);
  }

  @Delete(API_ROUTES.account)
  @HttpCode(204)
  @ApiNoContentResponse({ description: "The account's roles on this initiative are removed; an account left with no role is disabled and its sessions end" })
  @ApiNotFoundResponse({ description: '`account_not_found`: the account holds no role on this initiative' })
  async revoke(@Param('slug') slug: string, @Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.accounts.revoke(actorOf(request), slug, id);
  }
}
