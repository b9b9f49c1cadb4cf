// A QR image for a certificate's verification content, drawn in the browser (no server round
// trip, nothing leaves the page): the vendored qrcode-generator gives the module matrix, a canvas
// turns it into a PNG that the holder shows at a counter or saves.
import { qrcode } from './vendor/qrcode-generator-2.0.4/qrcode.mjs';
import { h } from './ui.js';

// The QR content is a URL; encode it as UTF-8 bytes whatever it holds.
qrcode.stringToBytes = (s) => Array.from(new TextEncoder().encode(s));

/** A PNG data URL of the QR code for text: medium error correction, 4-module quiet zone. */
export function qrPng(text, scale = 6) {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const n = code.getModuleCount();
  const quiet = 4;
  const size = (n + 2 * quiet) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, size, size);
  ctx.fillStyle = '#000';
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      if (code.isDark(r, c)) ctx.fillRect((c + quiet) * scale, (r + quiet) * scale, scale, scale);
    }
  }
  return canvas.toDataURL('image/png');
}

/** The image element, described for screen readers, and a link that saves it as a file. */
export function qrImage(text, alt, fileName, saveLabel) {
  const url = qrPng(text);
  return h('div', { class: 'stack' },
    h('img', { class: 'qr-image', src: url, alt, 'data-test': 'qr-image', width: '192', height: '192' }),
    h('a', { class: 'btn secondary', href: url, download: fileName, 'data-test': 'qr-save' }, saveLabel));
}
