// SMS templates (NOT): the administrator reads every version of every message's wording, adds a
// new wording as a draft, and approves it; only an approved version is ever sent, and a new
// approval replaces the one in use.
import { get, post } from './api.js';
import { t, term, words, terms } from './i18n.js';
import { h, page, fill, field, loading, announce, busy, date } from './ui.js';

words({
  templatesNav: ['短信模板', 'SMS templates'], templatesTitle: ['短信模板审核', 'SMS templates'],
  templatesHelp: ['每条短信只用已审核的模板版本发送；新措辞先存为草稿，审核通过后生效。', 'Messages are sent only from an approved version; a new wording is a draft until approved.'],
  versionLabel: ['第 {v} 版', 'Version {v}'], approveTemplate: ['审核通过', 'Approve'], newWording: ['新的措辞', 'New wording'],
  saveDraft: ['保存为草稿', 'Save as a draft'], urgentLabel: ['紧急（夜间也发送）', 'Urgent (sent at night too)'], approvedBy: ['审核', 'Approved'],
  variablesLabel: ['可用变量', 'Variables'], inUse: ['使用中', 'in use'], templateApproved: ['已审核通过', 'Approved'], draftSaved: ['草稿已保存', 'Draft saved'],
});
terms({
  TPL_STATUS_APPROVED: ['已审核', 'approved'], TPL_STATUS_DRAFT: ['草稿', 'draft'], TPL_STATUS_SUPERSEDED: ['已替换', 'superseded'], TPL_STATUS_RETIRED: ['已停用', 'retired'],
  'agent-filed': ['代办员代为申请', 'Filed by an agent'], 'case-accepted': ['申请已受理', 'Application accepted'], 'case-approved': ['准予许可', 'Approved'],
  'case-closed': ['已办结', 'Case closed'], 'case-not-accepted': ['不予受理', 'Not accepted'], 'case-rejected': ['不予许可', 'Rejected'],
  'case-resubmitted': ['补正后重新提交', 'Resubmitted'], 'case-submitted': ['申请已提交', 'Application submitted'], 'case-under-review': ['审查中', 'Under review'],
  'case-withdrawn': ['申请已撤回', 'Withdrawn'], 'certificate-issued': ['电子证照已签发', 'Certificate issued'], 'certificate-reinstated': ['证照已恢复', 'Certificate reinstated'],
  'certificate-revoked': ['证照已吊销', 'Certificate revoked'], 'certificate-suspended': ['证照已暂停', 'Certificate suspended'], 'complaint-answered': ['投诉已答复', 'Complaint answered'],
  'credit-entry-lifted': ['已移出信用名单', 'Taken off a credit list'], 'credit-entry-listed': ['已列入信用名单', 'Put on a credit list'],
  'credit-objection-deadline-moved': ['异议答复期限调整', 'Objection date moved'], 'credit-objection-decided': ['异议已决定', 'Objection decided'],
  'credit-objection-filed': ['异议已受理', 'Objection received'], 'credit-repair-deadline-moved': ['修复答复期限调整', 'Repair date moved'],
  'credit-repair-decided': ['信用修复已决定', 'Repair decided'], 'deadline-warning': ['办件临近到期', 'Deadline warning'],
  'deadlines-recomputed': ['期限因日历发布调整', 'Dates moved by the calendar'], 'deemed-approved': ['视为同意', 'Deemed approval'],
  'principal-unreachable': ['无法联系委托人', 'Principal unreachable'], 'rating-follow-up': ['差评回访', 'Rating follow-up'],
  'supplement-requested': ['一次性告知补正', 'Supplement requested'],
});

function templateName(code) {
  const name = term(code);
  return name === code ? t('otherTemplate') : name;
}
words({ otherTemplate: ['其他消息', 'Other message'] });

export async function list() {
  const region = h('div', { 'aria-live': 'polite' }, loading());
  page(t('templatesTitle'), h('p', { class: 'muted' }, t('templatesHelp')), region);
  const draw = async () => {
    const all = await get('/api/notifications/templates');
    const byCode = new Map();
    for (const v of all) byCode.set(v.code, [...(byCode.get(v.code) || []), v]);
    fill(region, h('ul', { class: 'list', 'data-test': 'templates' }, [...byCode].map(([code, versions]) => {
      versions.sort((a, b) => b.version - a.version);
      return h('li', { 'data-template': code },
        h('h2', {}, templateName(code)),
        h('ol', { class: 'stack', reversed: true }, versions.map((v) => versionRow(v, draw))),
        draftForm(code, versions[0], draw));
    })));
  };
  await draw();
}

function versionRow(v, redraw) {
  const out = h('div', { 'aria-live': 'polite' });
  const approve = v.status === 'DRAFT' || v.status === 'PENDING'
    ? h('button', { class: 'primary', type: 'button', 'data-test': 'template-approve' }, t('approveTemplate')) : null;
  approve?.addEventListener('click', () => busy(approve, out, async () => {
    await post(`/api/notifications/templates/${encodeURIComponent(v.code)}/versions/${v.version}/approval`);
    announce(t('templateApproved'));
    await redraw();
  }));
  return h('li', { 'data-version': String(v.version), 'data-status': v.status },
    h('div', { class: 'row' }, h('strong', {}, t('versionLabel', { v: v.version })), h('span', { class: `tag ${v.status === 'APPROVED' ? 'ok' : 'warn'}` }, term(`TPL_STATUS_${v.status}`)),
      v.urgent ? h('span', { class: 'tag bad' }, t('urgentLabel')) : null),
    h('p', { lang: 'zh-CN', 'data-raw': 'template' }, v.text),
    v.approvedAt ? h('p', { class: 'muted' }, `${t('approvedBy')}：${date(v.approvedAt)}`) : null,
    approve ? h('div', { class: 'actions' }, approve) : null, out);
}

function draftForm(code, latest, redraw) {
  const text = h('textarea', { rows: '3', maxlength: '300', 'data-test': 'template-text' });
  text.value = latest?.text || '';
  const urgent = h('input', { type: 'checkbox', checked: Boolean(latest?.urgent) });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: 'secondary', type: 'submit', 'data-test': 'template-draft' }, t('saveDraft'));
  return h('details', {}, h('summary', {}, t('newWording')), h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(button, out, async () => {
    await post(`/api/notifications/templates/${encodeURIComponent(code)}/versions`, { text: text.value.trim(), urgent: urgent.checked });
    announce(t('draftSaved'));
    await redraw();
  }); } }, field(t('newWording'), text),
  h('label', { class: 'choice' }, urgent, t('urgentLabel')), out, h('div', { class: 'actions' }, button)));
}
