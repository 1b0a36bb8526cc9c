import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ORIGIN_PATTERN, SLUG_PATTERN, type CreatePartnerRequest, type UpdatePartnerOriginsRequest } from '@eci/api-contract';

export class CreatePartnerDto implements CreatePartnerRequest {
  @ApiProperty({ example: 'European Digital Rights (EDRi)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'Public slug used in ?partner= links', example: 'edri' })
  @IsString()
  @Matches(SLUG_PATTERN)
  slug!: string;

  @ApiPropertyOptional({ description: 'Origins allowed to embed the signing page', example: ['https://edri.org'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ORIGIN_PATTERN, { each: true })
  allowedOrigins?: string[];
}

export class UpdatePartnerOriginsDto implements UpdatePartnerOriginsRequest {
  @ApiProperty({ example: ['https://edri.org', 'https://www.edri.org'] })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(ORIGIN_PATTERN, { each: true })
  allowedOrigins!: string[];
}
