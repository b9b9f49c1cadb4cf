// Staff: the queue of their department and division with lights, acceptance with the one-time
// notice, opinions along the decision chain, joint tasks; supervisors: figures and overdue lists.
import * as auth from './auth.js';
import { get, post, put, ApiError } from './api.js';
import { t, term, terms, language, words, pick } from './i18n.js';
import * as hotline from './hotline.js';

// What an open item under supervision is (issue 17: the window's acceptance and each step of the chain have clocks).
words({ petitionsFigure: ['信访事项（收到 / 已答复）', 'Petitions (received / answered)'] });
// Whom a case is for, by name: the villager an agent filed for (INT-10), or the enterprise.
words({ queueApplicant: ['申请人', 'Applicant'] });
words({ queueNumber: ['受理编号（选填，查找一件）', 'Acceptance number (optional, to find one case)'], queueNumberNone: ['本部门没有这个受理编号的办件。', 'Your department has no case with this acceptance number.'] });
// A queue longer than a page (200 cases) is read page by page, oldest first.
words({ queuePages: ['队列分页', 'Queue pages'], queuePageOf: ['第 {p} 页，共 {pages} 页（{n} 件）', 'Page {p} of {pages} ({n} cases)'],
  queuePrev: ['上一页', 'Previous page'], queueNext: ['下一页', 'Next page'] });
terms({
  ITEM_PETITION: ['信访事项', 'petition'], ITEM_ACCEPTANCE: ['待受理', 'awaiting acceptance'], ITEM_CASE: ['办件', 'case'], ITEM_STEP: ['审批环节', 'decision step'],
  ITEM_TASK: ['联办任务', 'joint task'], ITEM_FOLLOW_UP: ['差评回访整改', 'follow-up of a poor rating'], ITEM_COMPLAINT: ['效能投诉', 'complaint'],
  STEP_HANDLER: ['承办环节', "handler's step"], STEP_REVIEWER: ['审核环节', "reviewer's step"], STEP_APPROVER: ['审批环节', "approver's step"],
});
words({
  workLinks: ['工作台功能', 'Workbench pages'], certAdmin: ['证照管理', 'Certificates'], creditWork: ['信用管理', 'Credit'],
  recordDelivery: ['保存送达信息', 'Save delivery'], closeCase: ['办结', 'Close the case'],
  closeHelp: ['结果已送达申请人后办结，办件归档。', 'Close the case once the result has reached the applicant; it is then archived.'],
  openGreenChannel: ['开通绿色通道', 'Open the green channel'], greenReason: ['理由（如重大项目名称）', 'Reason (e.g. the major project)'],
  reportUpward: ['上报上级部门', 'Report to the higher department'], higherDepartment: ['上级受理部门', 'Higher department'],
});
import { h, page, fill, field, errorBox, unavailable, loading, announce, busy, date, stateTag, light, lightOf, bars, kv, labelled, actionParts, fieldError } from './ui.js';
import { paymentCard, dashboardCard as feeCard } from './fees.js';
import { place, departmentNames, divisionName, itemNames, named, caseNamed, withDepartmentNames } from './names.js';
import { caseDetails, issuanceCard } from './citizen.js';
import { provisionalTag } from './calendar.js';
import { materialsCard, documentsCard } from './window.js';
import { handoverForm } from './handover.js';

