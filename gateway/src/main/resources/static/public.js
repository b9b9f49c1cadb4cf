// Pages anyone may open without logging in: home, catalogue and guides, certificate
// verification, public credit lists and double publicity.
import * as auth from './auth.js';
import { get, ApiError } from './api.js';
import { language, t, term } from './i18n.js';
import { h, page, fill, field, errorBox, unavailable, loading, kv, announce, busy, date, stateTag, money } from './ui.js';
import { place, departmentNames, listTypeNames, itemNames, named, namedList } from './names.js';
import { words } from './i18n.js';

words({
  free: ['不收费', 'Free of charge'], sampleForm: ['下载样表', 'Download the sample form'],
  needNotProvide: ['无需提交：由部门通过共享获取', 'Not needed: the department obtains it by data sharing'],
  recordHeldBy: ['无需提交：由{dept}通过数据共享提供（{record}）', 'Not needed: {dept} provides it by data sharing ({record})'], creditOffice: ['信用主管部门', 'the credit office'],
  guideLifeEvents: ['人生事件', 'Life events'], guideDeemedConsent: ['超时默认', 'Deemed consent'],
  catalogueLifeEvent: ['人生事件：{e}', 'Life event: {e}'], catalogueAll: ['全部事项', 'All services'],
});


export async function home() {
  const u = auth.user();
  const tiles = [['#/catalogue', t('catalogue')], ['#/verify', t('verify')], ['#/credit', t('credit')]];
  // Anonymous visitors follow a case by its number (issue 17); logged-in applicants have My cases.
  if (!u) tiles.unshift(['#/follow', t('followCase')]);
  if (auth.hasRole('citizen', 'enterprise')) tiles.unshift(['#/cases', t('myCases')], ['#/wallet', t('wallet')], ['#/inbox', t('inbox')]);
  if (auth.hasRole('agent')) tiles.unshift(['#/agent', t('agent')], ['#/cases', t('agentCases')]);
  if (auth.hasRole('clerk', 'reviewer', 'approver')) tiles.unshift(['#/work', t('work')]);
  if (auth.hasRole('supervisor')) tiles.unshift(['#/supervision', t('supervision')]);
  page(u ? `${t('welcome')}${u.name}` : t('title'),
    searchForm(''),
    h('nav', { 'aria-label': t('home') }, h('div', { class: 'tiles' }, tiles.map(([href, label]) => h('a', { href }, label)))));
}

function searchForm(value) {
  const input = h('input', { type: 'search', name: 'q', value, placeholder: t('searchHint'), 'data-test': 'search' });
  return h('form', { role: 'search', onsubmit: (e) => { e.preventDefault(); location.hash = `#/catalogue?q=${encodeURIComponent(input.value.trim())}`; } },
    field(t('searchLabel'), input), h('button', { class: 'primary', type: 'submit' }, t('search')));
}

/**
 * The life events (人生事件) the catalogue's items belong to, as tiles in the reader's language, each finding its
 * items. The tiles come from the items themselves (`lifeEvents` beside `lifeEventsEn`, item for item): nothing is
 * named here.
 */
function lifeEventTiles(items) {
  const events = new Map();
  for (const i of items) {
    (i.lifeEvents || []).forEach((zh, n) => { if (!events.has(zh)) events.set(zh, (i.lifeEventsEn || [])[n] || zh); });
  }
  if (events.size === 0) return null;
  return h('nav', { 'aria-label': t('guideLifeEvents'), 'data-test': 'life-events' }, h('div', { class: 'tiles' },
    [...events].map(([zh, en]) => h('a', { href: `#/catalogue?lifeEvent=${encodeURIComponent(zh)}`, 'data-life-event': zh },
      language() === 'en' ? en : zh))));
}

export async function catalogue(params, query) {
  const q = query.get('q') || '';
  const lifeEvent = query.get('lifeEvent') || '';
  const results = h('div', { 'aria-live': 'polite' }, loading());
  page(t('catalogue'), searchForm(q), results);
  try {
    const filter = q ? `?q=${encodeURIComponent(q)}` : lifeEvent ? `?lifeEvent=${encodeURIComponent(lifeEvent)}` : '';
    const found = await get(`/api/intake/catalogue/items${filter}`);
    const first = found.items.find((i) => (i.lifeEvents || []).includes(lifeEvent));
    const eventName = first ? namedList(first, 'lifeEvents')[first.lifeEvents.indexOf(lifeEvent)] : lifeEvent;
    fill(results,
      !q && !lifeEvent ? lifeEventTiles(found.items) : null,
      lifeEvent && !q ? h('p', {}, h('strong', { 'data-test': 'life-event' }, t('catalogueLifeEvent', { e: eventName })), ' ',
        h('a', { href: '#/catalogue' }, t('catalogueAll'))) : null,
      h('p', { class: 'muted' }, t('found', { n: found.count })),
      h('ul', { class: 'list', 'data-test': 'items' }, found.items.map((i) => h('li', {},
        h('a', { href: `#/item/${encodeURIComponent(i.code)}`, 'data-code': i.code }, named(i)),
        h('div', { class: 'muted', 'data-test': `item-line-${i.code}` }, `${term(i.itemClass)} · ${t('days', { n: i.promisedDays })} · ${[...new Set((i.handledAt || []).map((p) => named(p, 'departmentName')))].join(language() === 'en' ? '; ' : '、')}`)))));
  } catch (e) { fill(results, errorBox(e)); }
}

