// Fees through one window (issue 19, point 1; SUP-3): the case's payment notice (缴款通知书) with each fee,
// its amount and legal basis from the catalogue, paid on the bank's page; the electronic receipt once paid;
// staff see whether it is paid; supervisors see what was charged, paid, outstanding and refunded, and the
// mismatches reconciliation found, per department and month.
import { call, get, ApiError } from './api.js';
import { t, term, terms, words, pick } from './i18n.js';
import { h, page, fill, field, loading, kv, announce, errorBox, date, money, busy, unavailable } from './ui.js';
import { divisionName, departmentNames, named } from './names.js';

words({
  paymentNotice: ['缴款通知书', 'Payment notice'], paymentNumber: ['缴款编号', 'Payment number'],
  paymentState: ['缴费状态', 'Payment'], paymentDue: ['缴费期限', 'Pay by'], paymentTotal: ['应缴金额', 'Amount due'],
  paymentFee: ['收费项目', 'Fee'], paymentBasis: ['收费依据', 'Legal basis'], paymentHow: ['缴费方式', 'How to pay'],
  payNow: ['去缴费', 'Pay now'], paymentReceipt: ['下载电子缴款凭证', 'Download the receipt'], paidAt: ['缴费时间', 'Paid at'],
  paidVia: ['确认方式', 'Confirmed by'], paymentMismatch: ['金额不符的到账', 'Payments of a different amount'],
  refundDueOn: ['应退费日期', 'Refund due since'], refundedOn: ['退费日期', 'Refunded on'],
  feeFigures: ['收费统计', 'Fee figures'], feeFiguresNav: ['收费统计', 'Fees'], feeFrom: ['起始月份', 'From month'],
  feeTo: ['截止月份', 'To month'], feeShow: ['查看', 'Show'], feeCharged: ['应收', 'Charged'], feePaid: ['已收', 'Paid'],
  feeOutstanding: ['未缴', 'Outstanding'], feeRefunded: ['已退', 'Refunded'], feeMismatches: ['对账差异', 'Mismatches'],
  feeUnknown: ['对账单中无对应通知书的到账', 'Statement payments without a notice'], feeTotal: ['合计', 'Total'],
  feeNone: ['该期间没有收费。', 'Nothing was charged in this span.'], feeDetails: ['按部门和月份查看', 'By department and month'],
});
terms({
  PAY_ISSUED: ['待缴费', 'Unpaid'], PAY_PAID: ['已缴费', 'Paid'], PAY_CANCELLED: ['已撤销（无需缴费）', 'Cancelled (nothing owed)'],
  PAY_REFUND_DUE: ['待退费', 'Refund due'], PAY_REFUNDED: ['已退费', 'Refunded'],
  VIA_CALLBACK: ['银行到账通知', "the bank's notice"], VIA_STATEMENT: ['银行对账单', "the bank's daily statement"],
});

function stateTag(state) {
  const cls = state === 'PAID' || state === 'REFUNDED' ? 'ok' : state === 'ISSUED' || state === 'REFUND_DUE' ? 'warn' : '';
  return h('span', { class: `tag ${cls}`, 'data-test': 'payment-state', 'data-state': state }, term(`PAY_${state}`));
}

/**
 * The case's payment notice as a card, or null when the case has none (its item is free, or its fee is not
 * due yet). The applicant side gets the bank's page and, once paid, the receipt; staff see whether it is paid.
 */
