interface Piece {
  readonly text: string;
  /** Joined to the previous piece with a space (else directly: a break after a hyphen). */
  readonly afterSpace: boolean;
}

/** Break opportunities: at spaces (the space disappears at a break) and after hyphens. */
function pieces(text: string): Piece[] {
  return text.split(' ').flatMap((word, i) =>
    word.split(/(?<=-)(?=.)/u).map((part, j) => ({ text: part, afterSpace: i > 0 && j === 0 })),
  );
}

/**
 * Greedy line wrapping at spaces and after hyphens; a piece wider than the line is broken
 * between characters (by code point, so surrogate pairs stay whole). Pure: `measure` gives a
 * string's width.
 */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  if (text === '' || measure(text) <= maxWidth) return [text];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const candidate = line === '' ? piece.text : `${line}${piece.afterSpace ? ' ' : ''}${piece.text}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    if (measure(piece.text) <= maxWidth) {
      line = piece.text;
      continue;
    }
    for (const char of piece.text) {
      if (line !== '' && measure(line + char) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