export async function item({ code }) {
  const region = h('div', {}, loading());
  page(t('guide'), region);
  const i = await get(`/api/intake/catalogue/items/${encodeURIComponent(code)}`);
  page(named(i));
  const main = document.getElementById('main');
  const applyRoles = auth.hasRole('citizen', 'enterprise');
  const action = auth.signedIn()
    ? (applyRoles ? h('a', { class: 'btn', href: `#/apply/${encodeURIComponent(i.code)}`, 'data-test': 'apply' }, t('apply')) : null)
    : h('button', { class: 'primary', type: 'button', onclick: () => auth.login(`#/apply/${encodeURIComponent(i.code)}`, { lang: language() }) }, t('loginToApply'));
  main.append(
    h('p', { class: 'muted', 'data-test': 'item-class' }, language() === 'en' ? term(i.itemClass) : i.itemClassName || term(i.itemClass)),
    action ? h('div', { class: 'actions' }, action) : null,
    section(t('conditions'), list(namedList(i, 'conditions'), 'conditions')),
    section(t('materials'), h('ul', { class: 'list' }, (i.materials || []).map((m) => h('li', {},
      h('strong', {}, named(m)), ' ', h('span', { class: 'tag' }, m.essential ? t('essential') : t('optional')),
      m.certificateType ? [' ', h('span', { class: 'tag ok' }, t('eCert'))] : null,
      m.recordDepartmentName ? h('p', { class: 'muted', 'data-test': `record-held-by-${m.code}` },
        t('recordHeldBy', { dept: named(m, 'recordDepartmentName'), record: named(m, 'departmentRecord') || m.recordCode }))
        : m.applicantNeedNotProvide ? h('p', { class: 'muted' }, t('needNotProvide')) : null,
      m.sampleForm ? h('p', {}, h('a', { href: sampleFormUrl(m.sampleForm), download: '', 'data-test': 'sample-form' }, `${t('sampleForm')}：${named(m)}`)) : null)))),
    section(t('fees'), fees(i)),
    section(t('procedure'), h('ol', { 'data-test': 'procedure' }, namedList(i, 'procedure').map((p) => h('li', {}, p)))),
    section(t('deadline'), kv([[t('promised'), t('days', { n: i.promisedDays })], [t('statutory'), t('days', { n: i.statutoryDays })],
      [t('guideDeemedConsent'), i.deemedConsent ? h('span', { 'data-test': 'deemed-consent-basis' }, named(i, 'deemedConsentBasis')) : null]])),
    section(t('where'), h('ul', { class: 'list' }, (i.handledAt || []).map((w) => h('li', {},
      h('strong', {}, `${named(w, 'divisionName')} · ${named(w, 'departmentName')}`), h('div', { class: 'muted' }, `${named(w, 'address')} · ${w.contact}`))))),
    section(t('result'), h('p', { 'data-test': 'result' }, named(i, 'result'))),
    section(t('legalBasis'), list(namedList(i, 'legalBasis'), 'legal-basis')),
    i.supervision ? section(t('supervisionLine'), h('p', {}, named(i, 'supervision'))) : null,
    (i.lifeEvents || []).length ? section(t('guideLifeEvents'), h('div', { class: 'tiles', 'data-test': 'guide-life-events' },
      i.lifeEvents.map((zh, n) => h('a', { href: `#/catalogue?lifeEvent=${encodeURIComponent(zh)}` }, namedList(i, 'lifeEvents')[n] || zh)))) : null);
}

/** The catalogue names sample forms by their path on the portal's form shelf (served under /app/forms/). */
function sampleFormUrl(path) {
  return path.startsWith('/forms/') ? `/app${path}` : path;
}

