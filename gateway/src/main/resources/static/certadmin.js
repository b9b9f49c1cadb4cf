// Certificates for the issuing department's staff (CER-3): look a certificate up, suspend,
// reinstate or revoke it with a reason; import the certificates of a legacy system from a CSV file
// and watch the import's progress row by row.
import { get, call } from './api.js';
import { t, term, words, terms, pick, language } from './i18n.js';
import { h, page, fill, field, kv, announce, busy, date, stateTag } from './ui.js';
import { place, certificateType, typeName } from './names.js';

words({
  certDeskTitle: ['证照管理', 'Certificates'], findCert: ['查找证照', 'Find a certificate'], find: ['查找', 'Find'],
  changeStatus: ['变更状态', 'Change its status'], statusReason: ['原因', 'Reason'], suspend: ['暂停', 'Suspend'],
  reinstate: ['恢复', 'Reinstate'], revokeCert: ['吊销', 'Revoke'], statusChanged: ['状态已变更：{s}', 'Status changed: {s}'],
  importTitle: ['导入历史证照', 'Import legacy certificates'],
  importHelp: ['选择历史系统导出的 CSV 文件（首行为列名）；持证人以居民身份证号码或统一社会信用代码标明，尚未注册的持证人注册并实名核验后即可在证照夹中看到；只能导入本部门、本区划签发的证照，同一历史编号重复导入不会重复制证。', 'Choose the CSV file the legacy system exported (a header row first); holders are named by resident ID number or unified social credit code, and a holder without an account finds the certificate in their wallet once they register and are verified; only certificates your department issued at your division are imported, and a legacy number imported twice yields one certificate.'],
  csvFile: ['CSV 文件', 'CSV file'], startImport: ['开始导入', 'Start the import'], importProgress: ['导入进度', 'Progress'],
  rowsDone: ['已处理 {p} / {n} 行：成功 {i} 行，失败 {f} 行', '{p} of {n} rows: {i} imported, {f} failed'],
  rowsWaiting: ['其中已发至持证人 {s} 行，{w} 行待持证人注册并实名核验后自动归入其证照夹', 'of which {s} issued to their holders and {w} waiting until their holder registers and is verified'],
  importFinished: ['导入完成', 'Import finished'], importRunning: ['正在导入…', 'Importing…'], rowError: ['第 {r} 行', 'Row {r}'],
});
terms({ valid: ['有效', 'valid'], suspended: ['已暂停', 'suspended'], revoked: ['已吊销', 'revoked'], expired: ['已过期', 'expired'], unknown: ['查无此证', 'unknown'] });

export async function desk() {
  const number = h('input', { type: 'text', autocomplete: 'off', 'data-test': 'admin-cert-number' });
  const found = h('div', { 'aria-live': 'polite', 'data-test': 'admin-cert' });
  const { out: findOut, button: findButton } = { out: h('div'), button: h('button', { class: 'primary', type: 'submit', 'data-test': 'admin-cert-find' }, t('find')) };
  const lookup = async () => {
    const n = number.value.trim();
    if (!n) return;
    await busy(findButton, findOut, async () => show(n));
  };
  async function show(n) {
    const v = await get(`/api/certificates/verify/${encodeURIComponent(n)}`);
    const [type, issuer] = await Promise.all([v.typeCode ? certificateType(v.typeCode) : null, v.issuer ? place(v.issuer.department, v.issuer.division) : '']);
    fill(found, h('div', { class: 'card' },
      kv([[t('certNumber'), v.number], [t('certType'), typeName(type) || v.typeName], [t('status'), stateTag(v.status)],
        [t('holder'), v.holder], [t('issuer'), issuer], [t('validFrom'), date(v.validFrom)], [t('validUntil'), date(v.validUntil)]]),
      v.status === 'unknown' ? null : statusForm(v, () => show(n))));
  }
  page(t('certDeskTitle'),
    h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); lookup(); } },
      h('h2', {}, t('findCert')), field(t('certNumber'), number), findOut, h('div', { class: 'actions' }, findButton)),
    found, importForm());
}