export async function paymentCard(c, staffView) {
  let n;
  try {
    n = await get(`/api/intake/cases/${encodeURIComponent(c.id)}/payment`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    return h('section', { class: 'card' }, h('h2', {}, t('paymentNotice')), errorBox(e));
  }
  const region = h('div', { 'aria-live': 'polite', 'data-test': 'receipt-region' });
  const actions = [];
  if (!staffView && n.state === 'ISSUED' && n.payUrl) {
    actions.push(h('a', { class: 'btn', href: n.payUrl, rel: 'noopener', 'data-test': 'pay-link' }, `${t('payNow')} ${money(n.totalYuan)}`));
  }
  if (n.receipt) {
    const b = h('button', { class: 'secondary', type: 'button', 'data-test': 'payment-receipt' }, t('paymentReceipt'));
    b.addEventListener('click', () => busy(b, region, async () => {
      const response = await call('GET', `/api/intake/cases/${encodeURIComponent(c.id)}/payment/receipt`, { raw: true, headers: { Accept: '*/*' } });
      const url = URL.createObjectURL(new Blob([await response.blob()], { type: 'application/pdf' }));
      const link = h('a', { href: url, download: `receipt-${n.paymentNumber}.pdf`, 'data-test': 'payment-receipt-file' }, `receipt-${n.paymentNumber}.pdf`);
      fill(region, h('p', {}, link));
      announce(t('paymentReceipt'));
    }));
    actions.push(b);
  }
  return h('section', { class: 'card', 'data-test': 'payment', 'data-state': n.state },
    h('h2', {}, t('paymentNotice')),
    kv([[t('paymentNumber'), h('span', { 'data-test': 'payment-number', 'data-raw': 'payment-number' }, n.paymentNumber)],
      [t('paymentState'), stateTag(n.state)],
      [t('paymentTotal'), h('strong', { 'data-test': 'payment-total' }, money(n.totalYuan))],
      [t('paymentDue'), n.state === 'ISSUED' ? date(n.dueOn) : null],
      [t('paidAt'), n.paidAt ? date(n.paidAt) : null],
      [t('paidVia'), n.paidVia ? term(`VIA_${n.paidVia}`) : null],
      [t('refundDueOn'), n.refundDueOn ? date(n.refundDueOn) : null],
      [t('refundedOn'), n.refundedOn ? date(n.refundedOn) : null]]),
    h('ul', { class: 'list', 'data-test': 'payment-lines' }, (n.lines || []).map((l) => h('li', { 'data-fee': l.code },
      kv([[t('paymentFee'), named(l)], [t('paymentTotal'), h('span', { 'data-test': 'payment-line-amount' }, money(l.amountYuan))],
        [t('paymentBasis'), h('span', { 'data-test': 'payment-basis' }, named(l, 'legalBasis'))]])))),
    n.state === 'ISSUED' && !staffView ? kv([[t('paymentHow'), pick(n.howToPay)]]) : null,
    staffView && (n.mismatches || []).length ? kv([[t('paymentMismatch'), n.mismatches.map((m) => `${money(m.amountYuan)}（${date(m.on)}）`).join('；')]]) : null,
    actions.length ? h('div', { class: 'actions' }, actions) : null, region);
}

function monthInput(test, value) {
  return h('input', { type: 'month', 'data-test': test, 'data-field': test === 'fee-from' ? 'from' : 'to', value });
}

/** The supervision dashboard's fee card: the last twelve months of the supervisor's scope, and the way to the details. */
export async function dashboardCard() {
  const out = h('div', { 'aria-live': 'polite' }, loading());
  const card = h('section', { class: 'card', 'data-test': 'fee-dashboard' }, h('h2', {}, t('feeFigures')), out);
  get('/api/intake/payments/figures').then((f) => {
    const r = f.total || {};
    fill(out, h('p', { class: 'muted' }, `${f.from} – ${f.to}`),
      kv([[t('feeCharged'), money(r.chargedYuan)], [t('feePaid'), money(r.paidYuan)], [t('feeOutstanding'), money(r.outstandingYuan)],
        [t('feeRefunded'), money(r.refundedYuan)], [t('feeMismatches'), h('span', { 'data-test': 'fee-dashboard-mismatches' }, String((r.mismatches ?? 0) + (f.unknownPayments ?? 0)))]]),
      h('p', {}, h('a', { href: '#/supervision/fees' }, t('feeDetails'))));
  }).catch((e) => fill(out, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)));
  return card;
}

/** Supervisors: the fee figures of their scope per department and month. */
export async function figures() {
  const now = new Date();
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const from = monthInput('fee-from', `${now.getFullYear()}-01`);
  const to = monthInput('fee-to', thisMonth);
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'fee-figures' }, loading());
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'fee-show' }, t('feeShow'));
  const form = h('form', { class: 'card' }, field(t('feeFrom'), from), field(t('feeTo'), to), h('div', { class: 'actions' }, button));
  const show = () => busy(button, out, async () => {
    fill(out, loading());
    const [f, names] = await Promise.all([get(`/api/intake/payments/figures?from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`), departmentNames()]);
    const row = (r) => kv([[t('feeCharged'), money(r.chargedYuan)], [t('feePaid'), money(r.paidYuan)],
      [t('feeOutstanding'), money(r.outstandingYuan)], [t('feeRefunded'), money(r.refundedYuan)], [t('feeMismatches'), String(r.mismatches)]]);
    fill(out, h('p', { class: 'muted', 'data-test': 'fee-scope' }, `${await divisionName(f.scope)} · ${f.from} – ${f.to}`),
      h('section', { 'data-test': 'fee-total' }, h('h3', {}, t('feeTotal')), row(f.total)),
      kv([[t('feeUnknown'), h('span', { 'data-test': 'fee-unknown' }, String(f.unknownPayments))]]),
      (f.rows || []).length === 0 ? h('p', { class: 'muted' }, t('feeNone'))
        : h('ul', { class: 'list', 'data-test': 'fee-rows' }, f.rows.map((r) => h('li', { 'data-department': r.department, 'data-month': r.month },
          h('strong', {}, `${names.get(r.department) || r.departmentName} · ${r.month}`), row(r)))));
    announce(t('feeFigures'));
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); show(); });
  page(t('feeFigures'), form, out);
  try { await show(); } catch (e) { fill(out, e instanceof ApiError && e.missing() ? unavailable() : errorBox(e)); }
}
