/** Element ids of a form field, so that labels, hints, errors and summary links agree. */
export const fieldId = (name: string) => `field-${name}`;
export const hintId = (name: string) => `field-${name}-hint`;
export const errorId = (name: string) => `field-${name}-error`;

/** `aria-describedby` of a control: its hint and, when shown, its error message. */
export function describedBy(name: string, hasHint: boolean, hasError: boolean, extra: string[] = []): string | undefined {
  const ids = [...(hasHint ? [hintId(name)] : []), ...extra, ...(hasError ? [errorId(name)] : [])];
  return ids.length > 0 ? ids.join(' ') : undefined;
}
