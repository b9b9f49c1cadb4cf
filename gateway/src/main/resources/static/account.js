// A person's account: registering with their real name (no login needed), then "my account":
// the real-name verification (tried again on request), the phone number, the languages and
// channels they want messages in, and who looked at their record (the audit of their data).
import * as auth from './auth.js';
import { get, post, put, ApiError } from './api.js';
import { t, term, words, terms, language, pick } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, busy, date, errorBox } from './ui.js';
import { place } from './names.js';

words({
  register: ['注册', 'Register'], registerTitle: ['实名注册', 'Register with your real name'],
  registerHelp: ['请填写与居民身份证一致的姓名和号码；注册后立即进行实名核验。', 'Give your name and identity number as on your identity card; your real name is verified at once.'],
  username: ['用户名', 'Username'], password: ['密码', 'Password'], passwordHint: ['至少 8 位，含字母和数字', 'At least 8 characters with letters and digits'],
  realName: ['姓名', 'Name'], idNumberSelf: ['居民身份证号码', 'Identity number'], phone: ['手机号码', 'Mobile number'],
  registered: ['注册成功，请登录。', 'Registered: now log in.'], meTitle: ['我的账户', 'My account'],
  verification: ['实名核验', 'Real-name verification'], verifyAgain: ['重新核验', 'Verify again'], verifiedAt: ['核验时间', 'Verified'],
  changePhone: ['更换手机号码', 'Change the mobile number'], newPhone: ['新的手机号码', 'New mobile number'], change: ['更换', 'Change'],
  changed: ['已更换', 'Changed'], rolesLabel: ['身份', 'Roles'], staffAt: ['任职', 'Position'], enterprisesLabel: ['所属企业', 'Enterprises'],
  preferences: ['消息偏好', 'Message preferences'], savePreferences: ['保存偏好', 'Save preferences'], smsOn: ['接收短信', 'Send me SMS'],
  messageLanguage: ['消息语言', 'Message language'], chinese: ['中文', 'Chinese'], english: ['英文', 'English'],
  auditTitle: ['谁查看或修改了我的信息', 'Who read or changed my record'], noAudit: ['暂无记录。', 'Nothing recorded.'],
  goLogin: ['去登录', 'Log in'], accountNav: ['我的账户', 'My account'],
});
terms({
  verified: ['已通过实名核验', 'verified'], pending: ['核验中', 'pending'], failed: ['核验未通过', 'not verified'], unverified: ['未核验', 'not verified'],
  citizen: ['自然人', 'citizen'], enterprise: ['企业', 'enterprise'], agent: ['村级代办员', 'village agent'], clerk: ['承办人', 'clerk'],
  reviewer: ['审核人', 'reviewer'], approver: ['批准人', 'approver'], supervisor: ['效能监察', 'supervisor'], admin: ['系统管理员', 'administrator'],
  operator: ['话务员', 'hotline operator'], head: ['部门负责人', 'head of department'],
  AUDIT_PERSON_REGISTERED: ['注册账户', 'account registered'], AUDIT_PERSON_VERIFIED: ['通过实名核验', 'real name verified'],
  AUDIT_PERSON_VERIFICATION_FAILED: ['实名核验未通过', 'real name not verified'], AUDIT_PHONE_CHANGED: ['更换手机号码', 'mobile number changed'],
  AUDIT_PREFERENCES_CHANGED: ['修改消息偏好', 'preferences changed'], AUDIT_MANDATE_GRANTED: ['委托代办', 'mandate given'],
  AUDIT_MANDATE_FILED: ['代办员登记现场授权', 'consent recorded by an agent'], AUDIT_MANDATE_CONFIRMED: ['确认委托', 'mandate confirmed'],
  AUDIT_MANDATE_REVOKED: ['撤销委托', 'mandate revoked'], AUDIT_MANDATE_EXPIRED: ['委托到期', 'mandate expired'],
  AUDIT_MEMBER_AUTHORISED: ['企业授权', 'enterprise authorisation'], AUDIT_MEMBER_REVOKED: ['企业撤销授权', 'enterprise authorisation revoked'],
  AUDIT_ENTERPRISE_REGISTERED: ['登记企业', 'enterprise registered'], AUDIT_AGENT_REGISTERED: ['登记为代办员', 'registered as agent'],
  AUDIT_AGENT_RETIRED: ['代办员资格撤销', 'agent retired'], AUDIT_STAFF_POSITION_ASSIGNED: ['任职', 'position assigned'],
  AUDIT_STAFF_POSITION_WITHDRAWN: ['免职', 'position withdrawn'], AUDIT_OTHER: ['信息变更', 'record changed'],
});

/** Anyone may register; identity verifies the real name at once and the person then logs in. */
export async function register() {
  const username = h('input', { type: 'text', autocomplete: 'username', maxlength: '40', 'data-field': 'username', 'data-test': 'reg-username' });
  const password = h('input', { type: 'password', autocomplete: 'new-password', 'data-field': 'password', 'data-test': 'reg-password' });
  const name = h('input', { type: 'text', autocomplete: 'name', maxlength: '50', 'data-field': 'name', 'data-test': 'reg-name' });
  const idNumber = h('input', { type: 'text', autocomplete: 'off', maxlength: '18', inputmode: 'text', 'data-field': 'idNumber', 'data-test': 'reg-id' });
  const phone = h('input', { type: 'tel', autocomplete: 'tel', maxlength: '11', inputmode: 'numeric', 'data-field': 'phone', 'data-test': 'reg-phone' });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'reg-submit' }, t('register'));
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); send(); } },
    h('p', { class: 'muted' }, t('registerHelp')),
    field(t('username'), username), field(t('password'), password, t('passwordHint')), field(t('realName'), name),
    field(t('idNumberSelf'), idNumber), field(t('phone'), phone), out, h('div', { class: 'actions' }, button));
  page(t('registerTitle'), form);

  async function send() {
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    await busy(button, out, async () => {
      try {
        const person = await post('/api/identity/registrations', { username: username.value.trim(), password: password.value,
          name: name.value.trim(), idNumber: idNumber.value.trim().toUpperCase(), phone: phone.value.trim() });
        fill(out, h('div', { class: 'notice', 'data-test': 'registered', 'data-verification': person.verification?.status },
          h('p', {}, t('registered'), ' ', term(person.verification?.status)),
          h('button', { class: 'primary', type: 'button', 'data-test': 'reg-login', onclick: () => auth.login('#/me', { lang: language() }) }, t('goLogin'))));
        announce(t('registered'));
        button.hidden = true;
      } catch (err) {
        markField(form, err);
        throw err;
      }
    });
  }
}

