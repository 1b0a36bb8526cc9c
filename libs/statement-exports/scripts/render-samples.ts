/*
 * Renders the first pages of a Polish (Annex III part B) and a Greek (part A) export to PNG in
 * docs/exports/, to look at the layout. Needs pdftoppm (Debian: poppler-utils).
 *
 * From the repository root:
 *   npx swc libs/statement-exports libs/eci-rules libs/statement-crypto -d dist/exports-tools --config-file .swcrc --copy-files -q \
 *     && node dist/exports-tools/libs/statement-exports/scripts/render-samples.js [dpi] [lastPage]
 * (defaults: 60 dpi, pages 1-2).
 *   node dist/exports-tools/libs/statement-exports/scripts/render-samples.js covers
 * renders the cover pages of FR, PL, EL, BG, BE (nl, fr, de) and IE (ga) at 80 dpi to docs/screenshots/exports/.
 */
import { join } from 'node:path';
import { exportMemberState } from '../src';
import type { ExportStatement } from '../src/types';
import { makeTempDir, mkdirSync, PDFTOPPM, readdirSync, removeDir, requireTool, runToolOrThrow, writeFileSync } from '../test/files';
import { BG_STATEMENTS, CREATED_AT, EL_STATEMENTS, FR_STATEMENTS, INITIATIVE, PL_STATEMENTS, countsOf } from '../test/fixtures';
import { MemoryWritable, CERTIFICATE } from '../test/run-export';
import { collect, generateGreekStatements, generatePolishStatements } from '../test/sample-data';
import { readZip } from '../test/zip-reader';

const COVERS_MODE = process.argv[2] === 'covers';
/** Run from the repository root; RENDER_OUT overrides the directory. */
const OUT_DIR = process.env['RENDER_OUT'] ?? join(process.cwd(), 'docs', ...(COVERS_MODE ? ['screenshots', 'exports'] : ['exports']));

async function render(
  country: string,
  code: string,
  statements: readonly ExportStatement[],
  dpi: number,
  lastPage: number,
  workDir: string,
  language?: string,
): Promise<string[]> {
  const output = new MemoryWritable();
  const result = await exportMemberState({
    initiative: INITIATIVE,
    country,
    language,
    counts: countsOf(statements, 123_456),
    statements,
    certificate: { p12: CERTIFICATE.p12, passphrase: CERTIFICATE.passphrase },
    createdAt: CREATED_AT,
    workDir,
    output,
  });
  // KEEP_PDF=1 leaves the PDF next to the images (to inspect it further).
  const pdfPath = join(process.env['KEEP_PDF'] ? OUT_DIR : workDir, `statements-${code}.pdf`);
  writeFileSync(pdfPath, readZip(output.bytes).get(`statements-${code}.pdf`) as Buffer);
  const name = COVERS_MODE ? `cover-${code}${language ? `-${language}` : ''}` : `statements-${code}`;
  const prefix = join(OUT_DIR, name);
  // One page: -singlefile writes `{prefix}.png` without a page number.
  const pages = COVERS_MODE ? ['-singlefile'] : [];
  runToolOrThrow(PDFTOPPM, ['-png', '-r', String(dpi), '-f', '1', '-l', String(lastPage), ...pages, pdfPath, prefix]);
  console.log(`${name}: ${statements.length} statements, ${result.pdf.pages} pages, missing glyphs: ${result.pdf.missingGlyphs}`);
  return readdirSync(OUT_DIR).filter((file) => file.startsWith(COVERS_MODE ? `${name}.` : `${name}-`) && file.endsWith('.png'));
}

/** The cover pages an authority reads: one per language of a multilingual state. */
async function renderCovers(workDir: string): Promise<string[]> {
  const covers: [string, string, readonly ExportStatement[], string | undefined][] = [
    ['FR', 'FR', FR_STATEMENTS, undefined],
    ['PL', 'PL', PL_STATEMENTS, undefined],
    ['GR', 'EL', EL_STATEMENTS, undefined],
    ['BG', 'BG', BG_STATEMENTS, undefined],
    ['BE', 'BE', [], 'nl'],
    ['BE', 'BE', [], 'fr'],
    ['BE', 'BE', [], 'de'],
    ['IE', 'IE', [], undefined],
  ];
  const files: string[] = [];
  for (const [country, code, statements, language] of covers) files.push(...(await render(country, code, statements, 80, 1, workDir, language)));
  return files;
}

async function main(): Promise<void> {
  requireTool(PDFTOPPM, 'poppler-utils');
  const dpi = Number(process.argv[2] ?? 60);
  const lastPage = Number(process.argv[3] ?? 2);
  mkdirSync(OUT_DIR, { recursive: true });
  const workDir = makeTempDir('eci-render-');
  try {
    if (COVERS_MODE) {
      console.log(`Wrote ${(await renderCovers(workDir)).map((file) => join(OUT_DIR, file)).join(', ')}`);
      return;
    }
    const polish = [...PL_STATEMENTS, ...(await collect(generatePolishStatements(76)))];
    const greek = [...EL_STATEMENTS, ...(await collect(generateGreekStatements(57)))];
    const files = [
      ...(await render('PL', 'PL', polish, dpi, lastPage, workDir)),
      ...(await render('GR', 'EL', greek, dpi, lastPage, workDir)),
    ];
    console.log(`Wrote ${files.map((file) => join(OUT_DIR, file)).join(', ')}`);
  } finally {
    removeDir(workDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
