// Petitions (信访, issue 19): a person files one online to a department and follows it to its answer
// (the written notice of acceptance or not, the due date, an extension's reason, the answer); the
// department's staff record one from a letter or a visit, accept or refuse it in writing, extend the
// answer once with a reason, and answer it.
import * as auth from './auth.js';
import { get, call } from './api.js';
import { t, term, terms, words } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, busy, date, stateTag, light, labelled, newKey } from './ui.js';
import { provisionalTag } from './calendar.js';
import { named, withDepartmentNames } from './names.js';

words({
  xfPetitionsTitle: ['我的信访', 'My petitions'], petitionTitle: ['信访事项', 'Petition'], newPetition: ['提出信访事项', 'Submit a petition'],
  petitionTo: ['递交部门', 'To'], petitionText: ['信访事项内容（诉求、事实和理由）', 'Your petition (request, facts and reasons)'],
  submitPetition: ['提交', 'Submit'], petitionReceived: ['信访事项已收到。', 'Your petition was received.'],
  xfNoPetitions: ['没有信访事项。', 'No petitions.'], acceptanceDue: ['受理告知期限', 'Acceptance decided by'],
  petitionNotice: ['告知书', 'Written notice'], petitionAnswerDue: ['答复期限', 'Answer due'], petitionAnswer: ['答复意见', 'Answer'],
  petitionExtension: ['延期理由', 'Reason for the extension'], petitionChannel: ['来源', 'Received'],
  staffPetitions: ['信访件', 'Petitions'], recordPetition: ['登记来信来访', 'Record a letter or a visit'],
  petitionerName: ['信访人姓名', "Petitioner's name"], petitionerId: ['居民身份证号码', 'Resident ID number'],
  petitionerPhone: ['手机号码（选填，用于短信告知）', 'Mobile number (optional, for SMS)'], recordButton: ['登记', 'Record'],
  decideTitle: ['受理告知', 'Accept or not'], acceptIt: ['予以受理', 'Accept'], refuseIt: ['不予受理', 'Do not accept'],
  noticeText: ['告知内容（受理事项，或不予受理的理由及可以转向的途径）', 'Notice (what is accepted, or why not and where to turn)'],
  sendNotice: ['出具告知书', 'Issue the notice'], extendPetition: ['延期答复（只能一次，延长 15 个工作日）', 'Extend the answer (once, by 15 working days)'],
  extendReason: ['延期理由', 'Reason'], extendIt: ['延期', 'Extend'], answerPetition: ['答复', 'Answer'], answerIt: ['提交答复', 'Send the answer'],
  onTimeWord: ['按期', 'on time'], lateWord: ['逾期', 'late'], petitionsNav: ['我的信访', 'Petitions'],
});
terms({
  RECEIVED: ['待受理', 'awaiting acceptance'],
  ONLINE: ['网上提交', 'Online'], RECORDED: ['来信来访登记', 'Letter or visit'],
});

/** Every place of the catalogue (department at a division), by name, for the petition's addressee. */
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

function actBy(p) {
  return p.state === 'RECEIVED' ? p.acceptanceDue : p.dueOn;
}

function card(p, link) {
  const open = ['RECEIVED', 'ACCEPTED', 'EXTENDED'].includes(p.state);
  return h('li', { 'data-petition': p.id },
    h('div', { class: 'row' }, h('a', { href: link }, p.departmentName), stateTag(p.state),
      open ? light({ promisedDue: actBy(p), state: p.state, light: p.light }) : null),
    h('p', {}, p.text.length > 120 ? `${p.text.slice(0, 120)}…` : p.text),
    h('div', { class: 'muted row' }, labelled(t('filed'), date(p.receivedAt)),
      open ? labelled(p.state === 'RECEIVED' ? t('acceptanceDue') : t('petitionAnswerDue'), date(actBy(p))) : null,
      provisionalTag(p.provisional)));
}