/** The item's fees with their legal basis, or that it is free of charge. */
function fees(i) {
  const list = i.fees || [];
  if (list.length === 0 || (i.free && list.every((f) => Number(f.amountYuan) === 0))) {
    return h('div', { 'data-test': 'fees', 'data-free': 'true' }, h('p', {}, h('span', { class: 'tag ok', 'data-test': 'fee-name' }, list.length ? named(list[0]) : t('free'))),
      list.map((f) => h('p', { class: 'muted' }, named(f, 'legalBasis'))));
  }
  return h('ul', { class: 'list', 'data-test': 'fees' }, list.map((f) => h('li', {},
    h('div', { class: 'row' }, h('strong', { 'data-test': 'fee-name' }, named(f)), h('span', { 'data-test': 'fee-amount' }, money(f.amountYuan))),
    h('p', { class: 'muted' }, named(f, 'legalBasis')))));
}

function section(title, body) { return h('section', { class: 'card' }, h('h2', {}, title), body); }
function list(items, test) { return h('ul', test ? { 'data-test': test } : {}, (items || []).map((x) => h('li', {}, x))); }

// --- verification -------------------------------------------------------------------------
/** The QR token from whatever was scanned or pasted: the token itself or the verification URL. */
export function qrToken(text) {
  const s = text.trim();
  try {
    const url = new URL(s);
    if (url.searchParams.get('qr')) return url.searchParams.get('qr');
  } catch { /* not a URL */ }
  return s;
}

export async function verify(params, query) {
  const result = h('div', { 'aria-live': 'polite', 'data-test': 'verify-result' });
  const number = h('input', { type: 'text', name: 'number', autocomplete: 'off', 'data-test': 'verify-number', value: query.get('number') || '' });
  const byNumber = h('button', { class: 'primary', type: 'submit', 'data-test': 'verify-by-number' }, t('check'));
  const qr = h('textarea', { name: 'qr', rows: '3', 'data-test': 'verify-qr' });
  qr.value = query.get('qr') || '';
  const byQr = h('button', { class: 'primary', type: 'submit', 'data-test': 'verify-by-qr' }, t('check'));
  const video = h('video', { hidden: true, muted: true, playsinline: true });
  const scan = h('button', { class: 'secondary', type: 'button' }, t('scan'));
  let stream = null;
  scan.addEventListener('click', async () => {
    if (stream) { stream.getTracks().forEach((tr) => tr.stop()); stream = null; video.hidden = true; scan.textContent = t('scan'); return; }
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) { fill(result, h('p', { class: 'notice' }, t('noCamera'))); return; }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = stream; video.hidden = false; await video.play(); scan.textContent = t('stopScan');
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      const tick = async () => {
        if (!stream) return;
        const codes = await detector.detect(video).catch(() => []);
        if (codes.length) { qr.value = codes[0].rawValue; scan.click(); show(`/api/certificates/verify?qr=${encodeURIComponent(qrToken(qr.value))}`); return; }
        requestAnimationFrame(tick);
      };
      tick();
    } catch (e) { stream = null; fill(result, errorBox(e)); }
  });
  async function show(path) {
    fill(result, loading());
    try {
      const v = await get(path);
      const cls = v.status === 'valid' ? 'ok' : v.status === 'unknown' ? '' : 'bad';
      fill(result, h('div', { class: 'card' },
        h('p', {}, h('span', { class: `tag ${cls}`, 'data-test': 'verdict', 'data-status': v.status }, t(`verdict_${v.status}`))),
        kv([[t('certNumber'), v.number], [t('certType'), v.typeName], [t('holder'), v.holder],
          [t('issuer'), v.issuer ? await place(v.issuer.department, v.issuer.division) : null],
          [t('validFrom'), date(v.validFrom)], [t('validUntil'), date(v.validUntil)], [t('checkedAt'), date(v.checkedAt)]])));
      announce(t(`verdict_${v.status}`));
    } catch (e) { fill(result, errorBox(e)); announce(result.textContent); }
  }
  page(t('verifyTitle'),
    h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); if (number.value.trim()) show(`/api/certificates/verify/${encodeURIComponent(number.value.trim())}`); } },
      h('h2', {}, t('byNumber')), field(t('certNumber'), number), byNumber),
    h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); if (qr.value.trim()) show(`/api/certificates/verify?qr=${encodeURIComponent(qrToken(qr.value))}`); } },
      h('h2', {}, t('byQr')), field(t('qrText'), qr), h('div', { class: 'actions' }, byQr, scan), video),
    result);
  if (query.get('number')) show(`/api/certificates/verify/${encodeURIComponent(query.get('number'))}`);
  else if (query.get('qr')) show(`/api/certificates/verify?qr=${encodeURIComponent(query.get('qr'))}`);
}