const ROLE_STEP = { clerk: 'HANDLER', reviewer: 'REVIEWER', approver: 'APPROVER' };
const QUEUE_STATES = ['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'NOT_ACCEPTED'];

export async function queue(params, query) {
  const state = query.get('state') || '';
  const wanted = query.get('number') || '';
  const pageNo = Math.max(1, Number.parseInt(query.get('page') || '1', 10) || 1);
  const perPage = query.get('size') || '';
  const select = h('select', { name: 'state', 'data-test': 'queue-state' }, h('option', { value: '' }, t('allStates')),
    QUEUE_STATES.map((s) => h('option', { value: s, selected: s === state }, term(s))));
  // An applicant at the window reads the number from their receipt: the case, wherever it is in the queue.
  const number = h('input', { type: 'search', name: 'number', value: wanted, autocomplete: 'off', inputmode: 'numeric',
    maxlength: '19', placeholder: '640324-2026-0000123', 'data-test': 'queue-number' });
  const filters = new URLSearchParams();
  const region = h('div', { 'aria-live': 'polite' }, loading());
  const u = auth.user();
  page(t('workTitle'),
    h('p', { class: 'muted', 'data-test': 'work-place' }, await place(u.department, u.division)),
    h('nav', { class: 'actions', 'aria-label': t('workLinks') }, h('a', { class: 'btn secondary', href: '#/work/complaints' }, t('staffComplaints')),
      h('a', { class: 'btn secondary', href: '#/work/follow-ups' }, t('followUps')),
      h('a', { class: 'btn secondary', href: '#/work/petitions', 'data-test': 'work-petitions' }, t('staffPetitions')),
      h('a', { class: 'btn secondary', href: '#/work/hotline', 'data-test': 'work-hotline' }, t('staffHotline')),
      h('a', { class: 'btn secondary', href: '#/work/shared', 'data-test': 'work-shared' }, t('scSharedNav')),
      auth.hasRole('clerk', 'approver') ? h('a', { class: 'btn secondary', href: '#/certificates' }, t('certAdmin')) : null,
      auth.hasRole('reviewer', 'approver') ? h('a', { class: 'btn secondary', href: '#/credit-work' }, t('creditWork')) : null),
    h('form', { onsubmit: (e) => { e.preventDefault();
      const next = new URLSearchParams();
      if (select.value) next.set('state', select.value);
      if (number.value.trim()) next.set('number', number.value.trim());
      location.hash = `#/work${next.size ? `?${next}` : ''}`; } },
      field(t('state'), select), field(t('queueNumber'), number), h('button', { class: 'secondary', type: 'submit', 'data-test': 'queue-filter' }, t('filter'))),
    h('h2', {}, t('queue')), region);
  if (state) filters.set('state', state);
  if (wanted) filters.set('number', wanted);
  if (pageNo > 1) filters.set('page', String(pageNo));
  if (perPage) filters.set('size', perPage);
  try {
    const [answer, catalogue] = await Promise.all([get(`/api/intake/workbench/cases${filters.size ? `?${filters}` : ''}`), itemNames()]);
    const items = [...answer.items].sort((a, b) => rank(lightOf(a)) - rank(lightOf(b)));
    fill(region, items.length === 0 ? h('p', { class: 'muted', 'data-test': 'queue-empty' }, t(wanted ? 'queueNumberNone' : 'none'))
      : h('ul', { class: 'list', 'data-test': 'queue' }, items.map((c) => h('li', { 'data-case': c.id },
        h('div', { class: 'row' }, light(c), h('a', { href: `#/work/${c.id}` }, named(catalogue.get(c.itemCode)) || c.itemName), stateTag(c.state)),
        h('div', { class: 'muted row' }, labelled(t('numberLabel'), c.number),
          labelled(t('queueApplicant'), c.principalName || c.enterpriseName ? h('span', { 'data-test': 'queue-applicant' }, c.principalName || c.enterpriseName) : null),
          labelled(t('filedLabel'), date(c.submittedAt)),
          c.promisedDue ? h('span', {}, t('dueOn', { d: date(c.promisedDue) })) : null, provisionalTag(c.provisional))))),
      queuePages(answer, state, perPage));
  } catch (e) {
    // A number not well formed: the service's own words next to the field.
    if (e instanceof ApiError && e.problem?.field === 'number') { fill(region); fieldError(number, pick(e.problem.message) || e.text()); } else fill(region, errorBox(e));
  }
}
function rank(l) { return { red: 0, yellow: 1, green: 2, none: 3 }[l]; }

/** Where this page is in a queue longer than one page, with links to the pages before and after it. */
function queuePages(answer, state, perPage) {
  const pages = Math.max(1, Math.ceil(answer.total / answer.size));
  if (pages === 1 && answer.page === 1) return null;
  const to = (p) => {
    const q = new URLSearchParams();
    if (state) q.set('state', state);
    if (p > 1) q.set('page', String(p));
    if (perPage) q.set('size', perPage);
    return `#/work${q.size ? `?${q}` : ''}`;
  };
  return h('nav', { class: 'actions', 'aria-label': t('queuePages'), 'data-test': 'queue-pages' },
    answer.page > 1 ? h('a', { class: 'btn secondary', href: to(Math.min(answer.page - 1, pages)), 'data-test': 'queue-prev' }, t('queuePrev')) : null,
    h('span', { class: 'muted', 'data-test': 'queue-page' }, t('queuePageOf', { p: answer.page, pages, n: answer.total })),
    answer.page < pages ? h('a', { class: 'btn secondary', href: to(answer.page + 1), 'data-test': 'queue-next' }, t('queueNext')) : null);
}

export async function caseWork({ id }) {
  const c = await caseNamed(await get(`/api/intake/cases/${encodeURIComponent(id)}`));
  const mine = Object.entries(ROLE_STEP).filter(([role]) => auth.hasRole(role)).map(([, step]) => step);
  const actions = [];
  if (c.state === 'SUBMITTED' && auth.hasRole('clerk')) {
    actions.push(c.itemClass === 'IMMEDIATE' ? opinionForm(c, 'decide-at-window') : acceptForm(c), supplementRequestForm(c), refuseForm(c), handoverForm(c));
  }
  if (['ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW'].includes(c.state) && c.awaitedRole && mine.includes(c.awaitedRole)) {
    actions.push(opinionForm(c, 'opinions'));
  }
  // A joint task of my department on someone else's case: decide it in parallel (silence is consent at its due date).
  const task = (c.tasks || []).find((j) => j.state === 'OPEN' && j.department === auth.user().department);
  if (task && auth.hasRole('approver')) actions.push(opinionForm(c, 'task-decision', task));
  if (mine.length && c.department === auth.user().department) actions.push(...caseExtras(c));
  const certificate = h('div', { 'aria-live': 'polite' });
  const payment = h('div', { 'aria-live': 'polite' });
  page(`${c.itemName}`, h('p', { class: 'muted' }, h('a', { href: '#/work' }, t('queue'))), caseDetails(c), payment, actions, certificate,
    documentsCard(c), materialsCard(c, { staff: c.department === auth.user().department }));
  // Issue 19: whether the fee is paid (the result is delivered only then).
  if (c.number) fill(payment, await paymentCard(c, true));
  if (['ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW', 'APPROVED'].includes(c.state)) await certificateWork(c, certificate);
}

/**
 * The certificate the approval will issue: its state, the registry's refusal if any, and the data
 * staff enter for it, a form built from the certificate type's own field list.
 */
async function certificateWork(c, region) {
  const item = await get(`/api/intake/catalogue/items/${encodeURIComponent(c.itemCode)}`);
  if (!item.resultCertificateType) return;
  const card = await issuanceCard(c, true);
  fill(region, card);
  let issuance = null;
  try { issuance = await get(`/api/intake/cases/${encodeURIComponent(c.id)}/certificate`); } catch { /* none yet */ }
  if (issuance?.state === 'ISSUED' || !auth.hasRole('clerk', 'approver', 'reviewer')) return;
  const type = await get(`/api/certificates/types/${encodeURIComponent(item.resultCertificateType)}`);
  const inputs = type.fields.map((f) => ({ f, input: h('input', { type: 'text', name: f.name, maxlength: String(f.maxLength || 200),
    'data-test': `cert-${f.name}`, value: issuance?.fields?.[f.name] || '' }) }));
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'cert-save' }, t('saveData'));
  card.append(h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    const fields = Object.fromEntries(inputs.filter((i) => i.input.value.trim()).map((i) => [i.f.name, i.input.value.trim()]));
    const saved = await put(`/api/intake/cases/${encodeURIComponent(c.id)}/certificate/data`, { fields });
    announce(`${t('saved')} · ${term(`ISSUANCE_${saved.state}`)}`);
    await certificateWork(c, region);
  }); } },
  h('h3', {}, `${t('certData')} · ${language() === 'en' ? type.nameEn : type.name}`),
  inputs.map(({ f, input }) => field(`${language() === 'en' ? f.labelEn : f.label}${f.required ? ' *' : ''}`, input)),
  out, h('div', { class: 'actions' }, button)));
}

