// Credit (CRE): a person or enterprise sees its own red and black list entries and files an
// objection (异议) or a credit repair (信用修复) against one, then follows it to the decision; the
// issuing department's reviewers and approvers list an entry, withdraw one, and decide the
// objections and repairs filed against their entries before the working-day due date.
import * as auth from './auth.js';
import { get, post, call } from './api.js';
import { t, term, words, terms, language } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, busy, date, newKey, labelled, today } from './ui.js';
import { provisionalTag } from './calendar.js';
import { departmentNames, listTypeNames, listTypeName } from './names.js';

words({
  myCredit: ['我的信用', 'My credit'], myEntries: ['列入的名单', 'Lists I am on'], noMyEntries: ['您未被列入任何红黑名单。', 'You are on no red or black list.'],
  petitionsTitle: ['异议与信用修复', 'Objections and repairs'], fileObjection: ['提出异议', 'Object'], fileRepair: ['申请信用修复', 'Apply for credit repair'],
  statement: ['理由', 'Statement'], evidence: ['证明材料（每行一项）', 'Evidence (one item a line)'], petitionFiled: ['已提交', 'Filed'],
  noPetitions: ['没有异议或修复申请。', 'No objections or repairs.'], dueBy: ['答复期限', 'Answer due'], decisionReasons: ['决定理由', 'Reasons'],
  kindLabel: ['类型', 'Kind'], listLabel: ['名单', 'List'], issuingDept: ['列入部门', 'Listed by'], reasonLabel: ['列入事由', 'Reason'],
  creditWorkTitle: ['信用管理', 'Credit'], listEntry: ['列入红黑名单', 'List a subject'], subjectKind: ['主体类型', 'Kind of subject'],
  personKind: ['自然人', 'natural person'], legalKind: ['法人', 'legal person'], subjectName: ['主体名称', 'Name'],
  subjectId: ['身份证号码或统一社会信用代码', 'Identity number or credit code'], listType: ['名单类型', 'List'], documentNumber: ['决定文书号', 'Decision document number'],
  startDate: ['列入日期', 'From'], endDate: ['移出日期（可选）', 'Until (optional)'], listed: ['已列入', 'Listed'],
  entryId: ['名单记录编号', 'Entry number'], withdrawEntry: ['撤销列入', 'Withdraw the entry'], withdrawReason2: ['撤销理由', 'Reason'],
  departmentPetitions: ['待决定的异议与修复', 'Objections and repairs to decide'], upheld: ['支持', 'Uphold'], dismissed: ['不支持', 'Dismiss'],
  decide: ['提交决定', 'Decide'], overdueTag: ['已超期', 'overdue'], legalBasisLabel: ['法律依据', 'Legal basis'],
  creditClassTitle: ['企业信用分类', 'Credit class of the enterprise'],
  classA: ['A 类：诚信，列入红名单且三年内无行政处罚', 'Class A: trustworthy, on a red list and no penalty in three years'],
  classB: ['B 类：一般，无失信记录', 'Class B: ordinary, no record of broken trust'],
  classC: ['C 类：失信，列入黑名单或三年内受到三次以上行政处罚', 'Class C: untrustworthy, on a black list or three or more penalties in three years'],
  classD: ['D 类：严重失信，列入严重失信名单', 'Class D: seriously untrustworthy, on a list of serious violations'],
});
terms({
  OBJECTION: ['异议', 'objection'], REPAIR: ['信用修复', 'credit repair'], UPHELD: ['已支持', 'upheld'], DISMISSED: ['未支持', 'dismissed'],
  PENDING: ['待决定', 'pending'], RED: ['红名单', 'red list'], BLACK: ['黑名单', 'black list'], IN_FORCE: ['有效', 'in force'], WITHDRAWN_ENTRY: ['已撤销', 'withdrawn'],
  NATURAL_PERSON: ['自然人', 'natural person'], LEGAL_PERSON: ['法人', 'legal person'], LIFTED: ['已移出', 'lifted'], EXPIRED_ENTRY: ['已到期', 'expired'],
});

function petitionCard(p) {
  return h('li', { 'data-petition': p.petitionId },
    h('div', { class: 'row' }, h('strong', {}, term(p.kind)), h('span', { class: `tag ${p.state === 'UPHELD' ? 'ok' : p.state === 'DISMISSED' ? 'bad' : 'warn'}`, 'data-test': 'petition-state', 'data-state': p.state }, term(p.state)),
      p.overdue ? h('span', { class: 'tag bad' }, t('overdueTag')) : null),
    h('p', {}, p.statement),
    h('div', { class: 'muted row' }, labelled(t('dueBy'), date(p.dueBy)), provisionalTag(p.provisional), labelled(t('filed'), date(p.filedAt))),
    p.decisionReasons ? h('p', {}, labelled(t('decisionReasons'), p.decisionReasons)) : null);
}

