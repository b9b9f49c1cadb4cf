// Citizens and enterprises (and agents, for the cases they file): apply, follow, supplement,
// wallet, inbox, ratings and complaints, mandates given.
import * as auth from './auth.js';
import { get, post, put, call, ApiError } from './api.js';
import { t, term, pick, words, terms, language } from './i18n.js';
import { h, page, fill, field, errorBox, unavailable, loading, kv, announce, busy, date, stateTag, light, newKey, today, labelled } from './ui.js';
import { paymentCard } from './fees.js';
import { provisionalTag } from './calendar.js';
import { certificateType, typeName, fieldLabel, place, departmentNames, departmentNamed, divisionNamed, itemNames, greenChannelBasis, named, caseNamed } from './names.js';
import { qrImage } from './qr.js';
import { materialsCard, openingsCard, documentsCard } from './window.js';
import { handoverCard } from './handover.js';
import { casesTitle } from './enterprise.js';
import { nameCertificateCard } from './shared.js';

words({
  submittedNoNumber: ['已提交；受理后生成办件编号。', 'Submitted; the case gets its number when it is accepted.'],
  agentIs: ['代办员：{n}', 'Agent: {n}'], otherItem: ['其他事项', 'another item'],
  pdfReady: ['PDF 已生成，点此保存', 'PDF ready: save it'], longTerm: ['长期', 'No expiry'],
  qrShow: ['在窗口出示此二维码即可核验；也可保存为图片。', 'Show this code at a counter to have it verified, or save it as an image.'],
  qrAlt: ['电子证照 {n} 的核验二维码', 'Verification QR code of certificate {n}'], qrSave: ['保存二维码图片', 'Save the QR image'],
  sharing: ['共享给部门', 'Share with a department'], sharingHelp: ['共享后，该部门办事时可直接调用，不必再交复印件；每次调用都会记录。', 'A department you share with uses it instead of a paper copy; every use is logged here.'],
  shareWith: ['新的共享', 'New share'], department: ['部门', 'Department'], purpose: ['用途', 'Purpose'], share: ['共享', 'Share'],
  shared: ['已共享', 'Shared'], noShares: ['尚未共享给任何部门。', 'Not shared with any department.'], stopSharing: ['停止共享', 'Stop sharing'],
  shareStopped: ['已停止共享', 'Sharing stopped'], usesTitle: ['调用记录', 'Use log'], noUses: ['还没有部门调用过。', 'No department has used it yet.'],
  numberLabel: ['编号', 'No.'], filedLabel: ['提交', 'Filed'], withdraw: ['撤回申请', 'Withdraw the application'],
  withdrawReason: ['撤回理由', 'Reason for withdrawing'], withdrawn: ['已撤回', 'Withdrawn'],
  myRating: ['我的评价', 'My rating'], followUp: ['回访整改', 'Follow-up'], myComplaints: ['我的投诉', 'My complaints'],
  complaintFiled: ['投诉已提交，可在“我的投诉”查看办理进度。', 'Complaint filed: follow it under My complaints.'],
  sampleForm: ['下载样表', 'Download the sample form'],
  delivered: ['送达方式', 'Delivery'], courier: ['快递公司', 'Courier'], tracking: ['运单号', 'Tracking number'], address: ['送达地址', 'Address'],
  responsibleOfficer: ['责任人', 'Responsible officer'], greenChannelOn: ['已开通', 'open'], reportedToLabel: ['上报至', 'Reported to'],
  taskDeemed: ['办理期限 {due} 届满未作出意见，{d} 起视为同意（超时默认）', 'No opinion by the deadline {due}: deemed to consent (silence is consent) from {d}'],
  taskDeemedBasis: ['依据：{b}', 'Rule: {b}'],
});
terms({
  ELECTRONIC: ['电子送达', 'electronic'], WINDOW_PICKUP: ['窗口领取', 'at the window'], COURIER: ['快递送达', 'by courier'],
  FILED: ['待答复', 'awaiting an answer'], EXTENDED: ['已延期', 'extended'], ANSWERED: ['已答复', 'answered'], HANDLED: ['已回访', 'followed up'],
});

