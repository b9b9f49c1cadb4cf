// Citizens and enterprises (and agents, for the cases they file): apply, follow, supplement,
// wallet, inbox, ratings and complaints, mandates given.
import * as auth from './auth.js';
import { get, post, put, call, ApiError } from './api.js';
import { t, term, pick } from './i18n.js';
import { h, page, fill, field, errorBox, unavailable, loading, kv, announce, busy, date, stateTag, light, newKey } from './ui.js';
import { provisionalTag } from './calendar.js';

// --- apply ---------------------------------------------------------------------------------
export async function apply({ code }, query) {
  const item = await get(`/api/intake/catalogue/items/${encodeURIComponent(code)}`);
  const principal = query.get('for');
  if (auth.hasRole('agent') && !principal) {
    page(t('applyTitle', { name: item.name }), h('p', { class: 'notice' }, t('choosePrincipal')), h('a', { class: 'btn', href: '#/agent' }, t('agent')));
    return;
  }
  const mine = auth.hasRole('citizen', 'enterprise') ? await get('/api/certificates/wallet').then((w) => w.certificates).catch(() => []) : [];
  const where = h('select', { name: 'place', 'data-test': 'place' }, (item.handledAt || []).map((w) =>
    h('option', { value: `${w.division}|${w.department}` }, `${w.divisionName} · ${w.departmentName}`)));
  const materials = (item.materials || []).map((m) => materialInput(m, mine));
  const errors = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { class: 'primary', type: 'submit', 'data-test': 'submit' }, t('submit'));
  const key = newKey(); // one per form: a repeated click or a retry never files twice
  let created = null;
  const form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); send(); } },
    principal ? h('p', { class: 'notice' }, `${t('principal')}：`, h('span', { 'data-test': 'principal' }, principal)) : null,
    field(t('handledAt'), where),
    h('h2', {}, t('materials')), materials.map((m) => m.element),
    errors, h('div', { class: 'actions' }, submit));
  page(t('applyTitle', { name: item.name }), form);

  async function send() {
    await busy(submit, errors, async () => {
      submit.textContent = t('submitting');
      const [division, department] = where.value.split('|');
      const chosen = materials.map((m) => m.value());
      const uploads = chosen.filter((c) => c.file);
      if (!created) {
        created = await call('POST', '/api/intake/cases', {
          headers: { 'Idempotency-Key': key },
          body: { itemCode: item.code, division, department, principalSubject: principal || undefined,
            certificates: chosen.filter((c) => c.certificateNumber).map((c) => ({ materialCode: c.code, certificateNumber: c.certificateNumber })),
            draft: uploads.length > 0 },
        });
      }
      for (const u of uploads) {
        const data = new FormData();
        data.append('file', u.file, u.file.name);
        await call('PUT', `/api/intake/cases/${created.id}/materials/${encodeURIComponent(u.code)}`, { body: data });
      }
      let c = created;
      if (c.state === 'DRAFT') c = await post(`/api/intake/cases/${c.id}/submit`);
      announce(t('submitted', { n: c.number || c.id }));
      location.hash = `#/case/${c.id}`;
    });
    submit.textContent = t('submit');
  }
}

function materialInput(m, wallet) {
  const name = `m-${m.code}`;
  const choices = [];
  if (m.certificateType) choices.push(['cert', t('useCert')]);
  choices.push(['upload', t('uploadFile')]);
  if (!m.essential) choices.push(['later', t('later')]);
  const number = h('input', { type: 'text', name: `${name}-number`, 'data-test': `${name}-number`, autocomplete: 'off' });
  const matching = wallet.filter((c) => c.typeCode === m.certificateType && c.status === 'VALID');
  const fromWallet = matching.length ? h('select', { 'data-test': `${name}-wallet`, onchange: (e) => { number.value = e.target.value; } },
    h('option', { value: '' }, '—'), matching.map((c) => h('option', { value: c.number }, `${c.typeName} ${c.number}`))) : null;
  const file = h('input', { type: 'file', name: `${name}-file`, accept: 'application/pdf,image/jpeg,image/png', 'data-test': `${name}-file` });
  const certPart = h('div', {}, fromWallet ? field(t('fromWallet'), fromWallet) : null, field(t('certNumber'), number));
  const filePart = h('div', {}, field(t('file'), file));
  let selected = choices[0][0];
  const show = () => { certPart.hidden = selected !== 'cert'; filePart.hidden = selected !== 'upload'; };
  const radios = choices.map(([value, label], i) => h('label', { class: 'choice' },
    h('input', { type: 'radio', name, value, checked: i === 0, 'data-test': `${name}-${value}`, onchange: () => { selected = value; show(); } }), label));
  const element = h('fieldset', { 'data-material': m.code },
    h('legend', {}, m.name, ' ', h('span', { class: 'tag' }, m.essential ? t('essential') : t('optional'))),
    radios, certPart, filePart);
  show();
  return {
    element,
    value: () => ({ code: m.code,
      certificateNumber: selected === 'cert' && number.value.trim() ? number.value.trim() : null,
      file: selected === 'upload' && file.files.length ? file.files[0] : null }),
  };
}

