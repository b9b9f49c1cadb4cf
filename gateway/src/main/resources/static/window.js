// The window (issue 17): the materials of a case read back (a preview of PDFs and images for the
// applicant side and for staff) and, for the applicant, who of staff opened which file and when.
import * as auth from './auth.js';
import { call, get, post, ApiError } from './api.js';
import { t, term, words, terms, pick, language } from './i18n.js';
import { h, page, fill, field, busy, date, errorBox, announce, newKey, bilingual } from './ui.js';
import { place, departmentNamed, departmentNames, named, caseNamed } from './names.js';
import { viewCertificateButton, nameCertificateCard } from './shared.js';

words({
  caseMaterials: ['材料', 'Materials'], preview: ['预览', 'Preview'], closePreview: ['关闭预览', 'Close the preview'],
  openFile: ['在新窗口打开或保存', 'Open in a new tab or save'], checksum: ['SHA256 校验值', 'SHA256 checksum'],
  materialOpenings: ['材料查阅记录', 'Who opened the materials'],
  materialOpeningsNone: ['工作人员尚未查阅您的材料。', 'No member of staff has opened your materials yet.'],
  openedWhere: ['（{role}，{dept}）', ' ({role}, {dept})'], openedWhat: ['查阅了“{m}”', ' opened "{m}"'],
  byCertificate: ['电子证照', 'E-certificate'],
  sourceUPLOAD: ['上传的文件', 'Uploaded file'], sourceCERTIFICATE_REFERENCE: ['电子证照', 'E-certificate'],
  sourceDEPARTMENT_RECORD: ['部门共享记录', 'Record shared by a department'],
  checkchecked: ['已核验', 'Checked'], checkpending: ['待核验：证照库或部门暂时无法访问，系统将在受理和决定前再次核验', 'Pending: the registry or the department could not be reached; it is checked again before acceptance and each decision'],
  checkstaffCheck: ['由窗口工作人员核验', 'Checked by window staff'], checkrefused: ['核验未通过', 'Not confirmed'],
  recordFrom: ['来自{dept}', 'From {dept}'], recordReference: ['记录编号：{ref}', 'Record: {ref}'],
  counterNav: ['窗口代办', 'Counter filing'], counterTitle: ['窗口受理：为到场群众申请', 'At the window: file for the person present'],
  counterHint: ['为没有账号的群众当面建档申请；群众日后注册并实名认证后，可在自己的账号中看到这些办件。',
    'File for a person present without an account; once they register and are verified, these cases are in their account.'],
  counterItem: ['事项', 'Item'], personName: ['姓名（与身份证一致）', 'Name (as on the identity card)'],
  personId: ['公民身份号码', 'Resident ID number'], personPhone: ['手机号码（选填，用于短信告知）', 'Mobile number (optional, for SMS)'],
  documentChecked: ['核验的身份证件', 'Identity document checked'],
  checkedInPerson: ['本人已当面核验申请人的身份证件', 'I checked the applicant\'s identity document in person'],
  counterCreate: ['建档并创建办件', 'Create the case'], counterUpload: ['上传材料并提交', 'Upload the materials and submit'],
  counterFiles: ['申请人交来的材料文件', 'Files of the materials handed over'],
  counterCreated: ['办件已创建，请上传申请人的材料。', 'The case is created: upload the applicant\'s materials.'],
  noItemsHere: ['本窗口没有可办理的事项。', 'No item is handled at this window.'],
  caseDocuments: ['办件文书', 'Documents of the case'], docReceipt: ['受理回执', 'Acceptance receipt'],
  docNotAccepted: ['不予受理通知书', 'Notice of non-acceptance'], docSupplement: ['一次性告知书', 'One-time notice'],
  docDecision: ['行政许可决定书', 'Decision notice'], docNumber: ['文书编号', 'Document number'],
  verifyDocument: ['核验文书', 'Verify a document'], verifyDocumentTitle: ['核验办件文书', 'Verify a case document'],
  verifyDocumentHint: ['输入文书编号和文件的 SHA256 校验值。', 'Enter the document number and the SHA256 checksum of the file.'],
  genuine: ['真实有效：该文书由本平台出具。', 'Genuine: this document was issued by the platform.'],
  notGenuine: ['无法核验：编号或校验值与出具记录不符。', 'Not verified: the number or checksum does not match any document issued.'],
});
terms({
  RESIDENT_ID_CARD: ['居民身份证', 'Resident ID card'], TEMPORARY_ID_CARD: ['临时居民身份证', 'Temporary ID card'],
  HOUSEHOLD_REGISTER: ['户口簿', 'Household register'],
});