// --- apply ---------------------------------------------------------------------------------
export async function apply({ code }, query) {
  const item = await get(`/api/intake/catalogue/items/${encodeURIComponent(code)}`);
  const principal = query.get('for');
  if (auth.hasRole('agent') && !principal) {
    page(t('applyTitle', { name: named(item) }), h('p', { class: 'notice' }, t('choosePrincipal')), h('a', { class: 'btn', href: '#/agent' }, t('agent')));
    return;
  }
  const mine = auth.hasRole('citizen', 'enterprise') ? await get('/api/certificates/wallet').then((w) => w.certificates).catch(() => []) : [];
  const where = h('select', { name: 'place', 'data-test': 'place' }, (item.handledAt || []).map((w) =>
    h('option', { value: `${w.division}|${w.department}` }, `${named(w, 'divisionName')} · ${named(w, 'departmentName')}`)));
  const materials = (item.materials || []).map((m) => materialInput(m, mine));
  const errors = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { class: 'primary', type: 'submit', 'data-test': 'submit' }, t('submit'));
  const key = newKey(); // one per form: a repeated click or a retry never files twice
  let created = null;
  const form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); send(); } },
    principal ? h('p', { class: 'notice' }, `${t('principal')}：`, h('span', { 'data-test': 'principal', 'data-subject': principal }, query.get('name') || t('principal'))) : null,
    field(t('handledAt'), where),
    h('h2', {}, t('materials')), materials.map((m) => m.element),
    errors, h('div', { class: 'actions' }, submit));
  page(t('applyTitle', { name: named(item) }), form);

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
      announce(c.number ? t('submitted', { n: c.number }) : t('submittedNoNumber'));
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
  const matching = wallet.filter((c) => c.typeCode === m.certificateType && certState(c) === 'ACTIVE');
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
    h('legend', {}, named(m), ' ', h('span', { class: 'tag' }, m.essential ? t('essential') : t('optional'))),
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
  page(casesTitle(auth.hasRole('agent') ? t('agentCases') : t('myCases')), region);
  const [answer, catalogue] = await Promise.all([get('/api/intake/cases'), itemNames()]);
  fill(region, answer.items.length === 0 ? h('p', { class: 'muted' }, t('none'))
    : h('ul', { class: 'list', 'data-test': 'cases' }, answer.items.map((c) => h('li', { 'data-case': c.id },
      h('div', { class: 'row' }, h('a', { href: `#/case/${c.id}` }, named(catalogue.get(c.itemCode)) || c.itemName), stateTag(c.state)),
      h('div', { class: 'muted row' }, labelled(t('numberLabel'), c.number), labelled(t('filedLabel'), date(c.submittedAt || c.createdAt)),
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
      [t('greenChannel'), greenChannelText(c)], [t('delivery'), deliveryText(c.delivery)],
      [t('reportedToLabel'), reportedToText(c)],
      [t('nextStep'), c.awaitedRole ? t('awaiting', { r: term(c.awaitedRole) }) : null]])),
    deadline(c),
    handoverCard(c),
    c.notices?.length ? h('section', { class: 'card' }, h('h2', {}, t('notices')), c.notices.map((n) => h('div', { class: 'notice', 'data-test': 'notice' },
      h('p', {}, h('strong', {}, n.kind === 'NOT_ACCEPTED' ? term('NOT_ACCEPTED') : t('supplement')), n.number ? ` ${n.number}` : '', ` · ${date(n.issuedAt)}`),
      h('p', {}, n.reason), n.legalBasis ? h('p', { class: 'muted' }, n.legalBasis) : null,
      h('ul', {}, n.defects.map((d) => h('li', {}, `${d.materialName}：${oneLanguage(d.explanation)}`)))))) : null,
    c.decision ? h('section', { class: 'card' }, h('h2', {}, t('decision')), kv([[t('state'), term(c.decision.verdict === 'APPROVE' ? 'APPROVED' : 'REJECTED')],
      [t('reason'), pick(c.decision.reasonsText || c.decision.reasons)], [t('legal'), c.decision.legalBasis], [t('decidedAt'), date(c.decision.decidedAt)]])) : null,
    c.tasks?.length ? h('section', { class: 'card', 'data-test': 'tasks' }, h('h2', {}, t('jointTasks')), h('ul', { class: 'list' }, c.tasks.map((j) => h('li', { 'data-test': 'task', 'data-department': j.department },
      h('div', { class: 'row' }, h('strong', {}, j.departmentName || j.department), stateTag(j.state || ''),
        j.state === 'OPEN' && j.dueOn ? light({ promisedDue: j.dueOn, state: j.state }) : null, provisionalTag(j.provisional)),
      h('p', { class: 'muted' }, taskNote(j)))))) : null,
    c.opinions?.length ? h('section', { class: 'card' }, h('h2', {}, t('opinions')), h('ul', { class: 'list' }, c.opinions.map((o) => h('li', {},
      term(o.role), who(o.actorName || o.actor), `：${term(o.verdict === 'APPROVE' ? 'APPROVED' : 'REJECTED')} · ${o.reasons}`)))) : null,
    h('section', { class: 'card' }, h('h2', {}, t('history')), h('ol', {}, (c.history || []).map((s) => h('li', {},
      `${date(s.at)} ${term(s.to)}`, personName(s.actorName || s.actor) ? [' · ', who(s.actorName || s.actor)] : null,
      s.forEnterprise ? ` · ${t('actingFor', { name: s.forEnterprise.name })}` : null, s.noteText || s.note ? ` · ${pick(s.noteText || s.note)}` : '')))),
  ];
}

