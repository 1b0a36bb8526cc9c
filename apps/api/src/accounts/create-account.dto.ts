import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from './account';

export class CreateAccountDto {
  @ApiProperty({ example: 'auditor@example.org' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ minLength: 12, description: 'Required for a new account; left out to grant an existing account a role on this initiative' })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(1024)
  password?: string;

  @ApiProperty({ enum: ROLES, description: 'The role on this initiative' })
  @IsIn([...ROLES])
  role!: Role;
}