function materialUrl(c, code) {
  return `/api/intake/cases/${encodeURIComponent(c.id)}/materials/${encodeURIComponent(code)}`;
}

/** One material: its name, its file or certificate, and for a file a preview that opens it in place. */
function materialItem(c, m, staff) {
  const region = h('div', { class: 'preview-region', 'aria-live': 'polite', 'data-test': `preview-region-${m.code}` });
  const uploaded = m.source === 'UPLOAD';
  const button = uploaded ? h('button', { class: 'secondary', type: 'button', 'data-test': `preview-${m.code}` }) : null;
  // The visible text starts the accessible name; the material's name completes it.
  const label = (key) => { button.textContent = t(key); button.setAttribute('aria-label', `${t(key)}：${m.name}`); };
  let shown = null;
  if (button) {
    label('preview');
    button.addEventListener('click', () => {
      if (shown) { URL.revokeObjectURL(shown); shown = null; fill(region); label('preview'); return; }
      busy(button, region, async () => {
        const response = await call('GET', materialUrl(c, m.code), { raw: true, headers: { Accept: '*/*' } });
        const type = (response.headers.get('Content-Type') || '').split(';')[0];
        shown = URL.createObjectURL(new Blob([await response.blob()], { type }));
        const view = type.startsWith('image/')
          ? h('img', { class: 'preview', src: shown, alt: m.name, 'data-test': `preview-image-${m.code}` })
          : h('iframe', { class: 'preview', src: shown, title: m.name, 'data-test': `preview-pdf-${m.code}` });
        fill(region, view,
          h('p', {}, h('a', { href: shown, target: '_blank', rel: 'noopener', download: m.fileName || m.code }, t('openFile'))),
          h('p', { class: 'muted checksum' }, `${t('checksum')}：`, h('code', { 'data-test': `checksum-${m.code}`, 'data-raw': 'checksum' },
            response.headers.get('X-Checksum-SHA256') || '')));
        label('closePreview');
      });
    });
  }
  return h('li', { 'data-material': m.code },
    h('div', { class: 'row' }, h('strong', {}, m.name),
      h('span', { class: 'muted' }, uploaded ? (m.fileName || '') : m.source === 'DEPARTMENT_RECORD'
        ? t('sourceDEPARTMENT_RECORD') : `${t('byCertificate')} ${m.certificateNumber || ''}`), button,
      // Issue 20: staff of the case's department read the certificate named instead of a copy.
      staff && m.source === 'CERTIFICATE_REFERENCE' ? viewCertificateButton(c, m, region) : null),
    checkLine(m), region);
}

/**
 * Where the material came from and where its check stands (CAT-3), in words: a department's record with
 * the department's name and its reference, and the registry's or department's reason when refused.
 */
function checkLine(m) {
  const check = m.check || (m.resolved ? 'checked' : 'pending');
  const record = m.record;
  return h('p', { class: check === 'refused' ? 'error' : 'muted', 'data-test': `material-check-${m.code}`, 'data-check': check },
    `${t(`source${m.source}`)} · ${t(`check${check}`)}`,
    record && (record.departmentName || record.department) ? recordFrom(record) : null,
    record && record.reference ? [' · ', h('span', { 'data-raw': 'reference' }, t('recordReference', { ref: record.reference }))] : null,
    record && record.summary ? ` · ${record.summary}` : null,
    m.refusal ? ` · ${pick(m.refusal)}` : null);
}

/**
 * The department holding a record, by name in the reader's language: the catalogue's name for its code, else the
 * name the exchange or intake wrote (`departmentNameEn` in English), never the code.
 */