/**
 * A joint task's line: its due date, who decided and why. A department silent past its due date is
 * deemed to consent (超时默认): the system's own note ("system", a bilingual sentence) says that in
 * neither language, so the line says it in words, with the due date, the day it took effect and the
 * item's rule for it.
 */
function taskNote(j) {
  if (j.state === 'DEEMED_APPROVED') {
    return [t('taskDeemed', { due: date(j.dueOn), d: date(j.decidedAt) }),
      j.legalBasis ? t('taskDeemedBasis', { b: oneLanguage(j.legalBasis) }) : null].filter(Boolean).join(' · ');
  }
  return [j.dueOn ? t('dueOn', { d: date(j.dueOn) }) : null, j.decidedBy, j.reasons ? pick(j.reasonsText || j.reasons) : null]
    .filter(Boolean).join(' · ');
}

/** A service text written "中文 | English", in the reader's language; any other text as it is. */
function oneLanguage(text) {
  const parts = String(text).split(' | ');
  return parts.length === 2 ? parts[language() === 'en' ? 1 : 0] : text;
}

/** The staff member's account name, as they spell it at login (not a code of ours), set apart as such. */
function who(actor) {
  const name = personName(actor);
  return name ? h('span', { 'data-raw': 'username' }, name) : null;
}

/** A person named in a case's history: a demo username reads as it is, an account id not at all. */
function personName(actor) {
  if (!actor || /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(actor) || actor === 'system') return '';
  return actor;
}
/**
 * The higher department a case was reported to, by name in the reader's language: the catalogue's name for its
 * code, else the one intake kept (`reportedToDepartmentNameEn` in English), at its division by name; never a code.
 */
function reportedToText(c) {
  if (!c.reportedTo) return null;
  const out = h('span', { 'data-test': 'reported-to' }, '…');
  Promise.all([departmentNamed(c.reportedToDepartment, named(c, 'reportedToDepartmentName')), divisionNamed(c.reportedTo)])
    .then(([department, division]) => fill(out, [department, division].filter(Boolean).join(' · ')))
    .catch(() => fill(out, named(c, 'reportedToDepartmentName') || t('otherDepartment')));
  return out;
}

