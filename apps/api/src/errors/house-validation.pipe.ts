import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError, type ErrorItem } from './api-error';

/**
 * DTO validation (class-validator) for organiser and partner endpoints, reporting every problem in
 * the house shape with the rules library's codes: `not_allowed` for unknown properties, `required`
 * for missing ones, `format` for the rest.
 */
export function houseValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ApiError.unprocessable(errors.flatMap((e) => toItems(e, ''))),
  });
}

function toItems(error: ValidationError, prefix: string): ErrorItem[] {
  const field = `${prefix}${error.property}`;
  const constraints = Object.keys(error.constraints ?? {});
  const own: ErrorItem[] = constraints.length
    ? [
        {
          field,
          code: constraints.includes('whitelistValidation') ? 'not_allowed' : constraints.some((c) => c === 'isDefined' || c === 'isNotEmpty') ? 'required' : 'format',
        },
      ]
    : [];
  return [...own, ...(error.children ?? []).flatMap((child) => toItems(child, `${field}.`))];
}
