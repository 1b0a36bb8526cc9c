import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { actorOf, Roles, type AuthenticatedRequest } from '../auth/roles';
import { RolesGuard } from '../auth/roles.guard';
import { AccountsService } from './accounts.service';
import { CreateAccountDto } from './create-account.dto';

@ApiTags('accounts')
@UseGuards(RolesGuard)
@Roles('organiser')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @ApiCreatedResponse({ description: 'An organiser or auditor account (password hashed with Argon2id)' })
  create(@Body() body: CreateAccountDto, @Req() request: AuthenticatedRequest) {
    return this.accounts.create(actorOf(request), body.email, body.password, body.role);
  }

  @Get()
  @ApiOkResponse({ description: 'All accounts (no password hashes)' })
  list() {
    return this.accounts.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is disabled and its sessions end' })
  async disable(@Param('id') id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.accounts.disable(actorOf(request), id);
  }
}
