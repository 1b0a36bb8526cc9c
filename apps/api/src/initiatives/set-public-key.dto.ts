import { ApiProperty } from '@nestjs/swagger';
import { IsBase64, IsString } from 'class-validator';

export class SetPublicKeyDto {
  @ApiProperty({ description: 'X25519 public key, base64 (32 bytes), as printed by `npm run keys -- generate`' })
  @IsString()
  @IsBase64()
  publicKey!: string;
}
