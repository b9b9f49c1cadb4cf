// Certificates used instead of paper copies (CAT-3, CER-2; issue 20): staff read a certificate an
// applicant named for a material of a case, or one a holder shared with their department; the
// applicant names an e-certificate for a material after filing (a draft, or a supplement).
import * as auth from './auth.js';
import { get, put, ApiError } from './api.js';
import { t, pick, words } from './i18n.js';
import { h, page, fill, field, fieldError, busy, date, stateTag, kv, announce, today } from './ui.js';
import { certificateType, typeName, fieldLabel, place, departmentName, named } from './names.js';

words({
  scViewCert: ['查看证照', 'View certificate'], scHideCert: ['收起证照', 'Hide the certificate'],
  scSharedNav: ['共享证照', 'Shared certificates'], scSharedTitle: ['共享证照：持证人授权本部门使用的证照', 'Certificates shared with us'],
  scSharedHint: ['输入持证人告知的电子证照编号；持证人须已在证照夹中向本部门共享该证照。每次查看都会记入持证人的调用记录。',
    'Enter the certificate number the holder gave you; the holder must have shared it with your department. Every look is logged for the holder.'],
  scLookUp: ['查看', 'Look up'], scSharedPurpose: ['共享用途', 'Purpose of the share'], scSharedUntil: ['共享截止', 'Shared until'],
  scNotShared: ['查无此证，或持证人尚未向本部门共享该证照（也可能共享已过期或被撤回）。', 'No such certificate, or its holder has not shared it with your department (or the share has ended or was withdrawn).'],
  scForbidden: ['您的岗位不能查看共享证照。', 'Your position may not read shared certificates.'],
  scNameTitle: ['使用电子证照代替材料', 'Use an e-certificate for a material'],
  scNameHint: ['选择证照夹中的电子证照，或输入证照编号；受理部门将直接调用该证照，无需再交复印件。',
    'Choose an e-certificate from your wallet or type its number; the department uses it instead of a copy.'],
  scNamed: ['已使用电子证照', 'E-certificate named'], scChoose: ['— 请选择 —', '— choose —'],
  scCertFor: ['用于：{m}', 'For: {m}'],
  scHolderKind: ['持证人类别', 'Holder type'], scKindperson: ['自然人', 'Natural person'],
  scKindenterprise: ['法人或其他组织', 'Legal person or organisation'],
  scWindowNameHint: ['申请人出示电子证照的，输入（或用扫码枪扫入）证照编号即可代替复印件；申请人须已在证照夹中向本部门授权使用该证照，审核时方可查看。',
    'If the applicant shows an e-certificate, type (or scan) its number instead of taking a copy; the applicant must share it with your department from their wallet for staff to read it.'],
});

/** A certificate as staff read it: its type by name, number, holder, fields by their labels, status, issuer and dates. */
export async function certificateCard(cert, { share = false, test = 'shared-card' } = {}) {
  const type = await certificateType(cert.typeCode);
  const issuer = cert.issuingDivision ? await place(cert.issuingDepartment, cert.issuingDivision) : await departmentName(cert.issuingDepartment);
  const status = String(cert.status || '').toUpperCase();
  const expired = status === 'VALID' && cert.validUntil && cert.validUntil < today();
  return h('section', { class: 'card', 'data-test': test },
    h('h3', { 'data-test': 'shared-type' }, typeName(type) || t('eCertificate')),
    kv([[t('certNumber'), h('span', { 'data-test': 'shared-number' }, cert.number)],
      [t('holder'), h('span', { 'data-test': 'shared-holder' }, cert.holderName)],
      [t('scHolderKind'), cert.holderKind ? h('span', { 'data-test': 'shared-holder-kind' }, t(`scKind${cert.holderKind}`)) : null],
      [t('status'), stateTag(expired ? 'EXPIRED' : status)],
      [t('issuer'), h('span', { 'data-test': 'shared-issuer' }, issuer)],
      [t('validFrom'), cert.validFrom ? date(cert.validFrom) : null],
      [t('validUntil'), cert.validUntil ? date(cert.validUntil) : t('longTerm')],
      ...Object.entries(cert.fields || {}).map(([k, v]) => [fieldLabel(type, k), v]),
      ...(share ? [[t('scSharedPurpose'), cert.purpose], [t('scSharedUntil'), date(cert.sharedUntil)]] : [])]));
}

/** The service's words for the fault: the field's own message when it lists one, else the problem's. */
function faultText(err) {
  const first = Array.isArray(err.problem?.errors) ? err.problem.errors.find((e) => e.message) : null;
  return pick(first?.message) || pick(err.problem?.message) || err.text();
}