// --- my cases --------------------------------------------------------------------------------
export async function cases() {
  const region = h('div', {}, loading());
  page(auth.hasRole('agent') ? t('agentCases') : t('myCases'), region);
  const answer = await get('/api/intake/cases');
  fill(region, answer.items.length === 0 ? h('p', { class: 'muted' }, t('none'))
    : h('ul', { class: 'list', 'data-test': 'cases' }, answer.items.map((c) => h('li', { 'data-case': c.id },
      h('div', { class: 'row' }, h('a', { href: `#/case/${c.id}` }, c.itemName), stateTag(c.state)),
      h('div', { class: 'muted row' }, h('span', {}, c.number || ''), h('span', {}, date(c.submittedAt || c.createdAt)),
        c.promisedDue ? light(c) : null, provisionalTag(c.provisional))))));
}

function deadline(c) {
  const d = c.deadline;
  if (!d) return null;
  const bar = h('span');
  bar.style.width = `${Math.min(100, (100 * d.usedWorkingDays) / Math.max(1, d.promisedDays))}%`;
  return h('section', { class: 'card' }, h('h2', {}, t('deadline')),
    h('p', { class: 'row' }, t('dueOn', { d: d.promisedDue ? date(d.promisedDue) : '—' }), light(c), provisionalTag(d.promisedProvisional)),
    d.statutoryDue ? h('p', { class: 'row muted' }, t('statutoryDueOn', { d: date(d.statutoryDue) }), provisionalTag(d.statutoryProvisional)) : null,
    h('div', { class: d.usedWorkingDays > d.promisedDays ? 'progress late' : 'progress', role: 'progressbar',
      'aria-valuemin': '0', 'aria-valuemax': String(d.promisedDays), 'aria-valuenow': String(d.usedWorkingDays),
      'aria-label': t('usedOf', { u: d.usedWorkingDays, p: d.promisedDays }) }, bar),
    h('p', { class: 'muted' }, t('usedOf', { u: d.usedWorkingDays, p: d.promisedDays }), d.paused ? ` · ${t('paused')}` : ''),
    deadlineChanges(c.deadlineChanges));
}

/** Dates moved because a calendar year was published: what, from, to, on which version (the promise stands: never earlier). */
export function deadlineChanges(changes) {
  const shown = (changes || []).filter((x) => x.applicantFacing !== false || auth.hasRole('clerk', 'reviewer', 'approver', 'supervisor'));
  if (shown.length === 0) return null;
  return h('div', { 'data-test': 'deadline-changes' }, h('h3', {}, t('deadlineChanges')), h('ul', {}, shown.map((x) => h('li', {},
    t('deadlineMoved', { what: term(`DEADLINE_${x.kind}`), from: date(x.from), to: date(x.to), y: x.calendarYear, v: x.calendarVersion })))));
}

