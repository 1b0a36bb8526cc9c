import { dirname, join } from 'node:path';

/*
 * DejaVu Sans covers Latin with every diacritic used in the EU, Greek and Cyrillic; the fonts
 * are embedded (subset) so the files render identically everywhere.
 */
const TTF_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT_FILES = {
  regular: join(TTF_DIR, 'DejaVuSans.ttf'),
  bold: join(TTF_DIR, 'DejaVuSans-Bold.ttf'),
  mono: join(TTF_DIR, 'DejaVuSansMono.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;
