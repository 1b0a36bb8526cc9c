import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type CreateAccountRequest, type ResetPasswordRequest } from '@eci/api-contract';
import { ROLES, type Role } from './account';

export class CreateAccountDto implements CreateAccountRequest {
  @ApiProperty({ example: 'auditor@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'Required for a new account; left out to grant an existing account a role on this initiative' })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiProperty({ enum: ROLES, description: 'The role on this initiative (`data-entry`: volunteers who will type paper statements in; it grants nothing yet)' })
  @IsIn([...ROLES])
  role!: Role;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: 'The new password, set by an organiser and given to the account holder' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