/**
 * The case's other steps for its own department's staff: close a decided case once the result is
 * delivered, record how the result is delivered (courier and tracking number), open the green
 * channel with a responsible officer, and report a reported-upward item to the higher department.
 */
function caseExtras(c) {
  const forms = [];
  const decided = ['APPROVED', 'REJECTED'].includes(c.state);
  const open = ['SUBMITTED', 'ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED'].includes(c.state);
  // There is a result to deliver only once the case is decided (intake answers 409 before).
  if (decided) {
    const method = h('select', { 'data-test': 'delivery-method' }, ['ELECTRONIC', 'WINDOW_PICKUP', 'COURIER'].map((m) =>
      h('option', { value: m, selected: c.delivery?.method === m }, term(m))));
    const address = h('input', { type: 'text', maxlength: '300', value: c.delivery?.address || '', 'data-test': 'delivery-address' });
    const courier = h('input', { type: 'text', maxlength: '50', value: c.delivery?.courier || '', 'data-test': 'delivery-courier' });
    const tracking = h('input', { type: 'text', maxlength: '40', value: c.delivery?.trackingNumber || '', 'data-test': 'delivery-tracking' });
    const { out, button } = actionParts(t('recordDelivery'), { test: 'delivery-save', kind: 'secondary' });
    forms.push(h('details', { class: 'card' }, h('summary', {}, t('delivery')), h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await put(`/api/intake/cases/${c.id}/delivery`, { method: method.value, address: address.value.trim() || undefined,
        courier: courier.value.trim() || undefined, trackingNumber: tracking.value.trim() || undefined });
      announce(t('saved'));
      await caseWork({ id: c.id });
    }); } }, field(t('delivered'), method), field(t('address'), address), field(t('courier'), courier), field(t('tracking'), tracking), out, h('div', { class: 'actions' }, button))));
  }
  if (decided && auth.hasRole('clerk')) {
    const { out, button } = actionParts(t('closeCase'), { test: 'close', kind: 'primary' });
    forms.push(h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); act(c, 'close', {}, button, out); } },
      h('h2', {}, t('closeCase')), h('p', { class: 'muted' }, t('closeHelp')), out, h('div', { class: 'actions' }, button)));
  }
  if (open && !c.greenChannel && auth.hasRole('clerk', 'approver')) {
    const officer = h('input', { type: 'text', maxlength: '100', 'data-test': 'green-officer' });
    const reason = h('textarea', { rows: '2', 'data-test': 'green-reason' });
    const { out, button } = actionParts(t('openGreenChannel'), { test: 'green-save', kind: 'secondary' });
    forms.push(h('details', { class: 'card' }, h('summary', {}, t('greenChannel')), h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault();
      act(c, 'green-channel', { responsibleOfficer: officer.value.trim(), reason: reason.value.trim() }, button, out); } },
    field(t('responsibleOfficer'), officer), field(t('greenReason'), reason), out, h('div', { class: 'actions' }, button))));
  }
  if (c.itemClass === 'REPORTED_UPWARD' && !c.reportedTo && ['ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'UNDER_REVIEW'].includes(c.state)) {
    const department = h('select', { 'data-test': 'report-department' });
    departmentNames().then((names) => { for (const [code, name] of names) if (code !== c.department) department.append(h('option', { value: code }, name)); });
    const reason = h('textarea', { rows: '2', 'data-test': 'report-reason' });
    const { out, button } = actionParts(t('reportUpward'), { test: 'report-save', kind: 'secondary' });
    forms.push(h('details', { class: 'card' }, h('summary', {}, t('reportUpward')), h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault();
      act(c, 'report-upward', { department: department.value, reason: reason.value.trim() }, button, out); } },
    field(t('higherDepartment'), department), field(t('reason'), reason), out, h('div', { class: 'actions' }, button))));
  }
  return forms;
}

