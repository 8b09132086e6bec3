// --preview DIR: one PNG per slide through LibreOffice; --pdf FILE; without LibreOffice, a warning naming the packages.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { fakeIo, tmpDir } from '../helpers/io.js';
import { openDeck, slideNames } from '../helpers/pptx.js';
import { pngInfo } from '../helpers/png.js';
import { SEED } from '../helpers/samples.js';
import { findProgram } from '../../src/preview/preview.js';

const HAVE_TOOLS = findProgram('soffice') !== null && findProgram('pdftoppm') !== null;
if (!HAVE_TOOLS) console.warn('SKIPPED: --preview tests need soffice and pdftoppm (apt-get install libreoffice-impress poppler-utils)');

describe.runIf(HAVE_TOOLS)('doc2deck --preview with LibreOffice', () => {
  it('writes one non-blank PNG per slide, and the PDF', async () => {
    const dir = tmpDir();
    const io = fakeIo();
    const deck = path.join(dir, 'seed.pptx');
    expect(await main([SEED, '-o', deck, '--preview', path.join(dir, '预览'), '--pdf', path.join(dir, 'seed.pdf')], io)).toBe(0);
    const slides = slideNames(await openDeck(readFileSync(deck))).length;
    const pngs = readdirSync(path.join(dir, '预览')).sort();
    expect(pngs).toEqual(Array.from({ length: slides }, (_, i) => `幻灯片-${String(i + 1).padStart(2, '0')}.png`));
    for (const png of pngs) {
      const info = pngInfo(readFileSync(path.join(dir, '预览', png)));
      expect(info.width).toBe(960);
      // Text and shapes, anti-aliased: many different values. A blank or one-colour page has a handful.
      expect(info.distinctBytes, png).toBeGreaterThan(16);
    }
    expect(readFileSync(path.join(dir, 'seed.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(io.err).toContain(`已生成预览图 ${slides} 张`);
    // Nothing of LibreOffice's is left beside the deck.
    expect(readdirSync(dir).sort()).toEqual(['seed.pdf', 'seed.pptx', '预览'].sort());
  }, 240_000);

  it('pictures a deck built from a plan file too', async () => {
    const dir = tmpDir();
    const io = fakeIo();
    expect(await main(['outline', SEED, '--json'], io)).toBe(0);
    const plan = JSON.parse(io.out);
    plan.slides = plan.slides.slice(0, 3);
    const file = path.join(dir, '提纲.json');
    writeFileSync(file, JSON.stringify(plan));
    expect(await main([file, '--preview', path.join(dir, 'p')], fakeIo())).toBe(0);
    expect(readdirSync(path.join(dir, 'p'))).toHaveLength(3);
  }, 240_000);
});

describe('doc2deck --preview without LibreOffice', () => {
  it('writes the deck, and warns in Chinese naming the packages to install (exit 0)', async () => {
    const dir = tmpDir();
    const io = fakeIo({ env: { PATH: path.join(dir, 'no-such-folder') } });
    expect(await main([SEED, '-o', path.join(dir, 'seed.pptx'), '--preview', path.join(dir, 'p')], io)).toBe(0);
    expect(existsSync(path.join(dir, 'seed.pptx'))).toBe(true);
    expect(io.err).toContain('警告');
    expect(io.err).toContain('libreoffice-impress');
    expect(io.err).toContain('poppler-utils');
    expect(existsSync(path.join(dir, 'p'))).toBe(false);
  });

  it('an empty --preview is a usage error', async () => {
    expect(await main([SEED, '--preview', ''], fakeIo())).toBe(2);
  });
});
