// First-contact handover (首问负责, INT-7): the clerk who received a case meant for another office hands it
// over with a note instead of refusing it; whoever sees the case sees where it went and how to reach them.
import { get, post, ApiError } from './api.js';
import { t, pick, words } from './i18n.js';
import { h, page, field, kv, date, announce, errorBox, newKey, actionParts } from './ui.js';
import { named } from './names.js';

words({
  hoTitle: ['转交', 'Hand over'],
  hoHelp: ['本事项应由其他部门办理时，不必不予受理：选择办理本事项的部门并写明说明，办件进入该部门的待办件，申请人会收到该部门的地址和电话。',
    'If another office handles this item, do not refuse the case: choose that office and write a note. The case goes to its queue and the applicant is told its address and telephone.'],
  hoTo: ['接收部门', 'Receiving office'], hoNote: ['转交说明', 'Note for the receiving office'],
  hoSubmit: ['转交', 'Hand over'], hoNone: ['本事项没有其他办理部门。', 'No other office handles this item.'],
  hoChoose: ['请选择接收部门', 'Choose the receiving office'],
  hoDone: ['办件已转交', 'Case handed over'], hoDoneText: ['已转交{p}办理，申请人将收到通知。', 'Handed over to {p}; the applicant will be told.'],
  hoRecord: ['转交记录', 'Handovers'], hoFrom: ['转出部门', 'From'], hoWhere: ['接收部门', 'Now with'],
  hoAddress: ['办理地址', 'Address'], hoContact: ['联系电话', 'Telephone'], hoAt: ['转交时间', 'Handed over'],
});

const placeName = (p) => `${named(p, 'divisionName')} ${named(p, 'departmentName')}`;

/**
 * The clerk's form on a submitted case: the other places that implement the item version the case was
 * filed under (their names, from the catalogue), a note, and the handover; then the clerk no longer holds
 * the case, so the page says where it went and leads back to the queue.
 */
export function handoverForm(c) {
  const select = h('select', { 'data-test': 'handover-to', 'data-field': 'department', required: true },
    h('option', { value: '' }, t('hoChoose')));
  const note = h('textarea', { rows: '2', maxlength: '2000', 'data-test': 'handover-note', 'data-field': 'note' });
  const { out, button } = actionParts(t('hoSubmit'), { test: 'handover-submit', kind: 'secondary' });
  const key = newKey();
  let places = [];
  get(`/api/intake/catalogue/items/${encodeURIComponent(c.itemCode)}/versions/${encodeURIComponent(c.itemVersion)}`)
    .then((item) => {
      places = (item.handledAt || []).filter((p) => !(p.division === c.division && p.department === c.department));
      places.forEach((p, i) => select.append(h('option', { value: String(i) }, placeName(p))));
      if (places.length === 0) {
        button.disabled = true;
        out.replaceChildren(h('p', { class: 'muted', 'data-test': 'handover-none' }, t('hoNone')));
      }
    })
    .catch((e) => out.replaceChildren(errorBox(e)));
  const form = h('form', { class: 'card', 'data-test': 'handover-form', novalidate: true, onsubmit: async (e) => {
    e.preventDefault();
    clearFaults(form, out);
    const to = places[Number(select.value)];
    button.disabled = true;
    try {
      await post(`/api/intake/cases/${encodeURIComponent(c.id)}/handover`, { division: to?.division || '',
        department: to?.department || '', note: note.value.trim() }, { 'Idempotency-Key': key });
      announce(t('hoDoneText', { p: placeName(to) }));
      page(t('hoDone'), h('p', { 'data-test': 'handover-done' }, t('hoDoneText', { p: placeName(to) })),
        h('p', {}, h('a', { class: 'btn secondary', href: '#/work' }, t('queue'))));
    } catch (err) {
      showFault(form, out, err);
      button.disabled = false;
    }
  } },
  h('h2', {}, t('hoTitle')), h('p', { class: 'muted' }, t('hoHelp')),
  field(t('hoTo'), select), field(t('hoNote'), note), out, h('div', { class: 'actions' }, button));
  return form;
}

function clearFaults(form, out) {
  out.replaceChildren();
  form.querySelectorAll('.field-error').forEach((p) => p.remove());
  form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
}

/** The server's own message, next to the field it names (the receiving office or the note) and above the button. */
function showFault(form, out, err) {
  out.replaceChildren(errorBox(err));
  announce(out.textContent);
  const faults = err instanceof ApiError ? [...(err.problem.errors || []), err.problem] : [];
  for (const f of faults) {
    const name = f.field === 'division' ? 'department' : f.field;
    const target = name && form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!target || target.getAttribute('aria-invalid')) continue;
    target.setAttribute('aria-invalid', 'true');
    target.after(h('p', { class: 'field-error', 'data-test': 'field-error' }, pick(f.message) || err.text()));
  }
}

/** Where a handed-over case went and how to reach them, for the applicant and for staff. */
export function handoverCard(c) {
  if (!c.handovers?.length) return null;
  return h('section', { class: 'card', 'data-test': 'handovers' }, h('h2', {}, t('hoRecord')),
    h('ul', { class: 'list' }, c.handovers.map((o) => h('li', {},
      kv([[t('hoWhere'), `${o.toDivisionName} ${o.toDepartmentName}`], [t('hoAddress'), o.address],
        [t('hoContact'), o.contact], [t('hoFrom'), o.fromDepartmentName], [t('hoNote'), o.note], [t('hoAt'), date(o.at)]])))));
}
