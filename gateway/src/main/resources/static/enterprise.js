// Enterprise accounts (issue 18): a person switches between acting for themself and for each
// enterprise they represent or belong to (the choice travels as X-Acting-For on every call, see
// api.js), and the representative and administrators add and remove members.
import * as auth from './auth.js';
import { get, post, call, actingFor, setActingFor, ApiError } from './api.js';
import { t, term, words, terms } from './i18n.js';
import { h, page, fill, field, errorBox, loading, announce, busy, date } from './ui.js';

words({
  actingSelf: ['以本人身份', 'For myself'],
  actingFor: ['代表 {name}', 'For {name}'],
  actingLabel: ['办理身份', 'Acting as'],
  actingNow: ['当前代表：{name}', 'Acting for: {name}'],
  enterpriseNav: ['企业成员', 'Enterprise members'],
  enterpriseTitle: ['企业与成员', 'Enterprise and members'],
  enterpriseCasesTitle: ['{name}的办件', 'Cases of {name}'],
  noEnterprises: ['您不是任何企业的法定代表人或成员。', 'You represent and belong to no enterprise.'],
  chooseEnterprise: ['请先在页首选择“代表”哪家企业。', 'First choose at the top which enterprise you act for.'],
  yourRole: ['您的角色', 'Your role'],
  representativeLabel: ['法定代表人', 'Legal representative'],
  creditCodeLabel: ['统一社会信用代码', 'Unified social credit code'],
  membersTitle: ['授权成员', 'Authorised members'],
  noMembers: ['暂无授权成员。', 'No authorised members.'],
  membersHidden: ['成员名单仅法定代表人和管理员可见。', 'Only the legal representative and administrators see the members.'],
  memberSince: ['授权于 {d}', 'since {d}'],
  addMember: ['添加成员', 'Add a member'],
  memberUsername: ['成员的用户名', 'The member\'s username'],
  memberUsernameHint: ['该人员须已在平台注册并完成实名认证。', 'The person must have registered and been verified on the platform.'],
  memberRole: ['角色', 'Role'],
  add: ['添加', 'Add'],
  removeMember: ['移除 {name}', 'Remove {name}'],
  memberAdded: ['已添加成员。', 'Member added.'],
  memberRemoved: ['已移除成员。', 'Member removed.'],
  enterpriseRegisterTitle: ['登记企业', 'Register an enterprise'],
  enterpriseRegisterHint: ['由企业的法定代表人本人登记；登记后可授权其他人员代表企业办事。',
    'The legal representative registers the enterprise in person, then authorises others to act for it.'],
  enterpriseNameLabel: ['企业名称（与营业执照一致）', 'Name (as on the business licence)'],
  registerEnterprise: ['登记', 'Register'],
  enterpriseRegistered: ['已登记，现在代表 {name} 办理。', 'Registered; you now act for {name}.'],
});
terms({
  REPRESENTATIVE: ['法定代表人', 'legal representative'], ADMINISTRATOR: ['管理员', 'administrator'],
  FILER: ['经办人', 'filer'], VIEWER: ['查看人', 'viewer'],
  administrator: ['管理员', 'administrator'], filer: ['经办人', 'filer'], viewer: ['查看人', 'viewer'],
  legal_representative: ['法定代表人', 'legal representative'], manager: ['管理员', 'administrator'],
});

let mine = null; // the caller's enterprises, loaded once per sign-in (and again after a change)
let mineOf = null;

/** The enterprises the caller represents or belongs to, with their role (identity's /enterprises/mine). */
export async function enterprises(refresh = false) {
  const u = auth.user();
  if (!u) return [];
  if (!refresh && mine && mineOf === u.username) return mine;
  try {
    mine = await get('/api/identity/enterprises/mine');
  } catch {
    mine = [];
  }
  mineOf = u.username;
  const chosen = actingFor();
  // Chosen in this tab but no longer a member: back to oneself.
  if (chosen && !mine.some((e) => e.creditCode === chosen.creditCode)) setActingFor(null);
  return mine;
}

