// Village agents (INT-10): record a villager's consent given in person, choose a principal with
// a valid mandate, and file for them; the cases they filed are under "cases I filed".
import { get, post } from './api.js';
import { t, term } from './i18n.js';
import { h, page, fill, field, loading, announce, busy, date } from './ui.js';

export async function desk() {
  const region = h('div', { 'data-test': 'principals' }, loading());
  const idNumber = h('input', { type: 'text', inputmode: 'text', autocomplete: 'off', maxlength: '18', 'data-test': 'mandate-id' });
  const items = h('input', { type: 'text', autocomplete: 'off', 'data-test': 'mandate-items', placeholder: 'SCJG-001, MZ-002' });
  const days = h('input', { type: 'number', min: '1', max: '365', value: '30', 'data-test': 'mandate-days' });
  const attestation = h('textarea', { rows: '2', 'data-test': 'mandate-attestation' });
  const out = h('div', { 'aria-live': 'polite' });
  const record = h('button', { class: 'primary', type: 'submit', 'data-test': 'mandate-record' }, t('record'));
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); busy(record, out, async () => {
    const codes = items.value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
    await post('/api/identity/agent/mandates', {
      principalIdNumber: idNumber.value.trim(), items: codes, allItems: false, consent: 'in_person',
      validUntil: new Date(Date.now() + Number(days.value || 30) * 86400000).toISOString(), attestation: attestation.value.trim() || undefined,
    });
    idNumber.value = '';
    fill(out, h('p', { class: 'tag ok' }, t('recorded')));
    announce(t('recorded'));
    await draw();
  }); } },
  h('h2', {}, t('recordMandate')), field(t('idNumber'), idNumber), field(t('itemCodes'), items), field(t('validDays'), days),
  field(t('attestation'), attestation), h('div', { class: 'actions' }, record), out);

  page(t('agentTitle'), h('h2', {}, t('principals')), region, form);

  async function draw() {
    const overview = await get('/api/identity/mandates');
    const valid = overview.held.filter((m) => m.effective);
    fill(region, valid.length === 0 ? h('p', { class: 'muted' }, t('noMandates'))
      : h('ul', { class: 'list' }, valid.map((m) => h('li', { 'data-principal': m.principal },
        h('div', { class: 'row' }, h('strong', {}, `${t('principal')} …${m.principal.slice(-8)}`), h('span', { class: 'tag ok' }, term(m.state))),
        h('p', { class: 'muted' }, t('until', { d: date(m.validUntil) })),
        h('div', { class: 'actions' }, m.allItems
          ? h('a', { class: 'btn secondary', href: '#/catalogue' }, t('allItems'))
          : m.items.map((code) => h('a', { class: 'btn secondary', href: `#/apply/${encodeURIComponent(code)}?for=${encodeURIComponent(m.principal)}`,
            'data-test': `file-${code}` }, `${t('fileFor')} ${code}`)))))));
  }
  await draw();
}