function recordFrom(record) {
  const written = language() === 'en' ? record.departmentNameEn || record.departmentName : record.departmentName;
  const line = h('span', { 'data-test': 'record-from' }, written ? ` · ${t('recordFrom', { dept: written })}` : '');
  departmentNamed(record.department, written).then((name) => { line.textContent = ` · ${t('recordFrom', { dept: name })}`; });
  return line;
}

/** The materials of a case, each uploaded file with its preview. */
export function materialsCard(c, { staff = false } = {}) {
  return h('section', { class: 'card', 'data-test': 'case-materials' }, h('h2', {}, t('caseMaterials')),
    h('ul', { class: 'list' }, (c.materials || []).map((m) => materialItem(c, m, staff))));
}

/** For the applicant side: every opening of a material by staff, oldest first. */
export function openingsCard(c) {
  const region = h('div', { 'aria-live': 'polite' });
  const card = h('section', { class: 'card', 'data-test': 'material-openings' }, h('h2', {}, t('materialOpenings')), region);
  // The case is named in the reader's language already (caseNamed); its materials name what was opened.
  const materialNames = new Map((c.materials || []).map((m) => [m.code, m.name]));
  Promise.all([get(`/api/intake/cases/${encodeURIComponent(c.id)}/material-openings`), departmentNames()]).then(([answer, depts]) => {
    fill(region, answer.items.length === 0 ? h('p', { class: 'muted' }, t('materialOpeningsNone'))
      : h('ul', { class: 'list' }, answer.items.map((o) => h('li', { 'data-test': 'material-opening' },
        `${date(o.at)} `, h('span', { 'data-raw': 'username' }, o.openedBy),
        t('openedWhere', { role: term(o.role), dept: depts.get(o.department) || o.departmentName }),
        t('openedWhat', { m: materialNames.get(o.materialCode) || o.materialName })))));
  }, (e) => fill(region, errorBox(e)));
  return card;
}

/** Faults shown next to the fields they name (`field`, or each of `errors`), with the server's own message. */
function showFaults(form, out, err) {
  form.querySelectorAll('.field-error').forEach((n) => n.remove());
  form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const faults = !(err instanceof ApiError) || !err.problem ? []
    : Array.isArray(err.problem.errors) && err.problem.errors.length ? err.problem.errors
      : err.problem.field ? [{ field: err.problem.field, message: err.problem.message }] : [];
  const placed = faults.filter((f) => form.querySelector(`[data-field="${CSS.escape(f.field)}"]`));
  // Faults shown at their fields are summed up by the server's own message, without the field's key.
  out.replaceChildren(placed.length ? h('div', { class: 'error', role: 'alert' }, pick(err.problem.message) || pick(placed[0].message))
    : errorBox(err));
  for (const f of placed) {
    const target = form.querySelector(`[data-field="${CSS.escape(f.field)}"]`);
    if (!target) continue;
    target.setAttribute('aria-invalid', 'true');
    target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(f.message) || pick(err.problem.message)));
  }
  announce(out.textContent);
}

/**
 * 一窗受理 at the counter (issue 17, point 2): the clerk enters the person present and the identity
 * document checked, creates the case, uploads the materials handed over and submits; the case then waits
 * in the queue for acceptance like any other.
 */
