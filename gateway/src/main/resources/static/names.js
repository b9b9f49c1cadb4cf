// Names for the codes the services speak in: departments from the catalogue (where each item is
// handled and which departments a joint item is copied to), divisions from identity's registry,
// certificate types and their fields from the certificate catalogue. Each is fetched once per
// page load and kept in memory; a code nobody names is shown as "another department" or the like,
// never as the code itself.
import { get } from './api.js';
import { language, t, words } from './i18n.js';

words({
  otherDepartment: ['其他部门', 'another department'], otherDivision: ['其他区划', 'another division'],
  yourDepartment: ['本部门', 'your department'],
});

let departments = null;
const divisions = new Map();
const types = new Map();

/** Department code -> name, from every item's places and joint departments. */
export function departmentNames() {
  if (!departments) {
    departments = (async () => {
      const map = new Map();
      const list = await get('/api/intake/catalogue/items');
      const add = (code, name) => { if (code && name && !map.has(code)) map.set(code, name); };
      for (const i of list.items || []) (i.handledAt || []).forEach((p) => add(p.department, p.departmentName));
      const joint = (list.items || []).filter((i) => i.itemClass === 'JOINT' || i.itemClass === 'REPORTED_UPWARD');
      const details = await Promise.all(joint.map((i) => get(`/api/intake/catalogue/items/${encodeURIComponent(i.code)}`).catch(() => null)));
      for (const d of details.filter(Boolean)) {
        (d.handledAt || []).forEach((p) => add(p.department, p.departmentName));
        (d.jointDepartments || []).forEach((j) => add(j.department, j.departmentName));
        if (d.reportedToDepartment) add(d.reportedToDepartment.department || d.reportedToDepartment, d.reportedToDepartment.departmentName);
      }
      return map;
    })().catch(() => new Map());
  }
  return departments;
}

export async function departmentName(code) {
  if (!code) return '';
  return (await departmentNames()).get(code) || t('otherDepartment');
}

/** Division code -> name ("豫海镇"), from identity's division registry. */
export function divisionName(code) {
  if (!code) return Promise.resolve('');
  if (!divisions.has(code)) {
    divisions.set(code, get(`/api/identity/divisions/${encodeURIComponent(code)}`).then((d) => d.name).catch(() => t('otherDivision')));
  }
  return divisions.get(code);
}

/** "同心县市场监督管理局 · 同心县": a department at its division, by name. */
export async function place(department, division) {
  const [d, v] = await Promise.all([departmentName(department), divisionName(division)]);
  return [d, v].filter(Boolean).join(' · ');
}

/** A certificate type with its fields' labels, from the certificate catalogue. */
export function certificateType(code) {
  if (!types.has(code)) types.set(code, get(`/api/certificates/types/${encodeURIComponent(code)}`).catch(() => null));
  return types.get(code);
}
export function typeName(type) { return type ? (language() === 'en' ? type.nameEn || type.name : type.name) : ''; }
export function fieldLabel(type, key) {
  const f = type?.fields?.find((x) => x.name === key);
  return f ? (language() === 'en' ? f.labelEn || f.label : f.label) : t('otherField');
}
words({ otherField: ['其他信息', 'Other'] });

/** Item code -> name, for pickers and mandates: the whole catalogue's summaries. */
let items = null;
export function itemNames() {
  if (!items) {
    items = get('/api/intake/catalogue/items').then((l) => new Map((l.items || []).map((i) => [i.code, i]))).catch(() => new Map());
  }
  return items;
}

/** Credit list types (红黑名单类型) by name, from credit's published measures. */
let listTypes = null;
let measures = null;
function publishedMeasures() {
  if (!measures) measures = get('/api/credit/public/measures').catch(() => ({}));
  return measures;
}
export function listTypeNames() {
  if (!listTypes) {
    listTypes = publishedMeasures().then((m) => new Map((m.listTypes || []).map((l) => [l.code, l])));
  }
  return listTypes;
}

/**
 * Why a case is in the green channel, in words: a major project, or a credit measure
 * ("CREDIT:RED-PRIORITY") read as its list and what it grants, from credit's published measures.
 */
export async function greenChannelBasis(basis) {
  if (!basis) return '';
  if (!basis.startsWith('CREDIT:')) return t(basis === 'MAJOR_PROJECT' ? 'basisMajorProject' : 'basisOther');
  const m = await publishedMeasures();
  const measure = (m.measures || []).find((x) => x.id === basis.slice('CREDIT:'.length));
  if (!measure) return t('basisCredit');
  const list = (m.listTypes || []).find((l) => l.code === measure.listType);
  const en = language() === 'en';
  return [t('basisCredit'), list ? (en ? list.nameEn : list.nameZh) : null, en ? measure.descriptionEn : measure.descriptionZh].filter(Boolean).join('：');
}
words({
  basisMajorProject: ['重大项目', 'a major project'], basisCredit: ['守信激励', 'credit incentive'], basisOther: ['其他理由', 'another reason'],
});
export async function listTypeName(code) {
  const l = (await listTypeNames()).get(code);
  return l ? (language() === 'en' ? l.nameEn : l.nameZh) : t('otherList');
}
words({ otherList: ['其他名单', 'another list'] });