/** The title of the case list: the enterprise's cases while acting for it. */
export function casesTitle(fallback) {
  const chosen = actingFor();
  return chosen ? t('enterpriseCasesTitle', { name: chosen.name }) : fallback;
}

/**
 * The switch in the header bar, "以本人身份 / 代表 <企业名称>", shown to people who belong to an
 * enterprise; changing it reloads the current page for whom one now acts.
 */
export async function switcher(onChange) {
  let slot = document.getElementById('acting');
  if (!slot) {
    slot = h('span', { id: 'acting', class: 'acting', 'data-test': 'acting' });
    document.getElementById('who').after(slot);
  }
  if (!auth.signedIn()) { slot.replaceChildren(); return; }
  const list = await enterprises();
  if (list.length === 0) { slot.replaceChildren(); return; }
  const chosen = actingFor();
  const select = h('select', { id: 'acting-for', 'data-test': 'acting-for', 'aria-label': t('actingLabel') },
    h('option', { value: '', selected: !chosen }, t('actingSelf')),
    list.map((e) => h('option', { value: e.creditCode, selected: chosen?.creditCode === e.creditCode }, t('actingFor', { name: e.name }))));
  select.style.maxWidth = '100%'; // long enterprise names stay within a 375 px wide screen
  select.addEventListener('change', () => {
    const e = list.find((x) => x.creditCode === select.value);
    setActingFor(e ? { username: auth.user().username, creditCode: e.creditCode, name: e.name, role: e.role } : null);
    announce(e ? t('actingNow', { name: e.name }) : t('actingSelf'));
    onChange();
  });
  slot.replaceChildren(h('label', { for: 'acting-for', class: 'sr-only' }, t('actingLabel')), select);
}

/** The link in the navigation for people who belong to an enterprise, and for enterprise accounts (to register one). */
export function navLink() {
  const belongs = mine && mine.length > 0 && mineOf === auth.user()?.username;
  return belongs || auth.hasRole('enterprise') ? ['#/enterprise', t('enterpriseNav')] : null;
}

/** The enterprise one acts for: who represents it, one's role, and for the representative and administrators its members. */
export async function members() {
  const region = h('div', {}, loading());
  page(t('enterpriseTitle'), region);
  const list = await enterprises(true);
  if (list.length === 0) { fill(region, h('p', { class: 'muted' }, t('noEnterprises')), registerForm()); return; }
  const chosen = actingFor();
  if (!chosen) {
    fill(region, h('p', { class: 'muted', 'data-test': 'choose-enterprise' }, t('chooseEnterprise')),
      h('ul', { class: 'list' }, list.map((e) => h('li', {}, h('span', {}, e.name), ' ', h('span', { class: 'tag' }, term(e.role))))),
      registerForm());
    return;
  }
  await show(region, chosen.creditCode);
}

/**
 * The legal representative registers their enterprise (its credit code and name); identity requires them
 * to be real-name verified. Once registered, the person acts for it at once.
 */