/** The server names the field at fault: mark it and put the message beside it. */
function markField(form, err) {
  if (!(err instanceof ApiError)) return;
  const faults = Array.isArray(err.problem.errors) && err.problem.errors.length ? err.problem.errors
    : err.problem.field ? [{ field: err.problem.field, message: err.problem.message }] : [];
  for (const f of faults) {
    const target = form.querySelector(`[data-field="${CSS.escape(f.field)}"]`);
    if (!target) continue;
    target.setAttribute('aria-invalid', 'true');
    target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(f.message)));
  }
}

export async function me() {
  const region = h('div', {}, loading());
  page(t('meTitle'), region);
  const profile = await get('/api/identity/me');
  const p = profile.person;
  const verifyOut = h('div', { 'aria-live': 'polite' });
  const verifyButton = h('button', { class: 'secondary', type: 'button', 'data-test': 'verify-again' }, t('verifyAgain'));
  verifyButton.addEventListener('click', () => busy(verifyButton, verifyOut, async () => {
    const next = await post('/api/identity/me/verification');
    announce(term(next.verification.status));
    await me();
  }));
  const staffAt = profile.staff ? await place(profile.staff.department, profile.staff.division) : null;
  fill(region,
    h('section', { class: 'card' }, kv([[t('username'), profile.username], [t('realName'), p?.name],
      [t('rolesLabel'), profile.roles.filter((r) => !r.startsWith('default-') && r !== 'offline_access' && r !== 'uma_authorization').map(term).join('、')],
      [t('staffAt'), staffAt],
      [t('enterprisesLabel'), (profile.enterprises || []).map((e) => `${e.name}（${term(e.role)}）`).join('、') || null],
      [t('idNumberSelf'), p?.idNumber], [t('phone'), p?.phone]])),
    p ? h('section', { class: 'card' }, h('h2', {}, t('verification')),
      h('p', { class: 'row' }, h('span', { class: `tag ${p.verification.status === 'verified' ? 'ok' : 'warn'}`, 'data-test': 'verification', 'data-status': p.verification.status }, term(p.verification.status)),
        p.verification.at ? h('span', { class: 'muted' }, `${t('verifiedAt')}：${date(p.verification.at)}`) : null),
      p.verification.status === 'verified' ? null : h('div', { class: 'actions' }, verifyButton), verifyOut) : null,
    p ? phoneForm() : null,
    p ? await preferencesForm() : null,
    await auditList());
}

function phoneForm() {
  const phone = h('input', { type: 'tel', autocomplete: 'tel', maxlength: '11', inputmode: 'numeric', 'data-test': 'new-phone' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit' }, t('change'));
  return h('details', { class: 'card' }, h('summary', {}, t('changePhone')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await put('/api/identity/me/phone', { phone: phone.value.trim() });
      announce(t('changed'));
      await me();
    }); } }, field(t('newPhone'), phone), out, h('div', { class: 'actions' }, button)));
}

/** The preferences document as identity keeps it: each known switch shown, the rest kept as it is. */
async function preferencesForm() {
  let prefs;
  try { prefs = await get('/api/identity/me/preferences'); } catch { return null; }
  const lang = h('select', { 'data-test': 'pref-language' }, [['zh-CN', t('chinese')], ['en', t('english')]].map(([v, l]) =>
    h('option', { value: v, selected: prefs.language === v }, l)));
  const sms = h('input', { type: 'checkbox', checked: prefs.smsOptIn !== false });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit' }, t('savePreferences'));
  return h('details', { class: 'card' }, h('summary', {}, t('preferences')),
    h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
      await put('/api/identity/me/preferences', { language: lang.value, smsOptIn: sms.checked });
      announce(t('saved'));
    }); } }, field(t('messageLanguage'), lang), h('label', { class: 'choice' }, sms, t('smsOn')), out, h('div', { class: 'actions' }, button)));
}

async function auditList() {
  const section = h('section', { class: 'card' }, h('h2', {}, t('auditTitle')));
  try {
    const answer = await get('/api/identity/me/audit');
    const items = Array.isArray(answer) ? answer : answer.items || [];
    const what = (a) => (term(`AUDIT_${a.action}`) === `AUDIT_${a.action}` ? term('AUDIT_OTHER') : term(`AUDIT_${a.action}`));
    section.append(items.length === 0 ? h('p', { class: 'muted' }, t('noAudit'))
      : h('ul', { class: 'list', 'data-test': 'audit' }, items.slice(0, 20).map((a) => h('li', {},
        h('p', {}, what(a)), h('p', { class: 'muted' }, date(a.at))))));
  } catch (e) { section.append(errorBox(e)); }
  return section;
}
