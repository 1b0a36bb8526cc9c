import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ExportRequest } from '@eci/api-contract';
import { IsBase64, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * What an auditor supplies for one export, used in memory for this request only — never stored,
 * never logged: the organisers' key file and its passphrase (to open the statements), and the
 * organisers' PKCS#12 certificate and its passphrase (to sign the PDF and the manifest).
 */
export class ExportRequestDto implements ExportRequest {
  @ApiProperty({ description: 'The organisers’ key file (JSON, from `npm run keys -- generate`)' })
  @IsObject()
  keyFile!: Record<string, unknown>;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  passphrase!: string;

  @ApiProperty({ description: 'PKCS#12 (.p12) with the organisers’ signing certificate, base64' })
  @IsBase64()
  @MaxLength(12_000)
  certificate!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  certificatePassphrase!: string;

  @ApiPropertyOptional({
    description: 'Language of the PDF (cover page, table headings): one of the Member State’s official EU languages (BE nl/fr/de, IE ga/en, LU fr/de, MT mt/en, FI fi/sv); default its first',
    example: 'fr',
  })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  language?: string;
}
