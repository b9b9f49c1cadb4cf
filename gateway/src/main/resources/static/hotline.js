// The 12345 hotline (issue 19, point 2): operators record a call (a query the platform knows is answered
// at once; everything else becomes a ticket routed to a department with a working-day deadline), watch
// their tickets' lights and re-route one sent to the wrong department; citizens leave a message that
// becomes the same kind of ticket; the department's staff answer tickets from their workbench.
import * as auth from './auth.js';
import { get, call, ApiError } from './api.js';
import { t, term, terms, words, pick } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, errorBox, date, light, labelled, newKey } from './ui.js';
import { provisionalTag } from './calendar.js';
import { named, withDepartmentNames } from './names.js';

words({
  hotlineTitle: ['12345 热线', '12345 hotline'], hotlineNav: ['12345 热线', 'Hotline'], recordCall: ['登记来电', 'Record a call'],
  callerPhone: ['来电号码', "Caller's phone"], callKind: ['来电类别', 'Kind'], callText: ['来电内容', 'What the caller said'],
  callTo: ['承办部门', 'Department'], callKeyword: ['咨询事项关键词（选填，如“食品”）', 'Service keyword (optional, e.g. 食品)'],
  callCaseNumber: ['办件编号（选填，查询办件进度）', 'Case number (optional, for its progress)'],
  callIdSuffix: ['申请人身份证号码后 6 位（选填）', "Last 6 of the applicant's ID number (optional)"],
  recordIt: ['登记', 'Record'], answeredAtOnce: ['已当场答复', 'Answered on the line'], ticketCreated: ['已生成工单', 'A ticket was opened'],
  tickets: ['工单', 'Tickets'], noTickets: ['没有工单。', 'No tickets.'], ticketTitle: ['工单', 'Ticket'], ticketDue: ['答复期限', 'Answer due'],
  ticketAnswer: ['答复', 'Answer'], ticketRoutes: ['派单记录', 'Routing'], rerouteTitle: ['转派（派错部门时）', 'Re-route (sent to the wrong department)'],
  rerouteReason: ['转派理由', 'Reason'], rerouteIt: ['转派', 'Re-route'], answerTicket: ['答复工单', 'Answer the ticket'], sendAnswer: ['提交答复', 'Send the answer'],
  ticketRating: ['来电人评价', "Caller's rating"], messagesTitle: ['我的留言', 'My messages'], messagesNav: ['留言', 'Messages'],
  leaveMessage: ['给 12345 留言', 'Leave a message for 12345'], messageKind: ['留言类别', 'Kind'], messageText: ['留言内容', 'Your message'],
  sendMessage: ['提交留言', 'Send'], messageLeft: ['留言已收到，将转有关部门答复。', 'Your message was received and sent to the department.'],
  noMessages: ['没有留言。', 'No messages.'], staffHotline: ['12345 工单', '12345 tickets'], hotlineFigure: ['12345 工单（收到 / 已答复 / 平均评价）', '12345 tickets (received / answered / average rating)'],
  onTimeWord2: ['按期', 'on time'], lateWord2: ['逾期', 'late'], channelWord: ['来源', 'Channel'],
});
terms({
  KIND_QUERY: ['咨询', 'Query'], KIND_HELP: ['求助', 'Request for help'], KIND_COMPLAINT: ['投诉', 'Complaint'],
  KIND_SUGGESTION: ['建议', 'Suggestion'], KIND_PRAISE: ['表扬', 'Praise'],
  TICKET_RECEIVED: ['待答复', 'Awaiting answer'], TICKET_ANSWERED: ['已答复', 'Answered'], TICKET_RATED: ['已评价', 'Rated'],
  CHANNEL_CALL: ['来电', 'Call'], CHANNEL_MESSAGE: ['网上留言', 'Portal message'], ITEM_HOTLINE: ['12345 工单', '12345 ticket'],
});

const KINDS = ['COMPLAINT', 'HELP', 'QUERY', 'SUGGESTION', 'PRAISE'];