/** Staff: the certificate an applicant named for a material, opened in place (the registry logs the use for the holder). */
export function viewCertificateButton(c, m, region) {
  const button = h('button', { class: 'secondary', type: 'button', 'data-test': `view-cert-${m.code}`, 'aria-expanded': 'false' }, t('scViewCert'));
  button.setAttribute('aria-label', `${t('scViewCert')}：${m.name}`);
  let open = false;
  button.addEventListener('click', () => {
    if (open) {
      open = false;
      fill(region);
      button.textContent = t('scViewCert');
      button.setAttribute('aria-label', `${t('scViewCert')}：${m.name}`);
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    busy(button, region, async () => {
      const cert = await get(`/api/intake/cases/${encodeURIComponent(c.id)}/materials/${encodeURIComponent(m.code)}/certificate`);
      fill(region, await certificateCard(cert, { share: true, test: `material-cert-${m.code}` }));
      open = true;
      button.textContent = t('scHideCert');
      button.setAttribute('aria-label', `${t('scHideCert')}：${m.name}`);
      button.setAttribute('aria-expanded', 'true');
    });
  });
  return button;
}

/** Staff: a certificate a holder shared with the department, by the number the holder gave (CER-2). */
export async function sharedDesk(params, query) {
  const number = h('input', { type: 'text', autocomplete: 'off', 'data-test': 'shared-number-input', value: query?.get('number') || '' });
  const out = h('div', { 'aria-live': 'polite', 'data-test': 'shared-out' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'shared-look-up' }, t('scLookUp'));
  const form = h('form', { class: 'card', novalidate: true, onsubmit: (e) => { e.preventDefault(); lookUp(); } },
    h('p', { class: 'muted' }, t('scSharedHint')), field(t('certNumber'), number), h('div', { class: 'actions' }, button));
  const u = auth.user();
  page(t('scSharedTitle'), h('p', { class: 'muted' }, h('a', { href: '#/work' }, t('queue')), ' · ', await place(u.department, u.division)), form, out);

  async function lookUp() {
    const value = number.value.trim();
    if (!value) { number.focus(); return; }
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    number.removeAttribute('aria-invalid');
    await busy(button, out, async () => {
      try {
        const cert = await get(`/api/certificates/shared/${encodeURIComponent(value)}`);
        fill(out, await certificateCard(cert, { share: true }));
        announce(out.textContent);
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && err.problem?.message) {
          // A number not well formed: the registry's own words next to the field.
          fieldError(number, faultText(err));
          return;
        }
        if (!(err instanceof ApiError) || (err.status !== 404 && err.status !== 403)) throw err;
        fill(out, h('p', { class: 'error', role: 'alert', 'data-test': 'shared-refused', 'data-status': String(err.status) },
          t(err.status === 404 ? 'scNotShared' : 'scForbidden')));
        announce(out.textContent);
      }
    });
  }
}

/**
 * The applicant names an e-certificate for a material after filing: in a draft (any material whose
 * guide entry takes a certificate type) or when a supplement asks for that material. The wallet's
 * active certificates of that type are offered; a number can be typed instead. At the window
 * (`atWindow`) the clerk who filed a counter case does it for the person present, who shows the
 * certificate: the number is typed, or scanned into the same field (a scanner types it).
 */
export async function nameCertificateCard(c, refresh, { atWindow = false } = {}) {
  if (!['DRAFT', 'SUPPLEMENT_REQUESTED'].includes(c.state)) return null;
  let item;
  try { item = await get(`/api/intake/catalogue/items/${encodeURIComponent(c.itemCode)}`); } catch { return null; }
  let wanted = (item.materials || []).filter((m) => m.certificateType);
  if (c.state === 'SUPPLEMENT_REQUESTED') {
    const notice = [...(c.notices || [])].reverse().find((n) => n.kind === 'SUPPLEMENT');
    const asked = new Set([...(notice?.defects || []).map((d) => d.materialCode), ...(c.missingMaterials || []).map((m) => m.code)]);
    wanted = wanted.filter((m) => asked.has(m.code));
  }
  if (!wanted.length) return null;
  const wallet = auth.hasRole('citizen', 'enterprise') ? await get('/api/certificates/wallet').then((w) => w.certificates || []).catch(() => []) : [];
  return h('section', { class: 'card', 'data-test': 'name-certificate' }, h('h2', {}, t('scNameTitle')),
    h('p', { class: 'muted' }, t(atWindow ? 'scWindowNameHint' : 'scNameHint')),
    wanted.map((m) => nameOne(c, m, wallet, refresh)));
}

function nameOne(c, m, wallet, refresh) {
  const matching = wallet.filter((w) => w.typeCode === m.certificateType && w.status === 'ACTIVE' && !(w.validUntil && w.validUntil < today()));
  const number = h('input', { type: 'text', autocomplete: 'off', 'data-test': `name-cert-number-${m.code}` });
  const fromWallet = matching.length ? h('select', { 'data-test': `name-cert-wallet-${m.code}`, onchange: (e) => { number.value = e.target.value; } },
    h('option', { value: '' }, t('scChoose')), matching.map((w) => h('option', { value: w.number }, `${w.typeName} ${w.number}`))) : null;
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': `name-cert-${m.code}` }, t('useCert'));
  button.setAttribute('aria-label', `${t('useCert')}：${named(m)}`);
  const form = h('form', { novalidate: true, 'data-material': m.code, onsubmit: (e) => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    number.removeAttribute('aria-invalid');
    busy(button, out, async () => {
      try {
        await put(`/api/intake/cases/${encodeURIComponent(c.id)}/materials/${encodeURIComponent(m.code)}/certificate`, { certificateNumber: number.value.trim() });
      } catch (err) {
        if (!(err instanceof ApiError) || !err.problem?.message) throw err;
        // The server's own words next to the control (its field names the number, or the material).
        fieldError(number, faultText(err));
        return;
      }
      announce(t('scNamed'));
      await refresh(m.code);
    });
  } },
  h('fieldset', {}, h('legend', {}, t('scCertFor', { m: named(m) })),
    fromWallet ? field(t('fromWallet'), fromWallet) : null, field(t('certNumber'), number), out, h('div', { class: 'actions' }, button)));
  return form;
}
