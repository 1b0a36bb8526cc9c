import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { REGISTRATION_NUMBER_PATTERN, SLUG_PATTERN } from '@eci/api-contract';
import { Type } from 'class-transformer';
import { IsArray, IsEmail, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUrl, Matches, MaxLength, ValidateNested, ArrayMaxSize } from 'class-validator';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const HTTPS = { protocols: ['https'], require_protocol: true, require_tld: true };
const HTTP_OR_HTTPS = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };
const TRANSLATED = 'Text keyed by official language code (`en`, `fr`, `el`, …), at least one language';

export class OrganiserDto {
  @ApiProperty({ enum: ['representative', 'substitute', 'member'] })
  @IsIn(['representative', 'substitute', 'member'])
  role!: 'representative' | 'substitute' | 'member';

  @ApiProperty({ description: 'Full name, as registered', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'Member State of residence (ISO 3166-1 alpha-2, e.g. `GR` for Greece)' })
  @IsString()
  @Matches(/^[A-Z]{2}$/)
  residence!: string;

  @ApiPropertyOptional({ description: 'Public contact address: required for the representative and the substitute, not stored for other members' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** `POST /api/initiatives`: an initiative as registered with the Commission (the shape; the service checks the rest). */
export class CreateInitiativeDto {
  @ApiProperty({ description: 'Address name: lower-case letters, digits and inner hyphens, at most 64', example: 'clean-air' })
  @IsString()
  @Matches(SLUG_PATTERN)
  slug!: string;

  @ApiProperty({ description: 'Commission registration number `ECI(YYYY)NNNNNN`, YYYY the year of registration', example: 'ECI(2025)000003' })
  @IsString()
  @Matches(REGISTRATION_NUMBER_PATTERN)
  registrationNumber!: string;

  @ApiProperty({ description: 'Day of registration (YYYY-MM-DD), not in the future', example: '2025-03-01' })
  @IsString()
  @Matches(DAY_PATTERN)
  registrationDate!: string;

  @ApiProperty({ description: `${TRANSLATED}; at most 200 characters each`, example: { en: 'Clean air' } })
  @IsObject()
  title!: Record<string, string>;

  @ApiProperty({ description: `${TRANSLATED}; at most 200 characters each` })
  @IsObject()
  subject!: Record<string, string>;

  @ApiProperty({ description: `${TRANSLATED}; at most 1100 characters each` })
  @IsObject()
  objectives!: Record<string, string>;

  @ApiPropertyOptional({ description: `The annex registered with the initiative. ${TRANSLATED}; at most 5000 characters each`, nullable: true })
  @IsOptional()
  @IsObject()
  annex?: Record<string, string> | null;

  @ApiPropertyOptional({ description: `The partial-registration notice (Art. 6(3)). ${TRANSLATED}; at most 5000 characters each`, nullable: true })
  @IsOptional()
  @IsObject()
  partialRegistration?: Record<string, string> | null;

  @ApiProperty({ type: [OrganiserDto], description: 'Exactly one representative, one substitute, and at least 7 organisers resident in 7 different Member States' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrganiserDto)
  organisers!: OrganiserDto[];

  @ApiProperty({ description: "The initiative's page in the Commission's register (https)" })
  @IsString()
  @IsUrl(HTTPS)
  @MaxLength(2000)
  registerUrl!: string;

  @ApiPropertyOptional({ description: "The initiative's signing page on the Commission's central online collection system (https)", nullable: true })
  @IsOptional()
  @IsString()
  @IsUrl(HTTPS)
  @MaxLength(2000)
  cocsUrl?: string | null;

  @ApiPropertyOptional({ description: "The initiative's own website (http or https)", nullable: true })
  @IsOptional()
  @IsString()
  @IsUrl(HTTP_OR_HTTPS)
  @MaxLength(2000)
  website?: string | null;

  @ApiProperty({ description: 'The kick-off, first day of collection (YYYY-MM-DD): not before registration, at most 6 months after. The last day is computed (12 months).', example: '2025-06-01' })
  @IsString()
  @Matches(DAY_PATTERN)
  collectionStart!: string;

  @ApiPropertyOptional({ description: "The organisers' X25519 public key, base64 (32 bytes), from `npm run keys -- generate`", nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  publicKey?: string | null;
}

/** `PATCH /api/initiatives/{slug}`: the fields to change (the slug stays; the last day of collection follows the kick-off). */
export class UpdateInitiativeDto extends PartialType(OmitType(CreateInitiativeDto, ['slug'] as const)) {}
