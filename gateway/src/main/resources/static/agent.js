// Village agents (INT-10): record a villager's consent given in person, choose a principal with
// a valid mandate, and file for them; the cases they filed are under "cases I filed". A villager
// without an account is served by their identity card: the name (and a mobile number for SMS) the
// agent records with the number make the villager's person record at identity (issue 20, point 5).
import { get, post } from './api.js';
import { t, term, words } from './i18n.js';
import { h, page, fill, field, loading, announce, busy, date, newKey } from './ui.js';
import { itemNames, named } from './names.js';

words({
  mandateItems: ['授权办理的事项', 'Items the villager authorises'], otherItem: ['其他事项', 'another item'],
  villagerName: ['委托人姓名（与身份证一致）', "Principal's name (as on the identity card)"],
  villagerPhone: ['委托人手机号码（选填，用于短信告知）', "Principal's mobile number (optional, for SMS)"],
  servedByIdCard: ['没有账号的村民凭身份证办理：核对身份证原件后填写其姓名和号码，留下手机号码的村民会收到短信告知。',
    'A villager without an account is served by their identity card: check the card, enter the name and number, and a mobile number if the villager is to be told by SMS.'],
});

export async function desk() {
  const region = h('div', { 'data-test': 'principals' }, loading());
  const catalogue = await itemNames();
  const idNumber = h('input', { type: 'text', inputmode: 'text', autocomplete: 'off', maxlength: '18', 'data-test': 'mandate-id' });
  const name = h('input', { type: 'text', autocomplete: 'off', maxlength: '60', 'data-test': 'mandate-name' });
  const phone = h('input', { type: 'tel', inputmode: 'numeric', autocomplete: 'off', maxlength: '20', 'data-test': 'mandate-phone' });
  const boxes = [...catalogue.values()].map((i) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', value: i.code, 'data-test': `mandate-item-${i.code}` }), named(i)));
  const days = h('input', { type: 'number', min: '1', max: '365', value: '30', 'data-test': 'mandate-days' });
  const attestation = h('textarea', { rows: '2', 'data-test': 'mandate-attestation' });
  const out = h('div', { 'aria-live': 'polite' });
  const record = h('button', { class: 'primary', type: 'submit', 'data-test': 'mandate-record' }, t('record'));
  let key = newKey(); // one per consent recorded: a repeated click or a retry records it once
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(record, out, async () => {
    const codes = boxes.map((b) => b.querySelector('input')).filter((b) => b.checked).map((b) => b.value);
    await post('/api/identity/agent/mandates', {
      principalIdNumber: idNumber.value.trim(), principalName: name.value.trim() || undefined,
      principalPhone: phone.value.trim() || undefined, items: codes, allItems: false, consent: 'in_person',
      validUntil: new Date(Date.now() + Number(days.value || 30) * 86400000).toISOString(), attestation: attestation.value.trim() || undefined,
    }, { 'Idempotency-Key': key });
    key = newKey();
    idNumber.value = ''; name.value = ''; phone.value = '';
    fill(out, h('p', { class: 'tag ok' }, t('recorded')));
    announce(t('recorded'));
    await draw();
  }); } },
  h('h2', {}, t('recordMandate')), h('p', { class: 'muted', 'data-test': 'served-by-id-card' }, t('servedByIdCard')),
  field(t('idNumber'), idNumber), field(t('villagerName'), name), field(t('villagerPhone'), phone),
  h('fieldset', { 'data-test': 'mandate-items' }, h('legend', {}, t('mandateItems')), boxes),
  field(t('validDays'), days), field(t('attestation'), attestation), h('div', { class: 'actions' }, record), out);

  page(t('agentTitle'), h('h2', {}, t('principals')), region, form);

  async function draw() {
    const overview = await get('/api/identity/mandates');
    const valid = overview.held.filter((m) => m.effective);
    fill(region, valid.length === 0 ? h('p', { class: 'muted' }, t('noMandates'))
      : h('ul', { class: 'list' }, valid.map((m) => h('li', { 'data-principal': m.principal },
        h('div', { class: 'row' }, h('strong', { 'data-test': 'principal-name' }, m.principalName || t('principal')), h('span', { class: 'tag ok' }, term(m.state))),
        h('p', { class: 'muted' }, t('until', { d: date(m.validUntil) })),
        h('div', { class: 'actions' }, m.allItems
          ? h('a', { class: 'btn secondary', href: '#/catalogue' }, t('allItems'))
          : m.items.map((code) => h('a', { class: 'btn secondary', href: `#/apply/${encodeURIComponent(code)}?for=${encodeURIComponent(m.principal)}&name=${encodeURIComponent(m.principalName || '')}`,
            'data-test': `file-${code}` }, `${t('fileFor')}：${named(catalogue.get(code)) || t('otherItem')}`)))))));
  }
  await draw();
}