// --- credit and publicity -------------------------------------------------------------------
/** Public credit queries (an enterprise's red and black list entries) and double publicity. */
export async function credit(params, query) {
  const code = h('input', { type: 'text', autocomplete: 'off', maxlength: '18', 'data-test': 'credit-code', value: query.get('code') || '' });
  const found = h('div', { 'aria-live': 'polite', 'data-test': 'credit-result' });
  const ask = h('button', { class: 'primary', type: 'submit', 'data-test': 'credit-query' }, t('search'));
  const publicity = h('div', { 'aria-live': 'polite' }, loading());
  const results = h('div', {}, loading());
  const kinds = [['PERMIT', t('permits')], ['PENALTY', t('penalties')]];
  let kind = query.get('kind') === 'PENALTY' ? 'PENALTY' : 'PERMIT';
  const tabs = h('div', { class: 'actions', role: 'group', 'aria-label': t('publicity') }, kinds.map(([k, label]) =>
    h('button', { type: 'button', class: k === kind ? 'primary' : 'secondary', 'aria-pressed': String(k === kind), 'data-kind': k,
      onclick: () => { kind = k; tabs.querySelectorAll('button').forEach((b) => { const on = b.dataset.kind === k; b.className = on ? 'primary' : 'secondary'; b.setAttribute('aria-pressed', String(on)); }); list(); } }, label)));
  page(t('creditTitle'),
    h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); lookup(); } },
      h('h2', {}, t('enterpriseCredit')), field(t('creditCode'), code), ask, found),
    h('section', { class: 'card' }, h('h2', {}, t('publicity')), tabs, publicity),
    h('section', { class: 'card' }, h('h2', {}, t('results')), results));

  async function lookup() {
    const value = code.value.trim().toUpperCase();
    if (!value) return;
    await busy(ask, found, async () => {
      const [entries, names, lists] = await Promise.all([get(`/api/credit/public/enterprises/${encodeURIComponent(value)}/entries`), departmentNames(), listTypeNames()]);
      const listName = (code) => { const l = lists.get(code); return l ? (language() === 'en' ? l.nameEn : l.nameZh) : ''; };
      fill(found, entries.length === 0 ? h('p', { class: 'tag ok', 'data-test': 'credit-none' }, t('noEntries'))
        : h('ul', { class: 'list', 'data-test': 'credit-entries' }, entries.map((e) => h('li', {},
          h('div', { class: 'row' }, h('strong', {}, e.name), h('span', { class: `tag ${e.list === 'RED' ? 'ok' : 'bad'}` }, e.list === 'RED' ? t('red') : t('black'))),
          h('p', {}, listName(e.listType)), h('p', { class: 'muted' }, `${names.get(e.issuingDepartment) || t('creditOffice')} · ${date(e.start)}${e.end ? ` – ${date(e.end)}` : ''} · ${e.legalBasis}`)))));
      announce(found.textContent);
    });
  }
  async function list() {
    fill(publicity, loading());
    try {
      const [rows, names, items] = await Promise.all([get(`/api/credit/public/publicity?kind=${kind}`), departmentNames(), itemNames()]);
      // credit's feed may carry the item's code as its name: the catalogue names it.
      const itemName = (r) => named(items.get(r.itemCode)) || (r.itemName && r.itemName !== r.itemCode ? r.itemName : null);
      fill(publicity, rows.length === 0 ? h('p', { class: 'muted' }, t('none'))
        : h('ul', { class: 'list', 'data-test': 'publicity' }, rows.map((r) => h('li', {},
          h('strong', {}, r.name), itemName(r) ? h('div', {}, itemName(r)) : null,
          h('p', {}, term(r.decision)), r.content ? h('p', {}, r.content) : null,
          h('p', { class: 'muted' }, [r.caseNumber || r.documentNumber, names.get(r.department) || r.departmentName || null, date(r.decisionDate)].filter(Boolean).join(' · '))))));
    } catch (e) { fill(publicity, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
  }
  const approved = async () => {
    try {
      const [answer, items, names] = await Promise.all([get('/api/intake/public/results?limit=20'), itemNames(), departmentNames()]);
      fill(results, answer.items.length === 0 ? h('p', { class: 'muted' }, t('none'))
        : h('ul', { class: 'list', 'data-test': 'results' }, answer.items.map((r) => h('li', {},
          h('strong', {}, named(items.get(r.itemCode)) || r.itemName), h('div', {}, r.applicant),
          h('p', { class: 'muted' }, [r.caseNumber, names.get(r.department) || r.departmentName, date(r.decidedOn)].filter(Boolean).join(' · '))))));
    } catch (e) { fill(results, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
  };
  await Promise.all([list(), approved()]);
  if (code.value) await lookup();
}