function ticketState(state) {
  const cls = state === 'RECEIVED' ? '' : 'ok';
  return h('span', { class: `tag ${cls}`, 'data-test': 'state', 'data-state': state }, term(`TICKET_${state}`));
}

/** Every place of the catalogue (department at a division), by name. */
async function places() {
  const list = await get('/api/intake/catalogue/items');
  const seen = new Map();
  for (const i of list.items || []) {
    for (const p of i.handledAt || []) {
      const key = `${p.department}|${p.division}`;
      if (!seen.has(key)) seen.set(key, p);
    }
  }
  return [...seen.values()].sort((a, b) => a.division.localeCompare(b.division) || a.departmentName.localeCompare(b.departmentName, 'zh'));
}

function placeSelect(test, options) {
  const select = h('select', { 'data-test': test, 'data-field': 'department' });
  select.replaceChildren(...options.map((p) => h('option', { value: `${p.department}|${p.division}` }, `${named(p, 'departmentName')} · ${named(p, 'divisionName')}`)));
  return select;
}

function kindSelect(test) {
  return h('select', { 'data-test': test, 'data-field': 'kind' }, KINDS.map((k) => h('option', { value: k }, term(`KIND_${k}`))));
}

/** The server's own bilingual words, next to the field it names. */
function showFaults(form, out, err) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  out.replaceChildren(errorBox(err));
  if (err instanceof ApiError) {
    const faults = Array.isArray(err.problem.errors) && err.problem.errors.length > 0 ? err.problem.errors
      : err.problem.field ? [{ field: err.problem.field, message: err.problem.message }] : [];
    for (const f of faults) {
      const target = form.querySelector(`[data-field="${CSS.escape(f.field)}"]`);
      if (!target) continue;
      target.setAttribute('aria-invalid', 'true');
      target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(f.message) || err.text()));
    }
  }
  announce(out.textContent);
}

async function submit(form, button, out, action) {
  button.disabled = true;
  try {
    await action();
  } catch (err) {
    showFaults(form, out, err);
  } finally {
    button.disabled = false;
  }
}

function card(tk) {
  const open = tk.state === 'RECEIVED';
  return h('li', { 'data-ticket': tk.id },
    h('div', { class: 'row' }, h('a', { href: `#/hotline/ticket/${encodeURIComponent(tk.id)}` }, `${term(`KIND_${tk.kind}`)} · ${tk.departmentName}`),
      ticketState(tk.state), open ? light({ promisedDue: tk.dueOn, state: tk.state, light: tk.light }) : null),
    h('p', {}, tk.text.length > 120 ? `${tk.text.slice(0, 120)}…` : tk.text),
    h('div', { class: 'muted row' }, labelled(t('filed'), date(tk.receivedAt)),
      open ? labelled(t('ticketDue'), date(tk.dueOn)) : null, provisionalTag(tk.provisional)));
}

function list(items, test, empty) {
  return items.length === 0 ? h('p', { class: 'muted' }, t(empty)) : h('ul', { class: 'list', 'data-test': test }, items.map(card));
}