function greenChannelText(c) {
  if (!c.greenChannel) return null;
  const basis = h('span', { 'data-test': 'green-basis' });
  greenChannelBasis(c.greenChannelBasis).then((text) => { basis.textContent = text ? ` · ${text}` : ''; });
  return h('span', {}, [t('greenChannelOn'), c.responsibleOfficer ? `${t('responsibleOfficer')}：${c.responsibleOfficer}` : null].filter(Boolean).join(' · '), basis);
}
function deliveryText(d) {
  if (!d) return null;
  return [term(d.method), d.courier ? `${t('courier')}：${d.courier}` : null, d.trackingNumber ? `${t('tracking')}：${d.trackingNumber}` : null,
    d.address ? `${t('address')}：${d.address}` : null].filter(Boolean).join(' · ');
}

export async function caseView({ id }) {
  const c = await caseNamed(await get(`/api/intake/cases/${encodeURIComponent(id)}`));
  const certificateRegion = h('div', { 'aria-live': 'polite' });
  const paymentRegion = h('div', { 'aria-live': 'polite' });
  const naming = h('div', { 'aria-live': 'polite' });
  page(c.itemName, caseDetails(c), paymentRegion, documentsCard(c), materialsCard(c), naming, openingsCard(c), supplementForm(c), withdrawForm(c), certificateRegion, feedback(c));
  // Issue 20: an e-certificate named for a material after filing (a draft, or what a supplement asks for).
  fill(naming, await nameCertificateCard(c, () => caseView({ id: c.id })));
  // Issue 19: the fee's payment notice, paid on the bank's page, and its receipt.
  if (c.number) fill(paymentRegion, await paymentCard(c, false));
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
    issuance?.problem ? h('p', { class: 'error', role: 'alert', 'data-test': 'issuance-problem' }, await problemText(issuance, staffView)) : null);
}

/**
 * Why the certificate is not issued yet: the applicant learns that staff correct the data; staff
 * read the registry's message with each field by its label and each fault in words.
 */
async function problemText(issuance, staffView) {
  if (!staffView) return t('issuanceProblemApplicant');
  const type = await certificateType(issuance.typeCode);
  let text = pick(issuance.problem.message);
  for (const f of type?.fields || []) text = text.replace(new RegExp(`\\b${f.name}\\b`, 'g'), fieldLabel(type, f.name));
  return text.replace(/\s*\(([A-Z][A-Z_]+)\)/g, (m, code) => `（${term(`FIELD_${code}`) === `FIELD_${code}` ? t('fieldFault') : term(`FIELD_${code}`)}）`);
}
words({
  issuanceProblemApplicant: ['证照数据有待工作人员补全或更正，完成后自动制证，无需您再提交。', 'Staff still have to complete or correct the certificate data; it is issued as soon as they have, with nothing more from you.'],
  fieldFault: ['不符合要求', 'not as required'],
});
terms({ FIELD_MISSING: ['未填写', 'missing'], FIELD_INVALID: ['格式不符', 'invalid'], FIELD_UNKNOWN: ['不属于该证照', 'not a field of this certificate'] });

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

/** The applicant withdraws an application that is not decided yet, with a reason. */
function withdrawForm(c) {
  if (!['DRAFT', 'SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW'].includes(c.state)) return null;
  if (!auth.hasRole('citizen', 'enterprise', 'agent')) return null;
  const reason = h('textarea', { rows: '2', 'data-test': 'withdraw-reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'withdraw' }, t('withdraw'));
  return h('details', { class: 'card' }, h('summary', {}, t('withdraw')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      const next = await post(`/api/intake/cases/${c.id}/withdraw`, { reason: reason.value.trim() });
      announce(term(next.state));
      await caseView({ id: c.id });
    }); } }, field(t('withdrawReason'), reason), out, h('div', { class: 'actions' }, button)));
}

