import { IsIn, IsOptional, Matches, MinLength } from 'class-validator';

const PORT = /^(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]|0)$/;

/**
 * Every environment variable the API reads, with its rule. Defaults live in `loadConfig`,
 * beside the typed value they produce. Values are strings, as the environment gives them.
 */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'], { message: 'must be one of development, production, test' })
  NODE_ENV?: string;

  @IsOptional()
  @Matches(PORT, { message: 'must be a port number between 0 and 65535' })
  PORT?: string;

  @IsOptional()
  @Matches(/^(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3}|::1?|::|localhost|[a-zA-Z0-9.-]+)$/, { message: 'must be an IP address or host name' })
  HOST?: string;

  @IsOptional()
  @Matches(/^(?:$|postgres(?:ql)?:\/\/\S+)$/, { message: 'must be a postgres:// or postgresql:// connection string' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^\S.*$/, { message: 'must be a directory path' })
  ECI_DATA_DIR?: string;

  @IsOptional()
  @Matches(/^\S.*$/, { message: 'must be a directory path' })
  ECI_WEB_DIR?: string;

  @IsOptional()
  @MinLength(32, { message: 'must have at least 32 characters (e.g. `openssl rand -base64 32`)' })
  ECI_SECRET?: string;

  @IsOptional()
  @MinLength(32, { message: 'must have at least 32 characters (e.g. `openssl rand -base64 32`)' })
  ECI_ADMIN_TOKEN?: string;

  @IsOptional()
  @IsIn(['on', 'off'], { message: 'must be "on" or "off"' })
  ECI_CAPTCHA?: string;

  @IsOptional()
  @Matches(/^(?:0|[1-9][0-9]{0,5})$/, { message: 'must be a whole number of requests per minute (0 disables the limit)' })
  ECI_RATE_LIMIT_PER_MINUTE?: string;

  @IsOptional()
  @IsIn(['on', 'off'], { message: 'must be "on" or "off"' })
  ECI_DEMO?: string;

  @IsOptional()
  @Matches(/^(?:off|loopback|[0-9a-fA-F:.]+(?:\/[0-9]{1,3})?(?:,[0-9a-fA-F:.]+(?:\/[0-9]{1,3})?)*)$/, {
    message: 'must be "off", "loopback", or a comma-separated list of proxy addresses or CIDR ranges',
  })
  ECI_TRUST_PROXY?: string;

  @IsOptional()
  @Matches(/^(?:[1-9][0-9]?|[1-5][0-9]{2}|600)$/, { message: 'must be a whole number of seconds between 1 and 600' })
  ECI_REQUEST_TIMEOUT_SECONDS?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
  LOG_LEVEL?: string;
}
