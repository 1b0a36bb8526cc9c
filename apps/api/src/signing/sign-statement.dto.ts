import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SignStatementRequest } from '@eci/api-contract';
import { LANGUAGES } from '@eci/rules';

/**
 * The body of `POST /api/initiatives/{slug}/signatures`, for the OpenAPI document. The service
 * checks it (every problem at once, with the rules library's codes), not a validation pipe. Which of the statement fields are
 * required depends on the nationality (Annex III part A or B): the rules library decides and
 * `GET /api/initiatives/{slug}/forms/{country}` tells. Any other property is refused (`not_allowed`).
 */
export class SignStatementDto implements SignStatementRequest {
  @ApiPropertyOptional({ description: 'Member State of nationality (ISO 3166-1 alpha-2; EL accepted for Greece)', example: 'PL' })
  nationality?: string;

  @ApiPropertyOptional({ description: 'Language of the error messages (one of the 24 official languages)', example: 'pl', enum: LANGUAGES })
  lang?: string;

  @ApiPropertyOptional({ example: 'Anna Maria' }) fullFirstNames?: string;
  @ApiPropertyOptional({ example: 'Kowalska' }) familyNames?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM-DD (part A)', example: '1990-05-17' }) dateOfBirth?: string;
  @ApiPropertyOptional({ description: 'Part A' }) street?: string;
  @ApiPropertyOptional({ description: 'Part A' }) streetNumber?: string;
  @ApiPropertyOptional({ description: 'Part A' }) postalCode?: string;
  @ApiPropertyOptional({ description: 'Part A' }) city?: string;
  @ApiPropertyOptional({ description: 'Part A: country of residence (ISO 3166-1 alpha-2, any country)' }) residenceCountry?: string;
  @ApiPropertyOptional({ description: 'Part B: Commission document key', example: 'national.id.number' }) idDocumentType?: string;
  @ApiPropertyOptional({ description: 'Part B', example: '44051401458' }) idDocumentNumber?: string;

  @ApiPropertyOptional({ description: 'The signatory confirms an ID number the format or check-digit test doubts' })
  confirmIdFormat?: boolean;

  @ApiPropertyOptional({ description: "Part A: the signatory confirms a postcode that does not match the residence country's format" })
  confirmPostcode?: boolean;

  @ApiProperty({
    description:
      'Annex III certification, ticked by the signatory: the information given is correct and they have not already supported this initiative. Must be true (otherwise 422 `required` on `certified`); not stored.',
    enum: [true],
    example: true,
  })
  certified!: true;

  @ApiPropertyOptional({ description: "A coalition partner's public slug; unknown slugs are ignored" })
  partner?: string;

  @ApiPropertyOptional({ description: 'The solved ALTCHA challenge (base64 payload from the widget)' })
  captcha?: string;
}