export async function counter() {
  const u = auth.user();
  const list = await get('/api/intake/catalogue/items');
  const here = (list.items || []).filter((i) => (i.handledAt || []).some((p) => p.division === u.division && p.department === u.department));
  const item = h('select', { 'data-test': 'counter-item', 'data-field': 'itemCode' }, here.map((i) => h('option', { value: i.code }, named(i))));
  const name = h('input', { 'data-test': 'counter-name', 'data-field': 'person.name', autocomplete: 'off', required: true });
  const idNumber = h('input', { 'data-test': 'counter-id', 'data-field': 'person.idNumber', autocomplete: 'off', inputmode: 'text', maxlength: '18', required: true });
  const phone = h('input', { 'data-test': 'counter-phone', 'data-field': 'person.phone', type: 'tel', autocomplete: 'off', maxlength: '11' });
  const documentType = h('select', { 'data-test': 'counter-document', 'data-field': 'attestation.documentType' },
    ['RESIDENT_ID_CARD', 'TEMPORARY_ID_CARD', 'HOUSEHOLD_REGISTER'].map((d) => h('option', { value: d }, term(d))));
  const checked = h('input', { type: 'checkbox', 'data-test': 'counter-checked', 'data-field': 'attestation.checkedInPerson' });
  const out = h('div', { 'aria-live': 'polite' });
  const uploads = h('div', { 'data-test': 'counter-uploads' });
  const create = h('button', { class: 'primary', type: 'submit', 'data-test': 'counter-create' }, t('counterCreate'));
  const key = newKey();
  const form = h('form', { class: 'card', novalidate: true },
    field(t('counterItem'), item), field(t('personName'), name), field(t('personId'), idNumber), field(t('personPhone'), phone),
    field(t('documentChecked'), documentType),
    h('div', { class: 'field' }, h('label', {}, checked, ' ', t('checkedInPerson'))),
    out, h('div', { class: 'actions' }, create));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    create.disabled = true;
    try {
      const c = await call('POST', '/api/intake/counter/cases', { headers: { 'Idempotency-Key': key }, body: {
        itemCode: item.value, person: { name: name.value, idNumber: idNumber.value, phone: phone.value || undefined },
        attestation: { documentType: documentType.value, checkedInPerson: checked.checked }, draft: true } });
      out.replaceChildren(h('p', { role: 'status' }, t('counterCreated')));
      [item, name, idNumber, phone, documentType, checked, create].forEach((n) => { n.disabled = true; });
      fill(uploads, await uploadForm(c));
    } catch (err) {
      showFaults(form, out, err);
      create.disabled = false;
    }
  });
  page(t('counterTitle'), h('p', { class: 'muted', 'data-test': 'counter-place' }, await place(u.department, u.division)),
    h('p', { class: 'muted' }, t('counterHint')), here.length ? form : h('p', { class: 'muted' }, t('noItemsHere')), uploads);
}

/**
 * The materials the person handed over, each as a file, or (issue 20) an e-certificate the person shows
 * instead of a copy, named by its number; then the case is submitted and opened in the workbench. Naming
 * a certificate reloads the case: the material is listed as given by certificate and leaves the files to
 * upload, while the files already chosen for the others stay chosen.
 */
async function uploadForm(created) {
  const inputs = new Map();
  const inputFor = (m) => {
    if (!inputs.has(m.code)) {
      inputs.set(m.code, h('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png', 'data-test': `counter-file-${m.code}` }));
    }
    return inputs.get(m.code);
  };
  const region = h('div', { 'data-test': 'counter-case' });
  const out = h('div', { 'aria-live': 'polite' });
  const send = h('button', { class: 'primary', type: 'button', 'data-test': 'counter-submit' }, t('counterUpload'));
  let c = created;
  send.addEventListener('click', () => busy(send, out, async () => {
    for (const m of c.missingMaterials || []) {
      const input = inputs.get(m.code);
      if (!input || !input.files.length) continue;
      const data = new FormData();
      data.append('file', input.files[0], input.files[0].name);
      await call('PUT', `/api/intake/cases/${encodeURIComponent(c.id)}/materials/${encodeURIComponent(m.code)}`, { body: data });
    }
    await post(`/api/intake/cases/${encodeURIComponent(c.id)}/submit`);
    location.hash = `#/work/${c.id}`;
  }));
  const render = async () => {
    const shown = await caseNamed(c); // the materials named in the clerk's language
    const missing = shown.missingMaterials || [];
    fill(region, (shown.materials || []).length ? materialsCard(shown) : null,
      await nameCertificateCard(shown, reload, { atWindow: true }),
      h('section', { class: 'card' }, h('h2', {}, t('counterFiles')), missing.map((m) => field(m.name, inputFor(m))), out,
        h('div', { class: 'actions' }, send)));
  };
  async function reload(named) {
    c = await get(`/api/intake/cases/${encodeURIComponent(c.id)}`);
    await render();
    // Keyboard and screen-reader users land on the material now given by certificate.
    const item = named ? region.querySelector(`[data-test=case-materials] li[data-material="${CSS.escape(named)}"]`) : null;
    if (item) { item.setAttribute('tabindex', '-1'); item.focus(); }
  }
  await render();
  return region;
}

