// The working-day calendar: anyone reads a year (official, or provisional while the State
// Council's notice is not out); an administrator publishes a year from the notice and sees its
// versions. Faults come back all at once and are shown next to the fields they name.
import * as auth from './auth.js';
import { get, call, ApiError } from './api.js';
import { t, term, language, pick, words, terms } from './i18n.js';
import { h, page, fill, field, errorBox, loading, announce, date, kv, newKey, today } from './ui.js';

words({
  calendarNav: ['工作日历', 'Calendar'], calendarTitle: ['{y} 年工作日历', 'Working-day calendar {y}'], calendarYears: ['年份', 'Years'],
  provisional: ['预计', 'provisional'], provisionalHint: ['按法定节假日推算；国务院放假通知发布后可能调整。', 'Derived from the statutory holidays; may change when the State Council publishes the year.'],
  provisionalYear: ['本年度放假安排尚未发布，以下按《全国年节及纪念日放假办法》推算，不含调休；据此计算的期限为预计日期。', "This year's official holiday notice is not out yet: the days below follow the statutory rules, without swapped working days, and deadlines computed on them are provisional."],
  officialYear: ['依国务院放假安排通知发布（第 {v} 版）', "Published from the State Council's notice (version {v})"],
  noticeNumberCal: ['通知文号', 'Notice number'], noticeDate: ['通知日期', 'Notice date'], noticeTitle: ['通知标题', 'Notice title'],
  publishedAt: ['发布时间', 'Published'], holidays: ['放假安排', 'Holidays'], holiday: ['节日', 'Holiday'],
  swappedDays: ['调休上班日', 'Swapped working days'], swappedDay: ['调休上班日', 'Swapped working day'],
  calendarVersions: ['历次发布', 'Versions'], noVersions: ['尚未发布过。', 'Never published.'], versionN: ['第 {v} 版', 'Version {v}'],
  recomputed: ['已重算 {m} 件，其中 {n} 件期限变化', '{m} examined, {n} changed'],
  publishYear: ['发布年度日历', 'Publish the year'], publishHint: ['按国务院办公厅放假安排通知逐项填写；所有错误会一次列出，有错误时不会保存。', "Fill in the State Council General Office's notice; every fault is listed at once and nothing is stored while there is one."],
  year: ['年份', 'Year'], holidayPeriod: ['第 {n} 段假期', 'Period {n}'], remove: ['删除', 'Remove'],
  addPeriod: ['添加假期', 'Add a period'], addSwappedDay: ['添加调休上班日', 'Add a swapped working day'],
  yearPublished: ['已发布 {y} 年第 {v} 版', 'Published {y}, version {v}'],
  statutoryDueOn: ['法定办结日 {d}', 'Statutory limit {d}'], deadlineChanges: ['期限调整', 'Dates moved'],
  deadlineMoved: ['{what}：{from} → {to}（{y} 年日历第 {v} 版发布）', '{what}: {from} → {to} ({y} calendar, version {v})'],
});
terms({
  DEADLINE_PROMISED: ['承诺办结日', 'Promised date'], DEADLINE_STATUTORY: ['法定办结日', 'Statutory limit'],
  DEADLINE_TASK: ['联办部门办理期限', "Joint department's date"], DEADLINE_TOLERATED: ['容缺材料补交期限', 'Supply-by date of a tolerated material'],
  DEADLINE_ANSWER: ['投诉答复期限', 'Answer date'],
  JOB_PENDING: ['待重算', 'waiting'], JOB_RUNNING: ['重算中', 'running'], JOB_DONE: ['已完成', 'done'], JOB_SUPERSEDED: ['已被新版本取代', 'superseded'],
});

const name = (o) => (language() === 'en' ? o.en || o.nameEn : o.zh || o.nameZh);
const dayText = (d) => date(d);

/** "预计" next to a date computed on a provisional year: it may still move when the year is published. */
export function provisionalTag(provisional) {
  return provisional ? h('span', { class: 'tag warn', 'data-test': 'provisional', title: t('provisionalHint') }, t('provisional')) : null;
}