function statusForm(v, redraw) {
  const reason = h('textarea', { rows: '2', 'data-test': 'status-reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const buttons = [];
  const action = (path, label, test) => {
    const b = h('button', { class: path === 'revocation' ? 'primary' : 'secondary', type: 'button', 'data-test': test }, label);
    b.addEventListener('click', () => busy(b, out, async () => {
      const changed = await call('POST', `/api/certificates/${encodeURIComponent(v.number)}/${path}`, { body: { reason: reason.value.trim() } });
      announce(t('statusChanged', { s: term(changed.status) }));
      await redraw();
    }));
    buttons.push(b);
  };
  if (v.status === 'valid') action('suspension', t('suspend'), 'suspend');
  if (v.status === 'suspended') action('reinstatement', t('reinstate'), 'reinstate');
  if (v.status === 'valid' || v.status === 'suspended') action('revocation', t('revokeCert'), 'revoke');
  if (buttons.length === 0) return null;
  return h('div', {}, h('h3', {}, t('changeStatus')), field(t('statusReason'), reason), out, h('div', { class: 'actions' }, buttons));
}

function importForm() {
  const file = h('input', { type: 'file', accept: '.csv,text/csv,text/plain', 'data-test': 'import-file' });
  const progress = h('div', { 'aria-live': 'polite', 'data-test': 'import-progress' });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'import-start' }, t('startImport'));
  return h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    if (!file.files.length) return;
    const csv = await file.files[0].text();
    let job = await call('POST', '/api/certificates/imports', { body: csv, headers: { 'Content-Type': 'text/csv' } });
    drawProgress(progress, job);
    while (job.state !== 'finished') {
      await new Promise((r) => { setTimeout(r, 800); });
      job = await get(`/api/certificates/imports/${encodeURIComponent(job.id)}`);
      drawProgress(progress, job);
    }
    announce(`${t('importFinished')}：${t('rowsDone', { p: job.processedRows, n: job.totalRows, i: job.imported, f: job.failed })}`);
  }); } }, h('h2', {}, t('importTitle')), h('p', { class: 'muted' }, t('importHelp')), field(t('csvFile'), file), out,
  h('div', { class: 'actions' }, button), progress);
}

function drawProgress(region, job) {
  const bar = h('span');
  bar.style.width = `${job.totalRows ? Math.round((100 * job.processedRows) / job.totalRows) : 100}%`;
  fill(region, h('h3', {}, t('importProgress')),
    h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(job.totalRows), 'aria-valuenow': String(job.processedRows),
      'aria-label': t('importProgress') }, bar),
    h('p', { 'data-test': 'import-state', 'data-state': job.state, 'data-imported': String(job.imported), 'data-failed': String(job.failed) },
      job.state === 'finished' ? `${t('importFinished')} · ` : `${t('importRunning')} `, t('rowsDone', { p: job.processedRows, n: job.totalRows, i: job.imported, f: job.failed })),
    job.waitingForHolder !== undefined ? h('p', { class: 'muted', 'data-test': 'import-waiting' }, t('rowsWaiting', { s: job.issued ?? 0, w: job.waitingForHolder })) : null,
    (job.errors || []).length ? h('ul', { 'data-test': 'import-errors' }, job.errors.slice(0, 20).map(rowError)) : null);
}

/**
 * A failed row: its number and the server's message in the chosen language. The message names
 * the file's own column ("validFrom"): that heading is what the clerk finds in the file, so it is
 * shown as the file spells it, set apart as the file's text (data-raw), not as a word of ours.
 */
function rowError(e) {
  const message = pick(e.message) || e.detail || '';
  const halves = String(message).split(' | ');
  const text = halves.length === 2 ? halves[language() === 'en' ? 1 : 0] : message;
  const parts = e.field ? text.split(e.field) : [text];
  return h('li', { 'data-row': String(e.row) }, `${t('rowError', { r: e.row })}：`,
    ...parts.flatMap((p, i) => (i === 0 ? [p] : [h('code', { 'data-raw': '', title: t('fileColumn') }, e.field), p])));
}
words({ fileColumn: ['文件中的列名', "the file's column heading"] });