/** Rating (once decided, once only: then the rating and its follow-up are shown) and complaint. */
function feedback(c) {
  const region = h('section', { class: 'card', 'data-test': 'feedback' }, h('h2', {}, `${t('rate')} / ${t('complain')}`));
  const decided = ['APPROVED', 'REJECTED', 'CLOSED', 'NOT_ACCEPTED'].includes(c.state);
  if (decided && auth.hasRole('citizen', 'enterprise')) {
    const ratingRegion = h('div', { 'aria-live': 'polite', 'data-test': 'rating-region' });
    region.append(ratingRegion);
    const showRating = (r) => fill(ratingRegion, h('div', { 'data-test': 'my-rating' }, kv([[t('myRating'), `${r.score} / 5`], [t('comment'), r.comment],
      [t('followUp'), r.followUp ? `${term(r.followUp.state)}${r.followUp.note ? ` · ${r.followUp.note}` : ''}` : null]])));
    get(`/api/intake/cases/${c.id}/rating`).then(showRating).catch(() => {
      const score = h('select', { 'data-test': 'rating' }, [5, 4, 3, 2, 1].map((n) => h('option', { value: String(n) }, String(n))));
      const comment = h('textarea', { rows: '2', 'data-test': 'rating-comment' });
      const out = h('div', { 'aria-live': 'polite' });
      const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'rate' }, t('send'));
      fill(ratingRegion, h('form', { onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
        const r = await call('POST', `/api/intake/cases/${c.id}/rating`, { body: { score: Number(score.value), comment: comment.value || undefined }, headers: { 'Idempotency-Key': newKey() } });
        announce(t('sent'));
        showRating(r);
      }); } }, field(t('rating'), score), field(t('comment'), comment), button, out));
    });
  }
  const text = h('textarea', { rows: '3', 'data-test': 'complaint-text' });
  const out2 = h('div', { 'aria-live': 'polite', 'data-test': 'complaint-out' });
  const button2 = h('button', { class: 'secondary', type: 'submit', 'data-test': 'complain' }, t('complain'));
  const key = newKey();
  region.append(h('form', { onsubmit: (e) => { e.preventDefault(); busy(button2, out2, async () => {
    const filed = await call('POST', '/api/intake/complaints', { body: { caseId: c.id, text: text.value }, headers: { 'Idempotency-Key': key } });
    fill(out2, h('p', { class: 'tag ok' }, t('complaintFiled')), ' ', h('a', { href: `#/complaint/${encodeURIComponent(filed.id)}`, 'data-test': 'complaint-link' }, t('myComplaints')));
    announce(t('complaintFiled'));
  }); } }, field(t('complaintText'), text), button2, out2));
  return region;
}

// --- wallet --------------------------------------------------------------------------------
/** A certificate's state as its holder reads it: an active one past its last day has expired. */
function certState(c) {
  return c.status === 'ACTIVE' && c.validUntil && c.validUntil < today() ? 'EXPIRED' : c.status;
}

export async function wallet() {
  const region = h('div', {}, loading());
  page(t('wallet'), region);
  const held = await get('/api/certificates/wallet');
  fill(region, held.certificates.length === 0 ? h('p', { class: 'muted', 'data-test': 'wallet-empty' }, t('walletEmpty'))
    : h('ul', { class: 'list', 'data-test': 'wallet' }, held.certificates.map((c) => h('li', { 'data-number': c.number },
      h('div', { class: 'row' }, h('a', { href: `#/cert/${encodeURIComponent(c.number)}` }, c.typeName), stateTag(certState(c))),
      h('div', { class: 'muted' }, `${c.number} · ${date(c.validFrom)} – ${c.validUntil ? date(c.validUntil) : t('longTerm')}`)))));
}