function registerForm() {
  const code = h('input', { type: 'text', name: 'creditCode', autocomplete: 'off', required: true, maxlength: '18', 'data-test': 'register-code' });
  const name = h('input', { type: 'text', name: 'name', autocomplete: 'organization', required: true, maxlength: '100', 'data-test': 'register-name' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'register-enterprise' }, t('registerEnterprise'));
  const form = h('form', { class: 'card', 'data-test': 'register-form', novalidate: true }, h('h2', {}, t('enterpriseRegisterTitle')),
    h('p', { class: 'muted' }, t('enterpriseRegisterHint')), field(t('creditCodeLabel'), code), field(t('enterpriseNameLabel'), name), out,
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(button, out, async () => {
      let e;
      try {
        e = await post('/api/identity/enterprises', { creditCode: code.value.trim(), name: name.value.trim() });
      } catch (err) {
        if (err instanceof ApiError && (err.problem.field === 'creditCode' || err.problem.field === 'name')) {
          (err.problem.field === 'name' ? name : code).setAttribute('aria-invalid', 'true');
        }
        throw err;
      }
      await enterprises(true);
      setActingFor({ username: auth.user().username, creditCode: e.creditCode, name: e.name, role: 'REPRESENTATIVE' });
      announce(t('enterpriseRegistered', { name: e.name }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  });
  return form;
}

async function show(region, code) {
  let e;
  try {
    e = await get(`/api/identity/enterprises/${encodeURIComponent(code)}`);
  } catch (err) {
    fill(region, errorBox(err));
    return;
  }
  const manages = e.role === 'REPRESENTATIVE' || e.role === 'ADMINISTRATOR';
  fill(region,
    h('section', { class: 'card', 'data-test': 'enterprise' },
      h('h2', {}, e.name),
      h('dl', { class: 'kv' },
        h('dt', {}, t('representativeLabel')), h('dd', {}, e.legalRepresentativeName || '—'),
        h('dt', {}, t('creditCodeLabel')), h('dd', { lang: 'en' }, e.creditCode),
        h('dt', {}, t('yourRole')), h('dd', { 'data-test': 'my-role' }, term(e.role)))),
    h('section', { class: 'card' }, h('h2', {}, t('membersTitle')),
      !manages ? h('p', { class: 'muted' }, t('membersHidden'))
        : e.members.length === 0 ? h('p', { class: 'muted' }, t('noMembers'))
          : h('ul', { class: 'list', 'data-test': 'members' }, e.members.map((m) => memberLine(region, e, m)))),
    manages ? addForm(region, e) : null);
}

function memberLine(region, e, m) {
  const who = m.name || m.username || '—';
  const out = h('div', { 'aria-live': 'polite' });
  const remove = m.removable ? h('button', { type: 'button', class: 'secondary', 'data-test': `remove-${m.username || m.subject}` },
    t('removeMember', { name: who })) : null;
  remove?.addEventListener('click', () => busy(remove, out, async () => {
    await call('DELETE', `/api/identity/enterprises/${encodeURIComponent(e.creditCode)}/members/${encodeURIComponent(m.subject)}`);
    announce(t('memberRemoved'));
    await show(region, e.creditCode);
  }));
  return h('li', { 'data-member': m.username || m.subject },
    h('div', { class: 'row' }, h('span', {}, who), h('span', { class: 'tag', 'data-test': 'member-role' }, term(m.role))),
    h('div', { class: 'muted row' }, t('memberSince', { d: date(m.since) })), remove, out);
}

function addForm(region, e) {
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'off', required: true, 'data-test': 'member-username' });
  const roles = e.role === 'REPRESENTATIVE' ? ['filer', 'viewer', 'administrator'] : ['filer', 'viewer'];
  const role = h('select', { name: 'role', 'data-test': 'member-role-choice' }, roles.map((r) => h('option', { value: r }, term(r))));
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'member-add' }, t('add'));
  const form = h('form', { class: 'card', 'data-test': 'member-form' }, h('h2', {}, t('addMember')),
    field(t('memberUsername'), username, t('memberUsernameHint')), field(t('memberRole'), role), out,
    h('div', { class: 'actions' }, button));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy(button, out, async () => {
      try {
        await post(`/api/identity/enterprises/${encodeURIComponent(e.creditCode)}/members`,
          { username: username.value.trim(), role: role.value });
      } catch (err) {
        // The server's own words, next to the field it names.
        if (err instanceof ApiError && (err.problem.field === 'username' || err.problem.field === 'role')) {
          (err.problem.field === 'role' ? role : username).setAttribute('aria-invalid', 'true');
        }
        throw err;
      }
      announce(t('memberAdded'));
      await show(region, e.creditCode);
    });
  });
  return form;
}