// --- the subject ----------------------------------------------------------------------------
export async function mine() {
  const entries = h('div', { 'aria-live': 'polite' }, loading());
  const petitions = h('div', { 'aria-live': 'polite' }, loading());
  const standing = h('section', { class: 'card', hidden: true, 'data-test': 'credit-class' });
  page(t('myCredit'), standing, h('section', { class: 'card' }, h('h2', {}, t('myEntries')), entries),
    h('section', { class: 'card' }, h('h2', {}, t('petitionsTitle')), petitions));
  // An enterprise (its representative, or a member acting for it) also sees its credit class; a person has none (404).
  get('/api/credit/me/class').then((c) => {
    fill(standing, h('h2', {}, t('creditClassTitle')), h('p', { class: `tag ${c.creditClass === 'A' || c.creditClass === 'B' ? 'ok' : 'bad'}` }, t(`class${c.creditClass}`)));
    standing.hidden = false;
  }).catch(() => {});
  const [list, names, lists] = await Promise.all([get('/api/credit/me/entries'), departmentNames(), listTypeNames()]);
  const drawPetitions = async () => {
    const mineList = await get('/api/credit/me/petitions');
    fill(petitions, mineList.length === 0 ? h('p', { class: 'muted' }, t('noPetitions'))
      : h('ul', { class: 'list', 'data-test': 'my-petitions' }, mineList.map((p) => petitionCard(p))));
  };
  fill(entries, list.length === 0 ? h('p', { class: 'muted' }, t('noMyEntries'))
    : h('ul', { class: 'list', 'data-test': 'my-entries' }, list.map((e) => h('li', { 'data-entry': e.entryId },
      h('div', { class: 'row' }, h('strong', {}, lists.get(e.listType) ? (language() === 'en' ? lists.get(e.listType).nameEn : lists.get(e.listType).nameZh) : term(e.list)),
        h('span', { class: `tag ${e.list === 'RED' ? 'ok' : 'bad'}` }, term(e.list))),
      kv([[t('issuingDept'), names.get(e.issuingDepartment) || t('otherDepartment')], [t('reasonLabel'), e.reason], [t('legalBasisLabel'), e.legalBasis],
        [t('from'), date(e.start)], [t('to'), e.end ? date(e.end) : null]]),
      petitionForm(e, drawPetitions)))));
  await drawPetitions();
}

function petitionForm(entry, redraw) {
  const kind = entry.list === 'BLACK' ? ['OBJECTION', 'REPAIR'] : ['OBJECTION'];
  const choice = h('select', { 'data-test': 'petition-kind' }, kind.map((k) => h('option', { value: k }, term(k))));
  const statement = h('textarea', { rows: '3', 'data-test': 'petition-statement' });
  const evidence = h('textarea', { rows: '2', 'data-test': 'petition-evidence' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'petition-submit' }, t('send'));
  const key = newKey();
  return h('details', {}, h('summary', {}, entry.list === 'BLACK' ? `${t('fileObjection')} / ${t('fileRepair')}` : t('fileObjection')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await call('POST', '/api/credit/petitions', { body: { kind: choice.value, entryId: entry.entryId, statement: statement.value.trim(),
        evidence: evidence.value.split('\n').map((x) => x.trim()).filter(Boolean) }, headers: { 'Idempotency-Key': key } });
      announce(t('petitionFiled'));
      fill(out, h('p', { class: 'tag ok' }, t('petitionFiled')));
      await redraw();
    }); } }, field(t('kindLabel'), choice), field(t('statement'), statement), field(t('evidence'), evidence), out, h('div', { class: 'actions' }, button)));
}

// --- the issuing department -----------------------------------------------------------------
export async function desk() {
  const petitions = h('div', { 'aria-live': 'polite' }, loading());
  const u = auth.user();
  page(t('creditWorkTitle'), await entryForm(u), withdrawForm(), h('section', { class: 'card' }, h('h2', {}, t('departmentPetitions')), petitions));
  const draw = async () => {
    let list;
    try { list = await get('/api/credit/petitions'); } catch { list = []; }
    fill(petitions, list.length === 0 ? h('p', { class: 'muted' }, t('noPetitions'))
      : h('ul', { class: 'list', 'data-test': 'department-petitions' }, list.map((p) => {
        const li = petitionCard(p);
        if (p.state === 'PENDING' || p.state === 'FILED') li.append(decisionForm(p, draw));
        return li;
      })));
  };
  await draw();
}