/** The parts of a case both its applicant and its staff read. */
export function caseDetails(c) {
  return [
    h('section', { class: 'card' }, kv([
      [t('state'), stateTag(c.state)], [t('number'), h('span', { 'data-test': 'case-number' }, c.number || '—')],
      [t('noticeNumber'), c.noticeNumber], [t('handledAt'), c.departmentName], [t('filed'), date(c.submittedAt || c.createdAt)],
      [t('greenChannel'), c.greenChannel ? (c.greenChannelBasis || '✓') : null], [t('delivery'), c.delivery ? (c.delivery.method || c.delivery.address || '✓') : null],
      [t('nextStep'), c.awaitedRole ? t('awaiting', { r: term(c.awaitedRole) }) : null]])),
    deadline(c),
    c.notices?.length ? h('section', { class: 'card' }, h('h2', {}, t('notices')), c.notices.map((n) => h('div', { class: 'notice', 'data-test': 'notice' },
      h('p', {}, h('strong', {}, n.kind === 'NOT_ACCEPTED' ? term('NOT_ACCEPTED') : t('supplement')), n.number ? ` ${n.number}` : '', ` · ${date(n.issuedAt)}`),
      h('p', {}, n.reason), n.legalBasis ? h('p', { class: 'muted' }, n.legalBasis) : null,
      h('ul', {}, n.defects.map((d) => h('li', {}, `${d.materialName}：${d.explanation}`)))))) : null,
    c.decision ? h('section', { class: 'card' }, h('h2', {}, t('decision')), kv([[t('state'), term(c.decision.verdict === 'APPROVE' ? 'APPROVED' : 'REJECTED')],
      [t('reason'), c.decision.reasons], [t('legal'), c.decision.legalBasis], [t('decidedAt'), date(c.decision.decidedAt)]])) : null,
    c.tasks?.length ? h('section', { class: 'card', 'data-test': 'tasks' }, h('h2', {}, t('jointTasks')), h('ul', { class: 'list' }, c.tasks.map((j) => h('li', {},
      h('div', { class: 'row' }, h('strong', {}, j.departmentName || j.department), stateTag(j.state || ''),
        j.state === 'OPEN' && j.dueOn ? light({ promisedDue: j.dueOn, state: j.state }) : null, provisionalTag(j.provisional)),
      h('p', { class: 'muted' }, [j.dueOn ? t('dueOn', { d: date(j.dueOn) }) : null, j.decidedBy, j.reasons].filter(Boolean).join(' · ')))))) : null,
    c.opinions?.length ? h('section', { class: 'card' }, h('h2', {}, t('opinions')), h('ul', { class: 'list' }, c.opinions.map((o) => h('li', {},
      `${term(o.role)} ${o.actor}：${term(o.verdict === 'APPROVE' ? 'APPROVED' : 'REJECTED')} · ${o.reasons}`)))) : null,
    h('section', { class: 'card' }, h('h2', {}, t('history')), h('ol', {}, (c.history || []).map((s) => h('li', {},
      `${date(s.at)} ${term(s.to)} · ${s.actor}${s.note ? ` · ${s.note}` : ''}`)))),
  ];
}

export async function caseView({ id }) {
  const c = await get(`/api/intake/cases/${encodeURIComponent(id)}`);
  const certificateRegion = h('div', { 'aria-live': 'polite' });
  page(c.itemName, caseDetails(c), supplementForm(c), certificateRegion, feedback(c));
  if (['ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW', 'APPROVED', 'CLOSED'].includes(c.state)) {
    fill(certificateRegion, await issuanceCard(c, false));
  }
}

/** The case's e-certificate as intake issues it on approval: waiting, needing data, or issued. */
export async function issuanceCard(c, staffView) {
  let issuance = null;
  try {
    issuance = await get(`/api/intake/cases/${encodeURIComponent(c.id)}/certificate`);
  } catch (e) {
    if (!(e instanceof ApiError) || (e.status !== 404 && e.status !== 409)) return h('section', { class: 'card' }, h('h2', {}, t('eCertificate')), errorBox(e));
    // No issuance yet: the item yields none, or nothing is entered; staff (who know the item) see the form.
    if (e.problem?.code !== 'NO_CERTIFICATE_YET' || !staffView) return null;
  }
  const number = issuance?.certificateNumber;
  return h('section', { class: 'card', 'data-test': 'issuance', 'data-issuance': issuance?.state || 'NONE' },
    h('h2', {}, t('eCertificate')),
    kv([[t('status'), term(`ISSUANCE_${issuance?.state || 'NONE'}`)],
      [t('certNumber'), number ? (staffView ? h('a', { href: `#/verify?number=${encodeURIComponent(number)}` }, number)
        : h('a', { href: `#/cert/${encodeURIComponent(number)}`, 'data-test': 'issued-number' }, number)) : null],
      [t('nextAttempt'), issuance?.nextAttemptAt ? date(issuance.nextAttemptAt) : null]]),
    issuance?.problem ? h('p', { class: 'error', role: 'alert', 'data-test': 'issuance-problem' },
      `${pick(issuance.problem.message)}${issuance.problem.field ? `（${issuance.problem.field}）` : ''}`) : null);
}