function act(c, path, body, button, out) {
  return busy(button, out, async () => {
    const next = await post(`/api/intake/cases/${c.id}/${path}`, body);
    announce(`${term(next.state)} ${next.number || ''}`);
    await caseWork({ id: c.id });
  });
}

function acceptForm(c) {
  const optional = (c.missingMaterials || []).filter((m) => !m.essential);
  const due = optional.map((m) => ({ m, box: h('input', { type: 'checkbox', value: m.code }), date: h('input', { type: 'date' }) }));
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'accept' }, t('accept'));
  return h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); act(c, 'accept', {
    tolerated: due.filter((d) => d.box.checked).map((d) => ({ materialCode: d.m.code, dueBy: d.date.value })) }, button, out); } },
  h('h2', {}, t('accept')),
  due.length ? h('fieldset', {}, h('legend', {}, term('ACCEPTED_WITH_TOLERANCE')), due.map((d) =>
    h('div', { class: 'field' }, h('label', { class: 'choice' }, d.box, d.m.name), field(t('until', { d: '' }), d.date)))) : null,
  out, h('div', { class: 'actions' }, button));
}

function supplementRequestForm(c) {
  const names = new Map((c.missingMaterials || []).map((m) => [m.code, m.name]));
  (c.materials || []).forEach((m) => names.set(m.code, m.name));
  const rows = [...names].map(([code, name]) => ({ code, box: h('input', { type: 'checkbox', value: code, 'data-test': `defect-${code}` }), text: h('input', { type: 'text' }), name }));
  const note = h('textarea', { rows: '2', 'data-test': 'supplement-note' });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'supplement-request' }, t('requestSupplement'));
  return h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); act(c, 'supplement-request', {
    note: note.value, defects: rows.filter((r) => r.box.checked).map((r) => ({ materialCode: r.code, explanation: r.text.value.trim() || undefined })) }, button, out); } },
  h('h2', {}, t('requestSupplement')),
  h('fieldset', {}, h('legend', {}, t('defects')), rows.map((r) => h('div', { class: 'field' }, h('label', { class: 'choice' }, r.box, r.name), field(t('note'), r.text)))),
  field(t('note'), note), out, h('div', { class: 'actions' }, button));
}

