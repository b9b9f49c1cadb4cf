// Following a case without logging in (issue 17, point 4): the number printed on the receipt (the
// receipt's QR code opens #/follow?number=...) and the last 6 characters of the applicant's ID number
// give the case's state, dates and handling office; nothing personal. The suffix goes in a POST body,
// never in the address. Wrong input: the server's own message next to the field it names; a locked
// number: how long to wait.
import { post, ApiError } from './api.js';
import { t, words, pick } from './i18n.js';
import { h, page, fill, field, busy, date, kv, announce } from './ui.js';
import { itemName, departmentNamed, divisionNamed } from './names.js';

words({
  followCase: ['办件进度查询', 'Follow a case'],
  followHint: ['无需登录：输入回执上的办件编号和申请人身份证号码的后 6 位。', 'No login needed: enter the number on your receipt and the last 6 characters of the applicant\'s ID number.'],
  followNumber: ['办件编号', 'Case number'], followSuffix: ['身份证号码后 6 位', 'Last 6 characters of the ID number'],
  followSuffixHint: ['例如 01001X；最后一位可以是 X。', 'For example 01001X; the last one may be X.'],
  followSubmit: ['查询', 'Look up'], followState: ['办理状态', 'State'], followItem: ['事项', 'Item'],
  followSubmitted: ['提交日期', 'Submitted on'], followAccepted: ['受理日期', 'Accepted on'],
  followDue: ['承诺办结日期', 'Promised by'], followDecided: ['决定日期', 'Decided on'],
  followOffice: ['办理部门', 'Handled by'],
  followLocked: ['查询已暂停，请 {m} 分钟后再试。', 'Following this number is paused: try again in {m} minutes.'],
  followSms: ['也可以用登记的手机号码发送短信“CX 办件编号”查询。', 'You can also text "CX <case number>" from the phone number on record.'],
  followLogin: ['登录后可在“我的办件”查看全部办件。', 'Log in to see all your cases under My cases.'],
});

export async function follow(params, query) {
  const number = h('input', { 'data-test': 'follow-number', 'data-field': 'number', value: query?.get('number') || '',
    autocomplete: 'off', inputmode: 'text', spellcheck: 'false' });
  const suffix = h('input', { 'data-test': 'follow-suffix', 'data-field': 'idSuffix', autocomplete: 'off',
    maxlength: '6', inputmode: 'text', spellcheck: 'false', autocapitalize: 'characters' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'follow-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'follow-submit' }, t('followSubmit'));
  const form = h('form', { class: 'card', 'data-test': 'follow-form' }, h('p', { class: 'muted' }, t('followHint')),
    field(t('followNumber'), number), field(t('followSuffix'), suffix, t('followSuffixHint')), out,
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    [number, suffix].forEach((i) => i.removeAttribute('aria-invalid'));
    busy(button, out, async () => {
      try {
        const p = await post('/api/intake/follow-up/lookups', { number: number.value.trim(), idSuffix: suffix.value.trim() });
        // The case keeps the Chinese names it was filed under; the public catalogue and registry name them in the reader's language.
        const [item, department, division] = await Promise.all([itemName(p.itemCode, p.itemName),
          departmentNamed(p.department, p.departmentName), divisionNamed(p.division, p.divisionName)]);
        fill(out, h('section', { class: 'card', 'data-test': 'follow-result' },
          h('h2', {}, p.number),
          kv([[t('followItem'), item],
            [t('followState'), h('strong', { 'data-test': 'follow-state' }, pick(p.state))],
            [t('followSubmitted'), date(p.submittedOn)], [t('followAccepted'), date(p.acceptedOn)],
            [t('followDue'), date(p.dueOn)], [t('followDecided'), date(p.decidedOn)],
            [t('followOffice'), [department, division].filter(Boolean).join(' · ')]]),
          h('p', { class: 'muted' }, t('followLogin'))));
        announce(pick(p.state));
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status === 429) {
          const minutes = Math.max(1, Math.ceil((err.problem.retryAfterSeconds || 60) / 60));
          fill(out, h('p', { class: 'error', role: 'alert', 'data-test': 'follow-locked' },
            pick(err.problem.message) || t('followLocked', { m: minutes })));
          return;
        }
        // The server's own words next to the field it names; "not found" belongs to the number.
        const target = { number, idSuffix: suffix }[err.problem.field] || (err.status === 404 ? number : null);
        if (!target) throw err;
        target.setAttribute('aria-invalid', 'true');
        target.after(h('p', { class: 'field-error', role: 'alert', 'data-test': 'field-error' }, pick(err.problem.message) || err.text()));
        fill(out);
        target.focus();
      }
    });
  });
  page(t('followCase'), form, h('p', { class: 'muted' }, t('followSms')));
  (number.value ? suffix : number).focus();
}