function supplementForm(c) {
  if (c.state !== 'SUPPLEMENT_REQUESTED') return null;
  const notice = [...(c.notices || [])].reverse().find((n) => n.kind === 'SUPPLEMENT');
  const codes = new Map((notice?.defects || []).map((d) => [d.materialCode, d.materialName]));
  (c.missingMaterials || []).forEach((m) => { if (!codes.has(m.code)) codes.set(m.code, m.name); });
  const inputs = [...codes].map(([code, name]) => ({ code, input: h('input', { type: 'file', accept: 'application/pdf,image/jpeg,image/png', 'data-test': `supplement-${code}` }), name }));
  const errors = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'resubmit' }, t('resubmit'));
  return h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); busy(button, errors, async () => {
    for (const { code, input } of inputs) {
      if (!input.files.length) continue;
      const data = new FormData();
      data.append('file', input.files[0], input.files[0].name);
      await call('PUT', `/api/intake/cases/${c.id}/materials/${encodeURIComponent(code)}`, { body: data });
    }
    const next = await post(`/api/intake/cases/${c.id}/resubmit`);
    announce(term(next.state));
    await caseView({ id: c.id });
  }); } }, h('h2', {}, t('supplement')), inputs.map((i) => field(i.name, i.input)), errors, h('div', { class: 'actions' }, button));
}

/** Rating (once decided) and complaint: the endpoints come with issue 8; until then, say so. */
function feedback(c) {
  const region = h('section', { class: 'card' }, h('h2', {}, `${t('rate')} / ${t('complain')}`));
  const decided = ['APPROVED', 'REJECTED', 'CLOSED', 'NOT_ACCEPTED'].includes(c.state);
  if (decided && auth.hasRole('citizen', 'enterprise')) {
    const score = h('select', { 'data-test': 'rating' }, [5, 4, 3, 2, 1].map((n) => h('option', { value: String(n) }, String(n))));
    const comment = h('textarea', { rows: '2' });
    const out = h('div', { 'aria-live': 'polite' });
    const button = h('button', { class: 'primary', type: 'submit' }, t('send'));
    region.append(h('form', { onsubmit: (e) => { e.preventDefault(); send(button, out, `/api/intake/cases/${c.id}/rating`, { score: Number(score.value), comment: comment.value || undefined }); } },
      field(t('rating'), score), field(t('comment'), comment), button, out));
  }
  const text = h('textarea', { rows: '3' });
  const out2 = h('div', { 'aria-live': 'polite' });
  const button2 = h('button', { class: 'secondary', type: 'submit' }, t('complain'));
  region.append(h('form', { onsubmit: (e) => { e.preventDefault(); send(button2, out2, '/api/intake/complaints', { caseId: c.id, text: text.value }); } },
    field(t('complaintText'), text), button2, out2));
  return region;
}

async function send(button, out, path, body) {
  button.disabled = true;
  try {
    await call('POST', path, { body, headers: { 'Idempotency-Key': newKey() } });
    fill(out, h('p', { class: 'tag ok' }, t('sent')));
    announce(t('sent'));
  } catch (e) {
    fill(out, e instanceof ApiError && e.missing() && !e.problem?.code?.endsWith('CASE_NOT_FOUND') ? unavailable() : errorBox(e));
    announce(out.textContent);
  } finally { button.disabled = false; }
}

// --- wallet --------------------------------------------------------------------------------
export async function wallet() {
  const region = h('div', {}, loading());
  page(t('wallet'), region);
  const held = await get('/api/certificates/wallet');
  fill(region, held.certificates.length === 0 ? h('p', { class: 'muted', 'data-test': 'wallet-empty' }, t('walletEmpty'))
    : h('ul', { class: 'list', 'data-test': 'wallet' }, held.certificates.map((c) => h('li', { 'data-number': c.number },
      h('div', { class: 'row' }, h('a', { href: `#/cert/${encodeURIComponent(c.number)}` }, c.typeName), stateTag(c.status)),
      h('div', { class: 'muted' }, `${c.number} · ${c.validFrom}${c.validUntil ? ` – ${c.validUntil}` : ''}`)))));
}

