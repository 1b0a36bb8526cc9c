import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type ErrorItem } from './domain-error';

/**
 * DTO validation (class-validator) for organiser and partner endpoints, reporting every problem in
 * the house shape: `unknown_field` for unknown properties (once, unnamed), `required` for
 * missing ones, `format` for the rest.
 */
export function houseValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const items = errors.flatMap((e) => toItems(e, ''));
      return new DomainError(items.filter((item, i) => items.findIndex((other) => other.field === item.field && other.code === item.code) === i));
    },
  });
}

function toItems(error: ValidationError, prefix: string): ErrorItem[] {
  const field = `${prefix}${error.property}`;
  const constraints = Object.keys(error.constraints ?? {});
  // An unknown property is named by no field: its name was chosen by the sender, and answers echo nothing sent.
  if (constraints.includes('whitelistValidation')) return [{ field: null, code: 'unknown_field' }];
  const own: ErrorItem[] = constraints.length
    ? [{ field, code: constraints.some((c) => c === 'isDefined' || c === 'isNotEmpty') ? 'required' : 'format' }]
    : [];
  return [...own, ...(error.children ?? []).flatMap((child) => toItems(child, `${field}.`))];
}
