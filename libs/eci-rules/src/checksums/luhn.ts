/**
 * Luhn (mod 10) over a list of values; the last one is the check digit. From the right,
 * every second value is doubled and, if above 9, reduced by 9. Values may exceed 9 (the
 * Portuguese citizen card maps letters to 10-35); undoubled values are added unchanged.
 */
export function luhnValid(values: readonly number[]): boolean {
  let sum = 0;
  values
    .slice()
    .reverse()
    .forEach((value, i) => {
      if (i % 2 === 0) {
        sum += value;
      } else {
        const doubled = value * 2;
        sum += doubled > 9 ? doubled - 9 : doubled;
      }
    });
  return sum % 10 === 0;
}
