#!/usr/bin/env node
// Renders icons/icon.svg to icons/icon-{16,32,48,128}.png with headless Chromium
// (Debian's /usr/bin/chromium, or CHROMIUM_PATH). The PNGs are committed; run this after editing the SVG:
//   node scripts/render-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
const sizes = [16, 32, 48, 128];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  // Each size is drawn by the browser's own SVG rasteriser into a canvas of exactly that size
  // (transparent background), so small sizes are anti-aliased, not downscaled screenshots.
  const pngs = await page.evaluate(async ({ svg, sizes }) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    return sizes.map((size) => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      canvas.getContext('2d').drawImage(img, 0, 0, size, size);
      return canvas.toDataURL('image/png').split(',')[1];
    });
  }, { svg, sizes });
  sizes.forEach((size, i) => {
    const file = join(root, 'icons', `icon-${size}.png`);
    writeFileSync(file, Buffer.from(pngs[i], 'base64'));
    console.log(`wrote ${file}`);
  });
} finally {
  await browser.close();
}