async function entryForm(u) {
  const lists = await listTypeNames();
  const kind = h('select', { 'data-test': 'entry-kind' }, h('option', { value: 'LEGAL_PERSON' }, t('legalKind')), h('option', { value: 'NATURAL_PERSON' }, t('personKind')));
  const name = h('input', { type: 'text', maxlength: '100', 'data-test': 'entry-name' });
  const id = h('input', { type: 'text', maxlength: '18', autocomplete: 'off', 'data-test': 'entry-id' });
  const listType = h('select', { 'data-test': 'entry-list-type' }, [...lists.values()].map((l) =>
    h('option', { value: l.code, 'data-colour': l.colour }, `${language() === 'en' ? l.nameEn : l.nameZh}（${term(l.colour)}）`)));
  const legalBasis = h('input', { type: 'text', 'data-test': 'entry-legal-basis' });
  const reason = h('textarea', { rows: '2', 'data-test': 'entry-reason' });
  const documentNumber = h('input', { type: 'text', 'data-test': 'entry-document' });
  const start = h('input', { type: 'date', value: today(), 'data-test': 'entry-start' });
  const end = h('input', { type: 'date', 'data-test': 'entry-end' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'entry-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'entry-submit' }, t('listEntry'));
  return h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    const colour = listType.selectedOptions[0]?.dataset.colour;
    const subject = { kind: kind.value, name: name.value.trim() };
    if (kind.value === 'NATURAL_PERSON') subject.idNumber = id.value.trim().toUpperCase(); else subject.creditCode = id.value.trim().toUpperCase();
    const entry = await post('/api/credit/entries', { subject, list: colour, listType: listType.value, issuingDepartment: u.department,
      legalBasis: legalBasis.value.trim(), reason: reason.value.trim(), documentNumber: documentNumber.value.trim(), start: start.value, end: end.value || null });
    announce(t('listed'));
    fill(out, h('p', { class: 'notice', 'data-test': 'entry-listed', 'data-entry': entry.entryId },
      `${t('listed')}：${entry.name} · ${await listTypeName(entry.listType)} · ${t('entryId')} `, h('span', { 'data-raw': 'entry' }, entry.entryId)));
  }); } }, h('h2', {}, t('listEntry')), field(t('subjectKind'), kind), field(t('subjectName'), name), field(t('subjectId'), id),
  field(t('listType'), listType), field(t('legalBasisLabel'), legalBasis), field(t('reasonLabel'), reason), field(t('documentNumber'), documentNumber),
  field(t('startDate'), start), field(t('endDate'), end), out, h('div', { class: 'actions' }, button));
}

function withdrawForm() {
  const id = h('input', { type: 'text', autocomplete: 'off', 'data-test': 'withdraw-entry-id' });
  const reason = h('textarea', { rows: '2', 'data-test': 'withdraw-entry-reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'withdraw-entry' }, t('withdrawEntry'));
  return h('details', { class: 'card' }, h('summary', {}, t('withdrawEntry')), h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    const entry = await post(`/api/credit/entries/${encodeURIComponent(id.value.trim())}/withdrawal`, { reason: reason.value.trim() });
    announce(term(entry.status));
    fill(out, h('p', { class: 'tag ok' }, `${entry.name} · ${term(entry.status)}`));
  }); } }, field(t('entryId'), id), field(t('withdrawReason2'), reason), out, h('div', { class: 'actions' }, button)));
}

function decisionForm(p, redraw) {
  const name = `upheld-${p.petitionId}`;
  const yes = h('input', { type: 'radio', name, value: 'true', checked: true, 'data-test': 'petition-uphold' });
  const no = h('input', { type: 'radio', name, value: 'false', 'data-test': 'petition-dismiss' });
  const reasons = h('textarea', { rows: '2', 'data-test': 'petition-reasons' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'petition-decide' }, t('decide'));
  return h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    const decided = await post(`/api/credit/petitions/${encodeURIComponent(p.petitionId)}/decision`, { upheld: yes.checked, reasons: reasons.value.trim() });
    announce(term(decided.state));
    await redraw();
  }); } }, h('fieldset', {}, h('legend', {}, t('decide')), h('label', { class: 'choice' }, yes, t('upheld')), h('label', { class: 'choice' }, no, t('dismissed'))),
  field(t('decisionReasons'), reasons), out, h('div', { class: 'actions' }, button));
}