function details(p) {
  const n = p.notice;
  return h('section', { class: 'card', 'data-test': 'petition' }, kv([
    [t('state'), h('span', { 'data-test': 'petition-state' }, stateTag(p.state))], [t('petitionTo'), p.departmentName],
    [t('petitionChannel'), term(p.channel)], [t('filed'), date(p.receivedAt)], [t('acceptanceDue'), date(p.acceptanceDue)],
    [t('petitionText'), p.text],
    [t('petitionNotice'), n ? h('span', { 'data-test': 'petition-notice' }, `${term(n.accepted ? 'ACCEPTED' : 'NOT_ACCEPTED')} · ${n.number} · ${date(n.on)}（${t(n.onTime ? 'onTimeWord' : 'lateWord')}）：${n.text}`) : null],
    [t('petitionAnswerDue'), p.dueOn ? h('span', { class: 'row', 'data-test': 'petition-due' }, date(p.dueOn), provisionalTag(p.provisional)) : null],
    [t('petitionExtension'), p.extensionReason],
    [t('petitionAnswer'), p.answer ? h('span', { 'data-test': 'petition-answer' }, `${p.answer}（${date(p.answeredAt)}，${t(p.answeredOnTime ? 'onTimeWord' : 'lateWord')}）`) : null]]));
}

// --- the petitioner --------------------------------------------------------------------------
export async function mine() {
  const list = h('div', { 'aria-live': 'polite' }, loading());
  const to = h('select', { 'data-test': 'petition-to' });
  const text = h('textarea', { rows: '5', 'data-test': 'petition-text', maxlength: '4000' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'petition-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'petition-submit' }, t('submitPetition'));
  let key = newKey();
  const draw = async () => {
    const mine = await withDepartmentNames((await get('/api/intake/petitions')).items);
    fill(list, mine.length === 0 ? h('p', { class: 'muted' }, t('xfNoPetitions'))
      : h('ul', { class: 'list', 'data-test': 'petitions' }, mine.map((p) => card(p, `#/petition/${encodeURIComponent(p.id)}`))));
  };
  page(t('xfPetitionsTitle'),
    h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      const [department, division] = to.value.split('|');
      const filed = await call('POST', '/api/intake/petitions', { body: { department, division, text: text.value.trim() }, headers: { 'Idempotency-Key': key } });
      key = newKey();
      text.value = '';
      fill(out, h('p', { class: 'tag ok' }, t('petitionReceived')), ' ', h('a', { href: `#/petition/${encodeURIComponent(filed.id)}`, 'data-test': 'petition-link' }, t('petitionTitle')));
      announce(t('petitionReceived'));
      await draw();
    }); } }, h('h2', {}, t('newPetition')), field(t('petitionTo'), to), field(t('petitionText'), text), out, h('div', { class: 'actions' }, button)),
    list);
  const options = await places();
  to.replaceChildren(...options.map((p) => h('option', { value: `${p.department}|${p.division}` }, `${named(p, 'departmentName')} · ${named(p, 'divisionName')}`)));
  await draw();
}

export async function one({ id }) {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('petitionTitle'), region);
  const draw = async () => {
    const [p] = await withDepartmentNames([await get(`/api/intake/petitions/${encodeURIComponent(id)}`)]);
    fill(region, details(p), ...actions(p, draw));
  };
  await draw();
}

/** What the department's staff may do next; nothing for the petitioner (the server decides: 404 otherwise). */
function actions(p, redraw) {
  if (!auth.hasRole('clerk', 'reviewer', 'approver', 'supervisor')) return [];
  if (p.state === 'RECEIVED') return [decisionForm(p, redraw)];
  if (p.state === 'ACCEPTED') return [answerForm(p, redraw), extendForm(p, redraw)];
  if (p.state === 'EXTENDED') return [answerForm(p, redraw)];
  return [];
}