function refuseForm(c) {
  const reason = h('textarea', { rows: '2', 'data-test': 'refuse-reason' });
  const legal = h('input', { type: 'text' });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'refuse' }, t('refuse'));
  return h('form', { class: 'card', onsubmit: (e) => { e.preventDefault(); act(c, 'refuse', { reason: reason.value, legalBasis: legal.value || undefined }, button, out); } },
    h('h2', {}, t('refuse')), field(t('reason'), reason), field(t('legal'), legal), out, h('div', { class: 'actions' }, button));
}

function opinionForm(c, path, task) {
  const name = `verdict-${path}`;
  const approve = h('input', { type: 'radio', name, value: 'APPROVE', checked: true, 'data-test': 'verdict-approve' });
  const reject = h('input', { type: 'radio', name, value: 'REJECT', 'data-test': 'verdict-reject' });
  const reasons = h('textarea', { rows: '2', 'data-test': 'opinion-reasons' });
  const legal = h('input', { type: 'text' });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'opinion-submit' }, t('giveOpinion'));
  return h('form', { class: 'card', 'data-test': 'opinion-form', onsubmit: (e) => { e.preventDefault(); act(c, path, {
    verdict: approve.checked ? 'APPROVE' : 'REJECT', reasons: reasons.value, legalBasis: legal.value || undefined }, button, out); } },
  h('h2', {}, task ? `${t('jointTasks')} · ${task.departmentName} · ${t('dueOn', { d: date(task.dueOn) })}` : `${t('opinion')}（${term(c.awaitedRole || 'HANDLER')}）`),
  task ? provisionalTag(task.provisional) : null,
  h('fieldset', {}, h('legend', {}, t('opinion')), h('label', { class: 'choice' }, approve, t('approve')), h('label', { class: 'choice' }, reject, t('reject'))),
  field(t('reason'), reasons), field(t('legal'), legal), out, h('div', { class: 'actions' }, button));
}

