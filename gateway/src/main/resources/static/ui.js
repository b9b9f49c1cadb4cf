// Small DOM helpers: elements are built, never parsed from strings, so no server text can
// become markup (and the CSP allows no inline script or style anyway).
import { t, term } from './i18n.js';

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const main = () => document.getElementById('main');

/** Replaces the page: a heading that takes focus (screen readers announce the new page). */
export function page(title, ...content) {
  const m = main();
  m.replaceChildren(h('h1', { id: 'page-title', tabindex: '-1' }, title),
    ...content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  document.title = `${title} · ${t('title')}`;
  document.getElementById('page-title').focus();
  return m;
}

export function announce(text) {
  const live = document.getElementById('live');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/** A fault shown next to its control, described by it and read out (the form removes `.field-error` before a new try). */
export function fieldError(input, text) {
  input.setAttribute('aria-invalid', 'true');
  const message = h('p', { class: 'field-error', 'data-test': 'field-error', id: `${input.id}-error` }, text);
  input.setAttribute('aria-describedby', message.id);
  input.after(message);
  announce(message.textContent);
}

export function errorBox(error) {
  const text = error?.text ? error.text() : String(error?.message || error);
  return h('div', { class: 'error', role: 'alert', 'data-test': 'error' }, `${t('error')}：${text}`);
}
export function unavailable() { return h('p', { class: 'unavailable', 'data-test': 'unavailable' }, t('notAvailable')); }
export function loading() { return h('p', { class: 'muted', role: 'status' }, t('loading')); }

/** Replaces a region's content, and says so to screen readers when asked. */
export function fill(region, ...content) {
  region.replaceChildren(...content.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return region;
}

export function field(labelText, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  const hintEl = hint ? h('p', { class: 'muted', id: `${id}-hint` }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), input, hintEl);
}

export function stateTag(state) {
  const cls = ['APPROVED', 'CLOSED', 'ACCEPTED', 'ACCEPTED_WITH_TOLERANCE', 'VALID', 'ACTIVE'].includes(state) ? 'ok'
    : ['NOT_ACCEPTED', 'REJECTED', 'REVOKED', 'WITHDRAWN'].includes(state) ? 'bad'
      : ['SUPPLEMENT_REQUESTED', 'SUSPENDED', 'EXPIRED'].includes(state) ? 'warn' : '';
  return h('span', { class: `tag ${cls}`, 'data-test': 'state', 'data-state': state }, term(state));
}

/** Today in the county's time zone, as yyyy-mm-dd. */
export function today() {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/**
 * A case's light when the service gives none: red past its promised date, yellow within three
 * calendar days of it, green otherwise (the supervision service's own light wins when present).
 */
export function lightOf(c) {
  if (c.light) return String(c.light).toLowerCase();
  // Accepted: the promised date; waiting at the window: the acceptance limit (issue 17).
  const due = c.promisedDue || c.deadline?.promisedDue || c.acceptanceDue;
  if (!due || ['APPROVED', 'REJECTED', 'CLOSED', 'NOT_ACCEPTED', 'WITHDRAWN'].includes(c.state)) return 'none';
  const days = (Date.parse(due) - Date.parse(today())) / 86400000;
  return days < 0 ? 'red' : days <= 3 ? 'yellow' : 'green';
}
export function light(c) {
  const l = lightOf(c);
  return h('span', { class: 'row' }, h('span', { class: `light ${l}`, 'aria-hidden': 'true' }), h('span', { 'data-test': 'light' }, t(`light_${l}`)));
}

export function date(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(document.documentElement.lang, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: String(value).length > 10 ? 'short' : undefined });
}

export function kv(pairs) {
  return h('dl', { class: 'kv' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** A horizontal bar chart in plain HTML/CSS: label, bar, figure. */
export function bars(rows, label) {
  if (rows.length === 0) return h('p', { class: 'muted' }, t('none'));
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h('div', { class: 'bars', role: 'list', 'aria-label': label }, rows.map((r) => {
    const fill = h('div', { class: 'fill' });
    fill.style.width = `${(100 * r.value) / max}%`;
    return h('div', { class: 'bar', role: 'listitem' }, h('span', {}, `${r.label}：${r.value}`), h('div', { class: 'track', 'aria-hidden': 'true' }, fill));
  }));
}

/** Runs an async action from a form, with its button disabled and errors shown in the form. */
export async function busy(button, region, action) {
  button.disabled = true;
  region.replaceChildren();
  try {
    return await action();
  } catch (e) {
    region.replaceChildren(errorBox(e));
    announce(region.textContent);
    return undefined;
  } finally {
    button.disabled = false;
  }
}

export function newKey() { return crypto.randomUUID(); }

/** An amount of money for a person: ¥1,234.00. */
export function money(yuan) {
  const n = Number(yuan ?? 0);
  return `¥${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A "中文 | English" text from a catalogue in the chosen language. */
export function bilingual(text, lang = document.documentElement.lang) {
  if (!text || !String(text).includes(' | ')) return text || '';
  const [zh, en] = String(text).split(' | ');
  return lang === 'en' ? en.trim() : zh.trim();
}

/** A value with its label, for cards that show several facts in one line (number, date, ...). */
export function labelled(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return h('span', { class: 'labelled' }, h('span', { class: 'label' }, `${label}：`), value);
}

/** A form's action region and button that report through busy(): the usual pair. */
export function actionParts(label, { test, kind = 'primary' } = {}) {
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { class: kind, type: 'submit', 'data-test': test }, label);
  return { out, button };
}
