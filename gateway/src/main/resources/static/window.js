// The window (issue 17): the materials of a case read back (a preview of PDFs and images for the
// applicant side and for staff) and, for the applicant, who of staff opened which file and when.
import { call, get } from './api.js';
import { t, term, words } from './i18n.js';
import { h, fill, busy, date, errorBox } from './ui.js';

words({
  caseMaterials: ['材料', 'Materials'], preview: ['预览', 'Preview'], closePreview: ['关闭预览', 'Close the preview'],
  openFile: ['在新窗口打开或保存', 'Open in a new tab or save'], checksum: ['SHA-256 校验值', 'SHA-256 checksum'],
  materialOpenings: ['材料查阅记录', 'Who opened the materials'],
  materialOpeningsNone: ['工作人员尚未查阅您的材料。', 'No member of staff has opened your materials yet.'],
  openedWhere: ['（{role}，{dept}）', ' ({role}, {dept})'], openedWhat: ['查阅了“{m}”', ' opened "{m}"'],
  byCertificate: ['电子证照', 'E-certificate'],
});

function materialUrl(c, code) {
  return `/api/intake/cases/${encodeURIComponent(c.id)}/materials/${encodeURIComponent(code)}`;
}

/** One material: its name, its file or certificate, and for a file a preview that opens it in place. */
function materialItem(c, m) {
  const region = h('div', { class: 'preview-region', 'aria-live': 'polite', 'data-test': `preview-region-${m.code}` });
  const uploaded = m.source === 'UPLOAD';
  const button = uploaded ? h('button', { class: 'secondary', type: 'button', 'data-test': `preview-${m.code}`,
    'aria-label': `${t('preview')}：${m.name}` }, t('preview')) : null;
  let shown = null;
  if (button) {
    button.addEventListener('click', () => {
      if (shown) { URL.revokeObjectURL(shown); shown = null; fill(region); button.textContent = t('preview'); return; }
      busy(button, region, async () => {
        const response = await call('GET', materialUrl(c, m.code), { raw: true, headers: { Accept: '*/*' } });
        const type = (response.headers.get('Content-Type') || '').split(';')[0];
        shown = URL.createObjectURL(new Blob([await response.blob()], { type }));
        const view = type.startsWith('image/')
          ? h('img', { class: 'preview', src: shown, alt: m.name, 'data-test': `preview-image-${m.code}` })
          : h('iframe', { class: 'preview', src: shown, title: m.name, 'data-test': `preview-pdf-${m.code}` });
        fill(region, view,
          h('p', {}, h('a', { href: shown, target: '_blank', rel: 'noopener', download: m.fileName || m.code }, t('openFile'))),
          h('p', { class: 'muted checksum' }, `${t('checksum')}：`, h('code', { 'data-test': `checksum-${m.code}` },
            response.headers.get('X-Checksum-SHA256') || '')));
        button.textContent = t('closePreview');
      });
    });
  }
  return h('li', { 'data-material': m.code },
    h('div', { class: 'row' }, h('strong', {}, m.name),
      h('span', { class: 'muted' }, uploaded ? (m.fileName || '') : `${t('byCertificate')} ${m.certificateNumber || ''}`), button),
    region);
}

/** The materials of a case, each uploaded file with its preview. */
export function materialsCard(c) {
  return h('section', { class: 'card', 'data-test': 'case-materials' }, h('h2', {}, t('caseMaterials')),
    h('ul', { class: 'list' }, (c.materials || []).map((m) => materialItem(c, m))));
}

/** For the applicant side: every opening of a material by staff, oldest first. */
export function openingsCard(c) {
  const region = h('div', { 'aria-live': 'polite' });
  const card = h('section', { class: 'card', 'data-test': 'material-openings' }, h('h2', {}, t('materialOpenings')), region);
  get(`/api/intake/cases/${encodeURIComponent(c.id)}/material-openings`).then((answer) => {
    fill(region, answer.items.length === 0 ? h('p', { class: 'muted' }, t('materialOpeningsNone'))
      : h('ul', { class: 'list' }, answer.items.map((o) => h('li', { 'data-test': 'material-opening' },
        `${date(o.at)} `, h('span', { 'data-raw': 'username' }, o.openedBy),
        t('openedWhere', { role: term(o.role), dept: o.departmentName }), t('openedWhat', { m: o.materialName })))));
  }, (e) => fill(region, errorBox(e)));
  return card;
}