// --- the operator's desk -----------------------------------------------------------------------
export async function desk() {
  const tickets = h('div', { 'aria-live': 'polite' }, loading());
  const phone = h('input', { autocomplete: 'off', inputmode: 'tel', 'data-test': 'call-phone', 'data-field': 'phone' });
  const kind = kindSelect('call-kind');
  const text = h('textarea', { rows: '4', maxlength: '2000', 'data-test': 'call-text', 'data-field': 'text' });
  const keyword = h('input', { autocomplete: 'off', 'data-test': 'call-keyword', 'data-field': 'keyword' });
  const caseNumber = h('input', { autocomplete: 'off', 'data-test': 'call-case', 'data-field': 'caseNumber' });
  const idSuffix = h('input', { autocomplete: 'off', maxlength: '6', 'data-test': 'call-suffix', 'data-field': 'idSuffix' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'call-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'call-record' }, t('recordIt'));
  const to = placeSelect('call-to', await places());
  let key = newKey();
  const draw = async () => {
    const l = await get('/api/intake/hotline/tickets');
    fill(tickets, list(await withDepartmentNames(l.items), 'hotline-tickets', 'noTickets'));
  };
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(form, button, out, async () => {
    const [department, division] = to.value.split('|');
    const tk = await call('POST', '/api/intake/hotline/calls', { headers: { 'Idempotency-Key': key }, body: {
      phone: phone.value.trim(), kind: kind.value, text: text.value.trim(), division, department,
      keyword: keyword.value.trim() || null, caseNumber: caseNumber.value.trim() || null, idSuffix: idSuffix.value.trim() || null } });
    key = newKey();
    [phone, text, keyword, caseNumber, idSuffix].forEach((i) => { i.value = ''; });
    fill(out, tk.answeredAtOnce
      ? h('div', { class: 'card', 'data-test': 'call-answer' }, h('p', { class: 'tag ok' }, t('answeredAtOnce')), h('p', {}, tk.answer))
      : h('p', {}, h('span', { class: 'tag ok' }, t('ticketCreated')), ' ',
        h('a', { href: `#/hotline/ticket/${encodeURIComponent(tk.id)}`, 'data-test': 'call-ticket' }, `${term(`KIND_${tk.kind}`)} · ${tk.departmentName} · ${t('ticketDue')} ${date(tk.dueOn)}`)));
    announce(out.textContent);
    await draw();
  }); } }, h('h2', {}, t('recordCall')), field(t('callerPhone'), phone), field(t('callKind'), kind), field(t('callTo'), to),
  field(t('callText'), text), field(t('callKeyword'), keyword), field(t('callCaseNumber'), caseNumber), field(t('callIdSuffix'), idSuffix),
  out, h('div', { class: 'actions' }, button));
  page(t('hotlineTitle'), form, h('h2', {}, t('tickets')), tickets);
  await draw();
}

// --- one ticket ----------------------------------------------------------------------------------
export async function one({ id }) {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('ticketTitle'), region);
  const options = auth.hasRole('operator', 'supervisor') ? await places() : [];
  const draw = async () => {
    const [tk] = await withDepartmentNames([await get(`/api/intake/hotline/tickets/${encodeURIComponent(id)}`)]);
    fill(region, details(tk), ...actions(tk, options, draw));
  };
  await draw();
}

function details(tk) {
  return h('section', { class: 'card', 'data-test': 'ticket' }, kv([
    [t('state'), h('span', { 'data-test': 'ticket-state' }, ticketState(tk.state))], [t('callKind'), term(`KIND_${tk.kind}`)],
    [t('channelWord'), term(`CHANNEL_${tk.channel}`)], [t('callTo'), h('span', { 'data-test': 'ticket-department' }, tk.departmentName)],
    [t('filed'), date(tk.receivedAt)],
    [t('ticketDue'), h('span', { class: 'row' }, date(tk.dueOn), tk.state === 'RECEIVED' ? light({ promisedDue: tk.dueOn, state: tk.state, light: tk.light }) : null, provisionalTag(tk.provisional))],
    [t('callText'), tk.text],
    [t('ticketRoutes'), h('ol', {}, (tk.routes || []).map((r) => h('li', {}, `${r.departmentName} · ${date(r.at)}${r.reason ? `：${r.reason}` : ''}`)))],
    [t('ticketAnswer'), tk.answer ? h('span', { 'data-test': 'ticket-answer' }, `${tk.answer}（${date(tk.answeredAt)}${tk.answeredOnTime == null ? '' : `，${t(tk.answeredOnTime ? 'onTimeWord2' : 'lateWord2')}`}）`) : null],
    [t('ticketRating'), tk.rating ? h('span', { 'data-test': 'ticket-rating' }, `${tk.rating} / 5`) : null]]));
}