export async function certificate({ number }) {
  const c = await get(`/api/certificates/wallet/${encodeURIComponent(number)}`);
  const [type, issuer] = await Promise.all([certificateType(c.certificate.typeCode), place(c.issuingDepartment, c.issuingDivision)]);
  const pdfOut = h('div', { 'aria-live': 'polite' });
  const pdfButton = h('button', { class: 'primary', type: 'button', 'data-test': 'pdf' }, t('pdf'));
  pdfButton.addEventListener('click', () => busy(pdfButton, pdfOut, async () => {
    const response = await call('GET', `/api/certificates/wallet/${encodeURIComponent(number)}/pdf`, { raw: true });
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: `${number}.pdf` }, t('pdfReady'));
    fill(pdfOut, link);
    link.click();
  }));
  const qrText = c.qrUrl || c.qr;
  const shares = h('div', { 'aria-live': 'polite', 'data-test': 'shares' });
  const uses = h('div', { 'aria-live': 'polite', 'data-test': 'uses' });
  page(typeName(type) || c.certificate.typeName,
    h('section', { class: 'card' }, kv([[t('certNumber'), h('span', { 'data-test': 'cert-number' }, c.certificate.number)],
      [t('status'), stateTag(certState(c.certificate))], [t('holder'), c.holderName], [t('issuer'), h('span', { 'data-test': 'issuer' }, issuer)],
      [t('validFrom'), date(c.certificate.validFrom)], [t('validUntil'), c.certificate.validUntil ? date(c.certificate.validUntil) : t('longTerm')],
      [t('number'), c.caseNumber],
      ...Object.entries(c.fields || {}).map(([k, v]) => [fieldLabel(type, k), v])])),
    h('section', { class: 'card' }, h('h2', {}, t('qrTitle')), h('p', { class: 'muted' }, t('qrShow')),
      qrImage(qrText, t('qrAlt', { n: c.certificate.number }), `${number}-qr.png`, t('qrSave')),
      h('details', {}, h('summary', {}, t('qrHelp')), h('p', { class: 'qr', 'data-test': 'qr', 'data-raw': 'qr' }, qrText)),
      h('div', { class: 'actions' }, h('a', { class: 'btn secondary', href: `#/verify?qr=${encodeURIComponent(c.qr)}` }, t('openVerify')), pdfButton), pdfOut),
    h('section', { class: 'card' }, h('h2', {}, t('sharing')), h('p', { class: 'muted' }, t('sharingHelp')), shares, await shareForm(number, () => drawShares())),
    h('section', { class: 'card' }, h('h2', {}, t('usesTitle')), uses));
  async function drawShares() {
    const [list, used, names] = await Promise.all([get(`/api/certificates/wallet/${encodeURIComponent(number)}/shares`),
      get(`/api/certificates/wallet/${encodeURIComponent(number)}/uses`), departmentNames()]);
    fill(shares, (list.shares || []).length === 0 ? h('p', { class: 'muted' }, t('noShares'))
      : h('ul', { class: 'list', 'data-test': 'share-list' }, list.shares.map((sh) => {
        const out = h('div', { 'aria-live': 'polite' });
        const stop = h('button', { class: 'secondary', type: 'button', 'data-test': 'share-stop' }, t('stopSharing'));
        stop.addEventListener('click', () => busy(stop, out, async () => {
          await call('DELETE', `/api/certificates/wallet/${encodeURIComponent(number)}/shares/${encodeURIComponent(sh.id)}`);
          announce(t('shareStopped'));
          await drawShares();
        }));
        return h('li', { 'data-share': sh.id }, h('strong', {}, names.get(sh.department) || t('otherDepartment')),
          h('p', {}, sh.purpose), h('p', { class: 'muted' }, `${date(sh.from)} – ${date(sh.until)}`), sh.withdrawnAt ? h('span', { class: 'tag' }, t('shareStopped')) : stop, out);
      })));
    fill(uses, (used.uses || []).length === 0 ? h('p', { class: 'muted', 'data-test': 'no-uses' }, t('noUses'))
      : h('ul', { class: 'list', 'data-test': 'use-list' }, used.uses.map((u) => h('li', {},
        h('strong', {}, names.get(u.department) || t('otherDepartment')), h('p', {}, u.purpose), h('p', { class: 'muted' }, date(u.at))))));
  }
  await drawShares();
}

