import { createRequire } from 'node:module';
import fs from 'node:fs';

/**
 * DejaVu Sans from its npm package: the one typeface of everything the server draws (the
 * delivery pack's PDF, the share image, the badge's widths). It covers Welsh (ŵ, ŷ, â …) and
 * nearly any name a signer types, and comes with the project, so no machine's fonts matter.
 */
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);

let files: { regular: Buffer; bold: Buffer } | undefined;

/** Read on first use: most servers never draw, and the files are 1.4 MB held for the process's life. */
export function dejavuSans(): { regular: Buffer; bold: Buffer } {
  files ??= { regular: fs.readFileSync(fontFile('DejaVuSans.ttf')), bold: fs.readFileSync(fontFile('DejaVuSans-Bold.ttf')) };
  return files;
}