// --- supervision ---------------------------------------------------------------------------
const pct = (x) => (x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`);
const num = (x) => (x === null || x === undefined ? '—' : String(Math.round(x * 10) / 10));

/** The supervisor's dashboard: figures for their division subtree per department and level, and the overdue list. */
export async function supervision() {
  const figures = h('div', { 'aria-live': 'polite' }, loading());
  const overdue = h('div', { 'aria-live': 'polite' }, loading());
  page(t('supTitle'), h('section', { class: 'card' }, h('h2', {}, t('figures')), figures),
    await feeCard(), h('section', { class: 'card' }, h('h2', {}, t('overdue')), overdue));
  try {
    const f = await get('/api/intake/supervision/figures');
    const s = f.total || {};
    const departments = await withDepartmentNames(f.departments);
    const open = s.open || {};
    fill(figures, h('p', { class: 'muted', 'data-test': 'scope' }, `${f.scope ? await divisionName(f.scope) : ''} · ${date(f.from)} – ${date(f.to)}`),
      h('div', { class: 'row', 'data-test': 'lights' },
        ['green', 'yellow', 'red'].map((l) => h('span', { class: 'row' }, h('span', { class: `light ${l}`, 'aria-hidden': 'true' }), `${t(`light_${l}`)} ${open[l] ?? 0}`))),
      kv([[t('decidedCount'), String(s.decided ?? 0)], [t('onTimeRate'), pct(s.onTimeRate)], [t('avgDays'), num(s.averageWorkingDays)],
        [t('deemed'), String(s.deemedApprovals ?? 0)], [t('avgRating'), num(s.averageRating)], [t('satisfied'), pct(s.satisfiedRate)],
        [t('complaints'), `${s.complaints ?? 0} / ${s.complaintsAnswered ?? 0}`],
        [t('petitionsFigure'), `${s.petitions ?? 0} / ${s.petitionsAnswered ?? 0}（${t('onTimeRate')} ${pct(s.petitionsOnTimeRate)}）`],
        hotline.figure(s, pct, num)]),
      h('h3', {}, `${t('byDepartment')} · ${t('decidedCount')}`),
      bars(departments.map((d) => ({ label: d.departmentName, value: d.figures?.decided ?? 0 })), t('byDepartment')),
      h('h3', {}, `${t('byDepartment')} · ${t('light_red')}`),
      bars(departments.map((d) => ({ label: d.departmentName, value: d.figures?.open?.red ?? 0 })), t('light_red')),
      h('h3', {}, `${t('byLevel')} · ${t('decidedCount')}`),
      bars((f.levels || []).map((l) => ({ label: term(l.level), value: l.figures?.decided ?? 0 })), t('byLevel')));
  } catch (e) { fill(figures, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
  try {
    const [o, catalogue, depts] = await Promise.all([get('/api/intake/supervision/items?light=RED'), itemNames(), departmentNames()]);
    const items = o.items || [];
    fill(overdue, items.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'list', 'data-test': 'overdue' }, items.map((c) => h('li', {},
      h('div', { class: 'row' }, light({ light: 'red' }), h('strong', {}, named(catalogue.get(c.itemCode)) || c.itemName || c.caseNumber || term(`ITEM_${c.kind}`))),
      h('div', { class: 'muted', 'data-test': 'overdue-what' }, [term(c.step ? `STEP_${c.step}` : `ITEM_${c.kind}`), c.caseNumber,
        depts.get(c.department) || c.departmentName, t('dueOn', { d: date(c.dueOn) })].filter(Boolean).join(' · '))))));
  } catch (e) { fill(overdue, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
}