export async function calendar(params) {
  const year = Number(params.year || today().slice(0, 4));
  const y = await get(`/api/intake/calendar/${year}`);
  const admin = auth.hasRole('admin');
  const versions = h('div', { 'aria-live': 'polite' });
  page(t('calendarTitle', { y: year }),
    h('nav', { class: 'row', 'aria-label': t('calendarYears') },
      h('a', { href: `#/calendar/${year - 1}` }, `← ${year - 1}`), h('a', { href: `#/calendar/${year + 1}` }, `${year + 1} →`)),
    yearCard(y),
    admin ? publishForm(y) : null,
    admin ? h('section', { class: 'card' }, h('h2', {}, t('calendarVersions')), versions) : null);
  if (admin) await showVersions(year, versions);
}

function yearCard(y) {
  const basis = y.provisional
    ? h('p', { class: 'notice', 'data-test': 'calendar-basis', 'data-basis': 'PROVISIONAL' }, provisionalTag(true), ' ', t('provisionalYear'))
    : h('p', { 'data-test': 'calendar-basis', 'data-basis': 'OFFICIAL' }, t('officialYear', { v: y.version }));
  return h('section', { class: 'card' },
    basis,
    y.notice ? kv([[t('noticeNumberCal'), y.notice.number], [t('noticeDate'), dayText(y.notice.date)], [t('noticeTitle'), y.notice.title],
      [t('publishedAt'), y.publishedAt ? date(y.publishedAt) : null]]) : null,
    h('h2', {}, t('holidays')),
    h('table', { class: 'table', 'data-test': 'holidays' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('holiday')), h('th', { scope: 'col' }, t('from')), h('th', { scope: 'col' }, t('to')))),
      h('tbody', {}, y.holidays.map((p) => h('tr', {}, h('td', {}, name(p)), h('td', {}, dayText(p.from)), h('td', {}, dayText(p.to)))))),
    h('h2', {}, t('swappedDays')),
    y.swappedWorkingDays.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : h('ul', { 'data-test': 'swapped' }, y.swappedWorkingDays.map((d) => h('li', { 'data-day': d }, dayText(d)))));
}

async function showVersions(year, region) {
  fill(region, loading());
  try {
    const list = await get(`/api/intake/calendar/${year}/versions`);
    fill(region, list.items.length === 0 ? h('p', { class: 'muted' }, t('noVersions'))
      : h('ol', { 'data-test': 'versions' }, list.items.map((v) => h('li', {},
        [t('versionN', { v: v.version }), v.notice?.number, v.publishedBy, v.publishedAt ? date(v.publishedAt) : null].filter(Boolean).join(' · '),
        v.recomputation ? h('span', { class: 'muted', 'data-test': 'recomputation' },
          ` · ${t('recomputed', { n: v.recomputation.changed, m: v.recomputation.examined })} · ${term(`JOB_${v.recomputation.state}`)}`) : null))));
  } catch (e) {
    fill(region, errorBox(e));
  }
}