function decisionForm(p, redraw) {
  const note = h('textarea', { rows: '3', 'data-test': 'petition-note' });
  const out = h('div', { 'aria-live': 'polite' });
  const accept = h('button', { class: 'primary', type: 'button', 'data-test': 'petition-accept' }, t('acceptIt'));
  const refuse = h('button', { class: 'secondary', type: 'button', 'data-test': 'petition-refuse' }, t('refuseIt'));
  const send = (yes, button) => busy(button, out, async () => {
    await call('POST', `/api/intake/petitions/${encodeURIComponent(p.id)}/decision`, { body: { accept: yes, note: note.value.trim() } });
    announce(term(yes ? 'ACCEPTED' : 'NOT_ACCEPTED'));
    await redraw();
  });
  accept.addEventListener('click', () => send(true, accept));
  refuse.addEventListener('click', () => send(false, refuse));
  return h('section', { class: 'card' }, h('h2', {}, t('decideTitle')), field(t('noticeText'), note), out, h('div', { class: 'actions' }, accept, refuse));
}

function answerForm(p, redraw) {
  const text = h('textarea', { rows: '4', 'data-test': 'petition-answer-text' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'petition-answer-send' }, t('answerIt'));
  return h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    await call('POST', `/api/intake/petitions/${encodeURIComponent(p.id)}/answer`, { body: { answer: text.value.trim() } });
    announce(term('ANSWERED'));
    await redraw();
  }); } }, h('h2', {}, t('answerPetition')), field(t('petitionAnswer'), text), out, h('div', { class: 'actions' }, button));
}

function extendForm(p, redraw) {
  const reason = h('textarea', { rows: '2', 'data-test': 'petition-extend-reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'petition-extend' }, t('extendIt'));
  return h('details', { class: 'card' }, h('summary', {}, t('extendPetition')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await call('POST', `/api/intake/petitions/${encodeURIComponent(p.id)}/extension`, { body: { reason: reason.value.trim() } });
      announce(term('EXTENDED'));
      await redraw();
    }); } }, field(t('extendReason'), reason), out, h('div', { class: 'actions' }, button)));
}

// --- staff ------------------------------------------------------------------------------------
export async function staffDesk() {
  const list = h('div', { 'aria-live': 'polite' }, loading());
  const name = h('input', { autocomplete: 'off', 'data-test': 'petitioner-name', 'data-field': 'person.name' });
  const idNumber = h('input', { autocomplete: 'off', inputmode: 'text', 'data-test': 'petitioner-id', 'data-field': 'person.idNumber' });
  const phone = h('input', { autocomplete: 'off', inputmode: 'tel', 'data-test': 'petitioner-phone', 'data-field': 'person.phone' });
  const text = h('textarea', { rows: '4', 'data-test': 'recorded-text', maxlength: '4000', 'data-field': 'text' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'record-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'record-petition' }, t('recordButton'));
  let key = newKey();
  const draw = async () => {
    const items = await withDepartmentNames((await get('/api/intake/workbench/petitions')).items);
    fill(list, items.length === 0 ? h('p', { class: 'muted' }, t('xfNoPetitions'))
      : h('ul', { class: 'list', 'data-test': 'staff-petitions' }, items.map((p) => card(p, `#/petition/${encodeURIComponent(p.id)}`))));
  };
  page(t('staffPetitions'),
    h('details', { class: 'card' }, h('summary', {}, t('recordPetition')),
      h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
        const recorded = await call('POST', '/api/intake/workbench/petitions', { body: { person: { name: name.value.trim(),
          idNumber: idNumber.value.trim(), phone: phone.value.trim() || null }, text: text.value.trim() }, headers: { 'Idempotency-Key': key } });
        key = newKey();
        [name, idNumber, phone, text].forEach((i) => { i.value = ''; });
        fill(out, h('a', { href: `#/petition/${encodeURIComponent(recorded.id)}`, 'data-test': 'recorded-link' }, t('petitionTitle')));
        await draw();
      }); } }, field(t('petitionerName'), name), field(t('petitionerId'), idNumber), field(t('petitionerPhone'), phone),
      field(t('petitionText'), text), out, h('div', { class: 'actions' }, button))),
    list);
  await draw();
}
