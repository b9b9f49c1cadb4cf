// Complaints (效能投诉) and rating follow-ups (差评回访): the complainant follows their complaint
// to its answer; staff answer the complaints about their department (or extend the answer date
// with a reason) and follow up the poor ratings of their cases.
import { get, post } from './api.js';
import { t, term, words } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, busy, date, stateTag, light, labelled } from './ui.js';
import { provisionalTag } from './calendar.js';
import { deadlineChanges } from './citizen.js';
import { withDepartmentNames, itemNames, named } from './names.js';

words({
  complaintsTitle: ['我的投诉', 'My complaints'], complaintTitle: ['投诉详情', 'Complaint'], complaintAbout: ['投诉对象', 'About'],
  complaintCase: ['相关办件', 'Case'], answerDue: ['答复期限', 'Answer due'], answer: ['答复', 'Answer'], answeredAt: ['答复时间', 'Answered'],
  answeredOnTime: ['按时答复', 'Answered on time'], yes: ['是', 'yes'], no: ['否', 'no'], extension: ['延期理由', 'Reason for the extension'],
  noComplaints: ['没有投诉。', 'No complaints.'], staffComplaints: ['投诉处理', 'Complaints'], followUps: ['差评回访', 'Follow-ups'],
  answerComplaint: ['答复投诉', 'Answer the complaint'], answerText: ['答复内容', 'Your answer'], sendAnswer: ['提交答复', 'Send the answer'],
  extend: ['延期答复', 'Extend the answer date'], newDue: ['新的答复期限', 'New due date'], extendButton: ['延期', 'Extend'],
  noFollowUps: ['没有待回访的评价。', 'No follow-ups due.'], followUpNote: ['回访整改情况', 'What was done'], handle: ['提交回访', 'Record the follow-up'],
  score: ['评分', 'Score'], followUpDue: ['回访期限', 'Follow-up due'], complaintWith: ['投诉内容', 'Complaint'],
});

function complaintCard(c, link) {
  return h('li', { 'data-complaint': c.id },
    h('div', { class: 'row' }, link ? h('a', { href: link }, c.departmentName) : h('strong', {}, c.departmentName), stateTag(c.state),
      c.state !== 'ANSWERED' ? light({ promisedDue: c.dueOn, state: c.state, light: c.light }) : null),
    h('p', {}, c.text),
    h('div', { class: 'muted row' }, labelled(t('complaintCase'), c.caseNumber), labelled(t('answerDue'), date(c.dueOn)), provisionalTag(c.provisional)));
}

function complaintDetails(c) {
  return h('section', { class: 'card', 'data-test': 'complaint' }, kv([
    [t('state'), stateTag(c.state)], [t('complaintAbout'), c.departmentName], [t('complaintCase'), c.caseNumber],
    [t('filed'), date(c.filedAt)], [t('answerDue'), h('span', { class: 'row' }, date(c.dueOn), provisionalTag(c.provisional))],
    [t('complaintWith'), c.text], [t('extension'), c.extensionReason],
    [t('answer'), c.answer ? h('span', { 'data-test': 'complaint-answer' }, c.answer) : null], [t('answeredAt'), c.answeredAt ? date(c.answeredAt) : null],
    [t('answeredOnTime'), c.answeredOnTime === null || c.answeredOnTime === undefined ? null : t(c.answeredOnTime ? 'yes' : 'no')]]),
  deadlineChanges(c.deadlineChanges));
}

// --- the complainant -----------------------------------------------------------------------
export async function mine() {
  const region = h('div', {}, loading());
  page(t('complaintsTitle'), region);
  const list = await get('/api/intake/complaints');
  const items = await withDepartmentNames(list.items);
  fill(region, items.length === 0 ? h('p', { class: 'muted' }, t('noComplaints'))
    : h('ul', { class: 'list', 'data-test': 'complaints' }, items.map((c) => complaintCard(c, `#/complaint/${encodeURIComponent(c.id)}`))));
}

export async function one({ id }) {
  const [c] = await withDepartmentNames([await get(`/api/intake/complaints/${encodeURIComponent(id)}`)]);
  page(t('complaintTitle'), h('p', {}, h('a', { href: '#/complaints' }, t('complaintsTitle'))), complaintDetails(c));
}

// --- staff ------------------------------------------------------------------------------------
export async function staffComplaints() {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('staffComplaints'), region);
  const draw = async () => {
    const list = await get('/api/intake/workbench/complaints');
    const items = await withDepartmentNames(list.items);
    fill(region, items.length === 0 ? h('p', { class: 'muted' }, t('noComplaints'))
      : h('ul', { class: 'list', 'data-test': 'staff-complaints' }, items.map((c) => {
        const li = complaintCard(c);
        if (c.state !== 'ANSWERED') li.append(answerForm(c, draw), extendForm(c, draw));
        else li.append(h('p', {}, labelled(t('answer'), c.answer)));
        return li;
      })));
  };
  await draw();
}

function answerForm(c, redraw) {
  const text = h('textarea', { rows: '3', 'data-test': 'answer-text' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'answer-send' }, t('sendAnswer'));
  return h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    await post(`/api/intake/complaints/${encodeURIComponent(c.id)}/answer`, { answer: text.value.trim() });
    announce(term('ANSWERED'));
    await redraw();
  }); } }, h('h3', {}, t('answerComplaint')), field(t('answerText'), text), out, h('div', { class: 'actions' }, button));
}

function extendForm(c, redraw) {
  const reason = h('textarea', { rows: '2', 'data-test': 'extend-reason' });
  const due = h('input', { type: 'date', 'data-test': 'extend-due' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'extend' }, t('extendButton'));
  return h('details', {}, h('summary', {}, t('extend')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await post(`/api/intake/complaints/${encodeURIComponent(c.id)}/extension`, { reason: reason.value.trim(), dueOn: due.value || null });
      announce(term('EXTENDED'));
      await redraw();
    }); } }, field(t('extension'), reason), field(t('newDue'), due), out, h('div', { class: 'actions' }, button)));
}

export async function followUps() {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('followUps'), region);
  const draw = async () => {
    const [list, catalogue] = await Promise.all([get('/api/intake/workbench/follow-ups'), itemNames()]);
    fill(region, list.items.length === 0 ? h('p', { class: 'muted' }, t('noFollowUps'))
      : h('ul', { class: 'list', 'data-test': 'follow-ups' }, list.items.map((r) => {
        const note = h('textarea', { rows: '2', 'data-test': 'follow-up-note' });
        const out = h('div', { 'aria-live': 'polite' });
        const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'follow-up-send' }, t('handle'));
        return h('li', { 'data-case': r.caseId },
          h('div', { class: 'row' }, h('a', { href: `#/work/${encodeURIComponent(r.caseId)}` }, named(catalogue.get(r.itemCode)) || r.itemName), h('span', { class: 'tag bad' }, `${t('score')} ${r.score} / 5`)),
          r.comment ? h('p', {}, r.comment) : null,
          h('div', { class: 'muted row' }, labelled(t('numberLabel'), r.caseNumber), labelled(t('followUpDue'), date(r.followUp?.dueOn)), provisionalTag(r.followUp?.provisional)),
          h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
            await post(`/api/intake/cases/${encodeURIComponent(r.caseId)}/rating/follow-up`, { note: note.value.trim() });
            announce(term('HANDLED'));
            await draw();
          }); } }, field(t('followUpNote'), note), out, h('div', { class: 'actions' }, button)));
      })));
  };
  await draw();
}
