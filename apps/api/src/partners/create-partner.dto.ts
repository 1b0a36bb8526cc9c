import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** An origin a partner site embeds the signing page from: scheme, host and optional port, nothing else. */
export const ORIGIN_PATTERN = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::[0-9]{1,5})?$/;

export class CreatePartnerDto {
  @ApiProperty({ example: 'European Digital Rights (EDRi)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'Public slug used in ?partner= links', example: 'edri' })
  @IsString()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/)
  slug!: string;

  @ApiPropertyOptional({ description: 'Origins allowed to embed the signing page', example: ['https://edri.org'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ORIGIN_PATTERN, { each: true })
  allowedOrigins?: string[];
}

export class UpdatePartnerOriginsDto {
  @ApiProperty({ example: ['https://edri.org', 'https://www.edri.org'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ORIGIN_PATTERN, { each: true })
  allowedOrigins!: string[];
}
