// Names for the codes the services speak in: items, materials and departments from the catalogue
// (where each item is handled and which departments a joint item is copied to), divisions from
// identity's registry, certificate types and their fields from the certificate catalogue. Each
// source names in Chinese and English (`nameEn` beside `name`), and the helpers answer in the
// reader's language. Each is fetched once per page load and kept in memory; a code nobody names is
// shown as "another department" or the like, never as the code itself.
import { get } from './api.js';
import { language, t, words } from './i18n.js';

words({
  otherDepartment: ['其他部门', 'another department'], otherDivision: ['其他区划', 'another division'],
  yourDepartment: ['本部门', 'your department'],
});

let departments = null;
const divisions = new Map();
const types = new Map();

/**
 * A name or text from a catalogue or registry in the reader's language: the English beside the Chinese
 * (`nameEn` beside `name`, `departmentNameEn` beside `departmentName`, a guide's `resultEn` beside `result`,
 * a place's `addressEn` beside `address`), the Chinese where none was given.
 */
export function named(o, key = 'name') {
  if (!o) return '';
  return (language() === 'en' ? o[`${key}En`] || o[key] : o[key]) || '';
}

/** A list of texts from the catalogue (a guide's `conditions`, `procedure`, `legalBasis`, ...) in the reader's language; never null. */
export function namedList(o, key) {
  if (!o) return [];
  const en = o[`${key}En`];
  return (language() === 'en' && Array.isArray(en) && en.length ? en : o[key]) || [];
}

/** Department code -> {zh, en}, from every item's places, joint departments and the records materials come from. */
function departmentTable() {
  if (!departments) {
    departments = (async () => {
      const map = new Map();
      const add = (code, zh, en) => { if (code && zh && !map.has(code)) map.set(code, { zh, en: en || zh }); };
      const list = await get('/api/intake/catalogue/items');
      for (const i of list.items || []) (i.handledAt || []).forEach((p) => add(p.department, p.departmentName, p.departmentNameEn));
      const joint = (list.items || []).filter((i) => i.itemClass === 'JOINT' || i.itemClass === 'REPORTED_UPWARD');
      const details = await Promise.all(joint.map((i) => itemGuide(i.code)));
      for (const d of details.filter(Boolean)) {
        (d.handledAt || []).forEach((p) => add(p.department, p.departmentName, p.departmentNameEn));
        (d.jointDepartments || []).forEach((j) => add(j.department, j.departmentName, j.departmentNameEn));
      }
      return map;
    })().catch(() => new Map());
  }
  return departments;
}

/** Department code -> name in the reader's language. */
export async function departmentNames() {
  const en = language() === 'en';
  return new Map([...(await departmentTable())].map(([code, n]) => [code, en ? n.en : n.zh]));
}

export async function departmentName(code) {
  if (!code) return '';
  return (await departmentNames()).get(code) || t('otherDepartment');
}

/** A department's name as another service wrote it (in Chinese), in the reader's language when the catalogue knows the code. */
export async function departmentNamed(code, written) {
  const known = code ? (await departmentNames()).get(code) : null;
  return known || written || t('otherDepartment');
}

/**
 * Records another service wrote (complaints, petitions, hotline tickets and their routes, figures per department),
 * with `departmentName` in the reader's language where the catalogue knows `department`; copies, for display only.
 * In Chinese too: a record written before intake kept a higher department's name carries its code there.
 */
export async function withDepartmentNames(list) {
  if (!list?.length) return list || [];
  const depts = await departmentNames();
  const one = (o) => ({ ...o, departmentName: depts.get(o.department) || o.departmentName,
    ...(Array.isArray(o.routes) ? { routes: o.routes.map(one) } : {}) });
  return list.map(one);
}

/** Division code -> name ("豫海镇" or "Yuhai Town"), from identity's division registry. */
export function divisionName(code) {
  if (!code) return Promise.resolve('');
  if (!divisions.has(code)) {
    divisions.set(code, get(`/api/identity/divisions/${encodeURIComponent(code)}`).catch(() => null));
  }
  return divisions.get(code).then((d) => (d ? named(d) : t('otherDivision')));
}

/** A division's name as another service wrote it (in Chinese), in the reader's language when the registry knows the code. */
export async function divisionNamed(code, written) {
  if (!code) return written || '';
  if (!divisions.has(code)) divisionName(code);
  const d = await divisions.get(code);
  return d ? named(d) : written || t('otherDivision');
}

/** "同心县市场监督管理局 · 同心县": a department at its division, by name. */
export async function place(department, division) {
  const [d, v] = await Promise.all([departmentName(department), divisionName(division)]);
  return [d, v].filter(Boolean).join(' · ');
}

/** One item's guide, fetched once per page load; null when the catalogue does not answer. */
const guides = new Map();
export function itemGuide(code) {
  if (!code) return Promise.resolve(null);
  if (!guides.has(code)) guides.set(code, get(`/api/intake/catalogue/items/${encodeURIComponent(code)}`).catch(() => null));
  return guides.get(code);
}

/**
 * A case as the portal shows it: the item, its materials, its department and the departments of its joint tasks
 * named in the reader's language from the catalogue, by code. The case keeps the Chinese names it was filed under
 * (a stored fact); this copy is for display only.
 */
export async function caseNamed(c) {
  if (!c || language() !== 'en') return c;
  const [guide, items, depts] = await Promise.all([itemGuide(c.itemCode), itemNames(), departmentNames()]);
  const materials = new Map((guide?.materials || []).map((m) => [m.code, m]));
  const material = (m) => (materials.get(m.code) ? { ...m, name: named(materials.get(m.code)) } : m);
  return {
    ...c,
    itemName: named(guide || items.get(c.itemCode)) || c.itemName,
    departmentName: depts.get(c.department) || c.departmentName,
    materials: (c.materials || []).map(material),
    missingMaterials: (c.missingMaterials || []).map(material),
    notices: (c.notices || []).map((n) => ({ ...n, defects: (n.defects || []).map((d) => (materials.get(d.materialCode)
      ? { ...d, materialName: named(materials.get(d.materialCode)) } : d)) })),
    tasks: (c.tasks || []).map((j) => ({ ...j, departmentName: depts.get(j.department) || j.departmentName })),
    handovers: await Promise.all((c.handovers || []).map(async (o) => {
      const where = (guide?.handledAt || []).find((p) => p.department === o.toDepartment && p.division === o.toDivision);
      return { ...o,
        fromDepartmentName: depts.get(o.fromDepartment) || o.fromDepartmentName,
        toDepartmentName: depts.get(o.toDepartment) || o.toDepartmentName,
        toDivisionName: await divisionNamed(o.toDivision, o.toDivisionName),
        address: (where && where.address === o.address && named(where, 'address')) || o.address };
    })),
  };
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

/** Item code -> summary, for pickers and mandates: the whole catalogue's summaries (name them with `named`). */
let items = null;
export function itemNames() {
  if (!items) {
    items = get('/api/intake/catalogue/items').then((l) => new Map((l.items || []).map((i) => [i.code, i]))).catch(() => new Map());
  }
  return items;
}

/** An item's name by code in the reader's language; `written` (a case's stored name) where the catalogue has no such code. */
export async function itemName(code, written) {
  const item = (await itemNames()).get(code);
  return item ? named(item) : written || t('otherItem');
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
