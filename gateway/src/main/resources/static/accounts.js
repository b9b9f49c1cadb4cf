// Account suspension (administrators): an account is suspended with a reason (no login, its
// tokens refused everywhere within seconds) and reinstated; the latest suspensions are listed.
import { get, put, call } from './api.js';
import { t, words } from './i18n.js';
import { h, page, fill, field, loading, announce, busy, date, errorBox } from './ui.js';

words({
  accountsNav: ['账号停用', 'Suspensions'], accountsTitle: ['账号停用与恢复', 'Suspending accounts'],
  accountsHelp: ['停用后该账号不能登录，已登录的会话和令牌在数秒内失效；恢复后可重新登录。', 'A suspended account cannot log in, and its sessions and tokens stop working within seconds; once reinstated it can log in again.'],
  accountUsername: ['账号（用户名）', 'Account (username)'], suspensionReason: ['停用原因', 'Reason'],
  suspendAccount: ['停用账号', 'Suspend the account'], reinstateAccount: ['恢复账号', 'Reinstate'],
  accountSuspended: ['账号已停用', 'Account suspended'], accountReinstated: ['账号已恢复', 'Account reinstated'],
  suspensionActive: ['停用中', 'suspended'], suspensionEnded: ['已恢复', 'reinstated'], suspendedOn: ['停用时间', 'Suspended'],
  reinstatedOn: ['恢复时间', 'Reinstated'], noSuspensions: ['没有停用记录。', 'No suspensions.'],
});

export async function desk() {
  const list = h('div', { 'aria-live': 'polite' }, loading());
  const draw = async () => {
    try {
      const all = await get('/api/identity/admin/suspensions');
      fill(list, all.length === 0 ? h('p', { class: 'muted' }, t('noSuspensions'))
        : h('ul', { class: 'list', 'data-test': 'suspensions' }, all.map((s) => row(s, draw))));
    } catch (e) {
      fill(list, errorBox(e));
    }
  };
  page(t('accountsTitle'), h('p', { class: 'muted' }, t('accountsHelp')), suspendForm(draw), h('h2', {}, t('accountsNav')), list);
  await draw();
}

function suspendForm(redraw) {
  const username = h('input', { type: 'text', autocomplete: 'off', required: true, 'data-test': 'suspend-username' });
  const reason = h('textarea', { rows: '2', maxlength: '200', required: true, 'data-test': 'suspend-reason' });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'suspend-submit' }, t('suspendAccount'));
  return h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    const name = username.value.trim();
    await put(`/api/identity/admin/accounts/${encodeURIComponent(name)}/suspension`, { reason: reason.value.trim() });
    username.value = '';
    reason.value = '';
    out.replaceChildren(h('p', { class: 'ok', 'data-test': 'suspend-done' }, `${t('accountSuspended')}：${name}`));
    announce(t('accountSuspended'));
    await redraw();
  }); } }, field(t('accountUsername'), username), field(t('suspensionReason'), reason), out, h('div', { class: 'actions' }, button));
}

function row(s, redraw) {
  const out = h('div', { 'aria-live': 'polite' });
  const reinstate = s.active ? h('button', { class: 'secondary', type: 'button', 'data-test': 'reinstate' }, t('reinstateAccount')) : null;
  reinstate?.addEventListener('click', () => busy(reinstate, out, async () => {
    await call('DELETE', `/api/identity/admin/accounts/${encodeURIComponent(s.username)}/suspension`);
    announce(t('accountReinstated'));
    await redraw();
  }));
  return h('li', { 'data-username': s.username, 'data-active': String(s.active) },
    h('div', { class: 'row' }, h('strong', { 'data-raw': 'username' }, s.username),
      h('span', { class: `tag ${s.active ? 'bad' : 'ok'}` }, s.active ? t('suspensionActive') : t('suspensionEnded'))),
    h('p', {}, `${t('suspensionReason')}：`, h('span', { 'data-raw': 'reason' }, s.reason)),
    h('p', { class: 'muted' }, `${t('suspendedOn')}：${date(s.suspendedAt)}`, s.reinstatedAt ? ` · ${t('reinstatedOn')}：${date(s.reinstatedAt)}` : ''),
    reinstate ? h('div', { class: 'actions' }, reinstate) : null, out);
}