/** What the person may do next; the server decides (404 for anyone else). */
function actions(tk, options, redraw) {
  if (tk.state !== 'RECEIVED') return [];
  const forms = [];
  if (auth.hasRole('clerk', 'reviewer', 'approver', 'supervisor')) forms.push(answerForm(tk, redraw));
  if (auth.hasRole('operator', 'supervisor')) forms.push(rerouteForm(tk, options, redraw));
  return forms;
}

function answerForm(tk, redraw) {
  const text = h('textarea', { rows: '4', maxlength: '2000', 'data-test': 'ticket-answer-text', 'data-field': 'answer' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'ticket-answer-send' }, t('sendAnswer'));
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(form, button, out, async () => {
    await call('POST', `/api/intake/hotline/tickets/${encodeURIComponent(tk.id)}/answer`, { body: { answer: text.value.trim() } });
    announce(term('TICKET_ANSWERED'));
    await redraw();
  }); } }, h('h2', {}, t('answerTicket')), field(t('ticketAnswer'), text), out, h('div', { class: 'actions' }, button));
  return form;
}

function rerouteForm(tk, options, redraw) {
  const to = placeSelect('reroute-to', options.filter((p) => !(p.department === tk.department && p.division === tk.division)));
  const reason = h('textarea', { rows: '2', maxlength: '500', 'data-test': 'reroute-reason', 'data-field': 'reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'reroute-send' }, t('rerouteIt'));
  const form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(form, button, out, async () => {
    const [department, division] = to.value.split('|');
    await call('POST', `/api/intake/hotline/tickets/${encodeURIComponent(tk.id)}/route`, { body: { department, division, reason: reason.value.trim() } });
    announce(t('rerouteIt'));
    await redraw();
  }); } }, field(t('callTo'), to), field(t('rerouteReason'), reason), out, h('div', { class: 'actions' }, button));
  return h('details', { class: 'card' }, h('summary', {}, t('rerouteTitle')), form);
}

// --- citizens' messages --------------------------------------------------------------------------
export async function messages() {
  const mine = h('div', { 'aria-live': 'polite' }, loading());
  const kind = kindSelect('message-kind');
  const text = h('textarea', { rows: '5', maxlength: '2000', 'data-test': 'message-text', 'data-field': 'text' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'message-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'message-send' }, t('sendMessage'));
  const to = placeSelect('message-to', await places());
  let key = newKey();
  const draw = async () => {
    const l = await get('/api/intake/hotline/messages');
    fill(mine, list(await withDepartmentNames(l.items), 'my-messages', 'noMessages'));
  };
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(form, button, out, async () => {
    const [department, division] = to.value.split('|');
    await call('POST', '/api/intake/hotline/messages', { headers: { 'Idempotency-Key': key }, body: { kind: kind.value, text: text.value.trim(), division, department } });
    key = newKey();
    text.value = '';
    fill(out, h('p', { class: 'tag ok' }, t('messageLeft')));
    announce(t('messageLeft'));
    await draw();
  }); } }, h('h2', {}, t('leaveMessage')), field(t('messageKind'), kind), field(t('callTo'), to), field(t('messageText'), text),
  out, h('div', { class: 'actions' }, button));
  page(t('messagesTitle'), form, mine);
  await draw();
}

// --- the department's staff ------------------------------------------------------------------------
export async function staffDesk() {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('staffHotline'), region);
  const l = await get('/api/intake/workbench/hotline');
  fill(region, list(await withDepartmentNames(l.items), 'staff-hotline', 'noTickets'));
}

/** The supervisor's figure: received / answered (on-time rate) / average rating. */
export function figure(s, pct, num) {
  return [t('hotlineFigure'), `${s.hotlineTickets ?? 0} / ${s.hotlineAnswered ?? 0}（${t('onTimeRate')} ${pct(s.hotlineOnTimeRate)}）/ ${num(s.hotlineAverageRating)}`];
}