/** The publication form, prefilled with the year shown (a provisional year gives the statutory days to start from). */
function publishForm(y) {
  const holidayList = [...new Map(y.holidays.flatMap((p) => p.holidays).map((x) => [x.code, x])).values()];
  const key = newKey();
  const year = h('input', { type: 'number', min: '1949', max: '2100', value: String(y.year), 'data-field': 'year', 'data-test': 'cal-year' });
  const number = h('input', { type: 'text', value: y.provisional ? '' : y.notice?.number || '', 'data-field': 'notice.number', 'data-test': 'cal-notice-number' });
  const noticeDate = h('input', { type: 'date', value: y.provisional ? '' : y.notice?.date || '', 'data-field': 'notice.date', 'data-test': 'cal-notice-date' });
  const title = h('input', { type: 'text', value: y.provisional ? '' : y.notice?.title || '', 'data-field': 'notice.title' });
  const periods = h('div', { 'data-test': 'cal-periods' });
  const swapped = h('div', { 'data-test': 'cal-swapped' });
  const out = h('div', { 'aria-live': 'assertive' });

  const periodRow = (p) => {
    const i = periods.children.length;
    const boxes = allHolidays(holidayList).map((x) => h('label', { class: 'choice' },
      h('input', { type: 'checkbox', value: x.code, checked: p ? p.holidays.some((n) => n.code === x.code) : false }), name(x)));
    const from = h('input', { type: 'date', value: p?.from || '', 'data-field': `holidays[${i}].from`, 'aria-label': t('from') });
    const to = h('input', { type: 'date', value: p?.to || '', 'data-field': `holidays[${i}].to`, 'aria-label': t('to') });
    const row = h('fieldset', { class: 'period', 'data-field': `holidays[${i}].names` },
      h('legend', {}, t('holidayPeriod', { n: i + 1 })), h('div', { class: 'row' }, boxes),
      field(t('from'), from), field(t('to'), to),
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); renumber(); } }, t('remove')));
    periods.append(row);
  };
  const swappedRow = (d) => {
    const i = swapped.children.length;
    const input = h('input', { type: 'date', value: d || '', 'data-field': `swappedWorkingDays[${i}]`, 'aria-label': t('swappedDay') });
    const row = h('div', { class: 'row' }, input,
      h('button', { type: 'button', class: 'secondary', onclick: () => { row.remove(); renumber(); } }, t('remove')));
    swapped.append(row);
  };
  const renumber = () => {
    [...periods.children].forEach((row, i) => {
      row.dataset.field = `holidays[${i}].names`;
      row.querySelector('legend').textContent = t('holidayPeriod', { n: i + 1 });
      const [from, to] = row.querySelectorAll('input[type=date]');
      from.dataset.field = `holidays[${i}].from`;
      to.dataset.field = `holidays[${i}].to`;
    });
    [...swapped.children].forEach((row, i) => { row.querySelector('input').dataset.field = `swappedWorkingDays[${i}]`; });
  };
  y.holidays.forEach(periodRow);
  y.swappedWorkingDays.forEach(swappedRow);

  const form = h('form', { class: 'card', novalidate: true, 'data-test': 'cal-publish' });
  const button = h('button', { class: 'primary', type: 'submit', 'data-test': 'cal-submit' }, t('publishYear'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.querySelectorAll('.field-error').forEach((n) => n.remove());
    form.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
    out.replaceChildren();
    const body = {
      year: Number(year.value), noticeNumber: number.value.trim(), noticeDate: noticeDate.value || null, noticeTitle: title.value.trim() || null,
      holidays: [...periods.children].map((row) => {
        const [from, to] = row.querySelectorAll('input[type=date]');
        return { names: [...row.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value), from: from.value || null, to: to.value || null };
      }),
      swappedWorkingDays: [...swapped.children].map((row) => row.querySelector('input').value || null),
    };
    button.disabled = true;
    try {
      const stored = await call('POST', '/api/intake/calendar/years', { body, headers: { 'Idempotency-Key': key } });
      announce(t('yearPublished', { y: stored.year, v: stored.version }));
      location.hash = `#/calendar/${stored.year}`;
      await calendar({ year: stored.year });
    } catch (err) {
      showFaults(form, out, err);
    } finally {
      button.disabled = false;
    }
  });
  form.append(h('h2', {}, t('publishYear')), h('p', { class: 'muted' }, t('publishHint')),
    field(t('year'), year), field(t('noticeNumberCal'), number), field(t('noticeDate'), noticeDate), field(t('noticeTitle'), title),
    h('h3', {}, t('holidays')), periods,
    h('button', { type: 'button', class: 'secondary', 'data-test': 'cal-add-period', onclick: () => periodRow(null) }, t('addPeriod')),
    h('h3', {}, t('swappedDays')), swapped,
    h('button', { type: 'button', class: 'secondary', 'data-test': 'cal-add-swapped', onclick: () => swappedRow('') }, t('addSwappedDay')),
    out, h('div', { class: 'actions' }, button));
  return form;
}

/** The seven holidays of all citizens, in the order the law lists them, named by the platform. */
function allHolidays(fromYear) {
  return fromYear;
}

/** Every fault next to the field it names, and all of them in one list at the top (INT-2's spirit). */
function showFaults(form, out, err) {
  if (!(err instanceof ApiError) || !Array.isArray(err.problem.errors) || err.problem.errors.length === 0) {
    out.replaceChildren(errorBox(err));
    announce(out.textContent);
    return;
  }
  const faults = err.problem.errors;
  out.replaceChildren(h('div', { class: 'error', role: 'alert', 'data-test': 'cal-faults' },
    h('p', {}, err.text()), h('ul', {}, faults.map((f) => h('li', { 'data-field': f.field }, pick(f.message))))));
  for (const f of faults) {
    const target = form.querySelector(`[data-field="${CSS.escape(f.field)}"]`);
    if (!target) continue;
    target.setAttribute('aria-invalid', 'true');
    target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(f.message)));
  }
  announce(out.textContent);
}