const DOCUMENTS = [
  ['receipt', 'docReceipt', (c) => Boolean(c.number)], ['not-accepted', 'docNotAccepted', (c) => Boolean(c.noticeNumber)],
  ['supplement', 'docSupplement', (c) => (c.notices || []).some((n) => n.kind === 'SUPPLEMENT')],
  ['decision', 'docDecision', (c) => Boolean(c.decision)],
];

/** The case's documents (issue 17, point 3): each opened as a PDF in place, with its number and checksum. */
export function documentsCard(c) {
  const available = DOCUMENTS.filter(([, , has]) => has(c));
  if (!available.length) return null;
  const region = h('div', { class: 'preview-region', 'aria-live': 'polite', 'data-test': 'document-region' });
  const buttons = available.map(([kind, label]) => {
    const b = h('button', { class: 'secondary', type: 'button', 'data-test': `document-${kind}` }, t(label));
    b.addEventListener('click', () => busy(b, region, async () => {
      const response = await call('GET', `/api/intake/cases/${encodeURIComponent(c.id)}/documents/${kind}`, { raw: true, headers: { Accept: '*/*' } });
      const url = URL.createObjectURL(new Blob([await response.blob()], { type: 'application/pdf' }));
      const number = response.headers.get('X-Document-Number') || '';
      fill(region, h('iframe', { class: 'preview', src: url, title: t(label), 'data-test': `document-pdf-${kind}` }),
        h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener', download: `${number}.pdf`, 'data-test': `document-download-${kind}` }, t('openFile'))),
        h('p', { class: 'muted' }, `${t('docNumber')}：`, h('span', { 'data-test': 'document-number', 'data-raw': 'document-number' }, number)),
        h('p', { class: 'muted checksum' }, `${t('checksum')}：`, h('code', { 'data-test': 'document-checksum', 'data-raw': 'checksum' }, response.headers.get('X-Checksum-SHA256') || '')));
    }));
    return b;
  });
  return h('section', { class: 'card', 'data-test': 'case-documents' }, h('h2', {}, t('caseDocuments')),
    h('div', { class: 'actions' }, buttons), region);
}

/** Public: whether a document with this number and checksum was issued (no login). */
export async function verifyDocument(params, query) {
  const number = h('input', { 'data-test': 'verify-document-number', 'data-field': 'number', value: query?.get('number') || '', autocomplete: 'off' });
  const hash = h('input', { 'data-test': 'verify-document-hash', 'data-field': 'hash', value: query?.get('hash') || '', autocomplete: 'off' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'verify-document' }, t('check'));
  const form = h('form', { class: 'card' }, h('p', { class: 'muted' }, t('verifyDocumentHint')),
    field(t('docNumber'), number), field(t('checksum'), hash), out, h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    [number, hash].forEach((i) => i.removeAttribute('aria-invalid'));
    busy(button, out, async () => {
      try {
        const answer = await get(`/api/intake/public/documents/${encodeURIComponent(number.value.trim())}/verification?hash=${encodeURIComponent(hash.value.trim())}`);
        fill(out, h('p', { class: answer.genuine ? 'ok' : 'error', role: 'status', 'data-test': 'verify-document-result', 'data-genuine': String(answer.genuine) },
          answer.genuine ? [t('genuine'), ' ', bilingual(answer.title), answer.issuedAt ? ` · ${date(answer.issuedAt)}` : ''] : t('notGenuine')));
      } catch (err) {
        // The server's own words: next to the field it names (the checksum), or for the number never issued.
        const target = err instanceof ApiError ? { hash, number }[err.problem.field] || (err.status === 404 ? number : null) : null;
        if (!target) throw err;
        target.setAttribute('aria-invalid', 'true');
        target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(err.problem.message) || err.text()));
        fill(out, h('p', { class: 'error', role: 'alert', 'data-test': 'verify-document-result', 'data-genuine': 'false' }, pick(err.problem.message) || err.text()));
        announce(out.textContent);
      }
    });
  });
  page(t('verifyDocumentTitle'), form);
}