export async function certificate({ number }) {
  const c = await get(`/api/certificates/wallet/${encodeURIComponent(number)}`);
  const pdfOut = h('div', { 'aria-live': 'polite' });
  const pdfButton = h('button', { class: 'primary', type: 'button', 'data-test': 'pdf' }, t('pdf'));
  pdfButton.addEventListener('click', () => busy(pdfButton, pdfOut, async () => {
    const response = await call('GET', `/api/certificates/wallet/${encodeURIComponent(number)}/pdf`, { raw: true });
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: `${number}.pdf` }, `${number}.pdf`);
    fill(pdfOut, link);
    link.click();
  }));
  page(c.certificate.typeName,
    h('section', { class: 'card' }, kv([[t('certNumber'), h('span', { 'data-test': 'cert-number' }, c.certificate.number)],
      [t('status'), stateTag(c.certificate.status)], [t('holder'), c.holderName], [t('issuer'), `${c.issuingDepartment} · ${c.issuingDivision}`],
      [t('validFrom'), c.certificate.validFrom], [t('validUntil'), c.certificate.validUntil], [t('number'), c.caseNumber],
      ...Object.entries(c.fields || {}).map(([k, v]) => [k, v])])),
    h('section', { class: 'card' }, h('h2', {}, t('qrTitle')), h('p', { class: 'muted' }, t('qrHelp')),
      h('p', { class: 'qr', 'data-test': 'qr' }, c.qrUrl || c.qr),
      h('div', { class: 'actions' }, h('a', { class: 'btn secondary', href: `#/verify?qr=${encodeURIComponent(c.qr)}` }, t('openVerify')), pdfButton), pdfOut));
}

// --- inbox ---------------------------------------------------------------------------------
export async function inbox() {
  const region = h('div', {}, loading());
  page(t('inbox'), region);
  try {
    const box = await get('/api/notifications/inbox');
    fill(region, h('p', { class: 'muted' }, t('unread', { n: box.unread })),
      box.messages.length === 0 ? h('p', { class: 'muted' }, t('inboxEmpty'))
        : h('ul', { class: 'list', 'data-test': 'inbox' }, box.messages.map((m) => {
          const mark = m.read || !m.id ? null : h('button', { class: 'secondary', type: 'button', onclick: async (e) => {
            e.target.disabled = true;
            try { await post(`/api/notifications/inbox/${encodeURIComponent(m.id)}/read`); e.target.remove(); announce(t('markedRead')); } catch (err) { e.target.replaceWith(errorBox(err)); }
          } }, t('markRead'));
          return h('li', { class: m.read ? '' : 'unread' }, h('p', {}, m.read ? null : h('span', { class: 'tag warn' }, t('new')), ' ', m.text),
            h('p', { class: 'muted' }, date(m.createdAt)), mark);
        })));
  } catch (e) { fill(region, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
}

// --- mandates the citizen gave -------------------------------------------------------------
export async function mandates() {
  const region = h('div', {}, loading());
  page(t('grantTitle'), region);
  const draw = async () => {
    const overview = await get('/api/identity/mandates');
    fill(region, overview.given.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : h('ul', { class: 'list' }, overview.given.map((m) => {
        const out = h('div', { 'aria-live': 'polite' });
        const act = (what) => async (e) => { await busy(e.target, out, async () => { await post(`/api/identity/mandates/${m.id}/${what}`); announce(t('sent')); await draw(); }); };
        return h('li', {}, h('div', { class: 'row' }, h('strong', {}, m.allItems ? t('allItems') : m.items.join('、')), h('span', { class: 'tag' }, term(m.state))),
          h('p', { class: 'muted' }, t('until', { d: date(m.validUntil) })),
          h('div', { class: 'actions' }, m.state === 'pending_confirmation' ? h('button', { class: 'primary', type: 'button', onclick: act('confirm') }, t('confirm')) : null,
            ['active', 'pending_confirmation'].includes(m.state) ? h('button', { class: 'secondary', type: 'button', onclick: act('revoke') }, t('revoke')) : null), out);
      })));
  };
  await draw();
}