/** Share a certificate with a department for a purpose and a period (CAT-3: instead of a paper copy). */
async function shareForm(number, redraw) {
  const names = await departmentNames();
  const department = h('select', { 'data-test': 'share-department' }, [...names].map(([code, name]) => h('option', { value: code }, name)));
  const purpose = h('input', { type: 'text', maxlength: '200', 'data-test': 'share-purpose' });
  const from = h('input', { type: 'date', value: today(), 'data-test': 'share-from' });
  const until = h('input', { type: 'date', value: plusDays(today(), 30), 'data-test': 'share-until' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'share-submit' }, t('share'));
  return h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    await post(`/api/certificates/wallet/${encodeURIComponent(number)}/shares`, { department: department.value, purpose: purpose.value.trim(), from: from.value, until: until.value });
    purpose.value = '';
    announce(t('shared'));
    await redraw();
  }); } }, h('h3', {}, t('shareWith')), field(t('department'), department), field(t('purpose'), purpose), field(t('from'), from), field(t('to'), until), out,
  h('div', { class: 'actions' }, button));
}

function plusDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
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
          return h('li', { class: m.read ? '' : 'unread' }, h('p', {}, m.read ? null : h('span', { class: 'tag warn' }, t('new')), ' ', messageText(m.text)),
            h('p', { class: 'muted' }, date(m.createdAt)), mark);
        })));
  } catch (e) { fill(region, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
}

/**
 * A message as the SMS said it; a case filed but not yet accepted has no number, and the message
 * then names it by its id: that id becomes a link to the case, read as "this case".
 */
function messageText(text) {
  const parts = String(text || '').split(/\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/);
  return parts.map((p, i) => (i % 2 === 1 ? h('a', { href: `#/case/${p}` }, t('thisCase')) : p));
}
words({ thisCase: ['查看办件', 'see the case'] });

// --- mandates the citizen gave -------------------------------------------------------------
export async function mandates() {
  const region = h('div', {}, loading());
  page(t('grantTitle'), region);
  const draw = async () => {
    const [overview, catalogue] = await Promise.all([get('/api/identity/mandates'), itemNames()]);
    fill(region, overview.given.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : h('ul', { class: 'list' }, overview.given.map((m) => {
        const out = h('div', { 'aria-live': 'polite' });
        const act = (what) => async (e) => { await busy(e.target, out, async () => { await post(`/api/identity/mandates/${m.id}/${what}`); announce(t('sent')); await draw(); }); };
        return h('li', { 'data-mandate': m.id }, h('div', { class: 'row' }, h('strong', {}, m.allItems ? t('allItems') : m.items.map((code) => named(catalogue.get(code)) || t('otherItem')).join('、')), h('span', { class: 'tag', 'data-test': 'mandate-state', 'data-state': m.state }, term(m.state))),
          m.agentName ? h('p', {}, t('agentIs', { n: m.agentName })) : null,
          h('p', { class: 'muted' }, t('until', { d: date(m.validUntil) })),
          h('div', { class: 'actions' }, m.state === 'pending_confirmation' ? h('button', { class: 'primary', type: 'button', onclick: act('confirm') }, t('confirm')) : null,
            ['active', 'pending_confirmation'].includes(m.state) ? h('button', { class: 'secondary', type: 'button', 'data-test': 'mandate-revoke', onclick: act('revoke') }, t('revoke')) : null), out);
      })));
  };
  await draw();
}
