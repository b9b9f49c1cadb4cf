// The portal: one page, hash routes, one login for every kind of user.
import * as auth from './auth.js';
import { language, setLanguage, t } from './i18n.js';
import { h, page, errorBox } from './ui.js';
import * as pub from './public.js';
import * as citizen from './citizen.js';
import * as agent from './agent.js';
import * as staff from './staff.js';
import * as cal from './calendar.js';
import * as account from './account.js';
import * as complaints from './complaints.js';
import * as petitions from './petitions.js';
import * as hotline from './hotline.js';
import * as certadmin from './certadmin.js';
import * as accounts from './accounts.js';
import * as creditwork from './creditwork.js';
import * as templates from './templates.js';
import * as window_ from './window.js';
import * as followUp from './follow.js';
import * as enterprise from './enterprise.js';
import * as fees from './fees.js';
import * as shared from './shared.js';

const APPLICANT = ['citizen', 'enterprise'];
const STAFF = ['clerk', 'reviewer', 'approver'];

// path pattern, handler, roles that may open it (none: public)
const routes = [
  ['/', pub.home],
  ['/catalogue', pub.catalogue],
  ['/item/:code', pub.item],
  ['/verify', pub.verify],
  ['/verify-document', window_.verifyDocument],
  ['/follow', followUp.follow],
  ['/credit', pub.credit],
  ['/apply/:code', citizen.apply, [...APPLICANT, 'agent']],
  ['/cases', citizen.cases, [...APPLICANT, 'agent']],
  ['/case/:id', citizen.caseView, [...APPLICANT, 'agent']],
  ['/wallet', citizen.wallet, APPLICANT],
  ['/cert/:number', citizen.certificate, APPLICANT],
  ['/inbox', citizen.inbox, [...APPLICANT, 'agent', ...STAFF, 'supervisor', 'head', 'admin', 'operator']],
  ['/mandates', citizen.mandates, ['citizen']],
  ['/agent', agent.desk, ['agent']],
  ['/work', staff.queue, STAFF],
  ['/supervision', staff.supervision, ['supervisor']],
  ['/supervision/fees', fees.figures, ['supervisor']],
  ['/register', account.register],
  ['/me', account.me, ['citizen', 'enterprise', 'agent', ...STAFF, 'supervisor', 'head', 'admin', 'operator']],
  ['/complaints', complaints.mine, APPLICANT],
  ['/complaint/:id', complaints.one, [...APPLICANT, ...STAFF, 'supervisor']],
  ['/work/complaints', complaints.staffComplaints, STAFF],
  ['/work/follow-ups', complaints.followUps, STAFF],
  ['/petitions', petitions.mine, APPLICANT],
  ['/petition/:id', petitions.one, [...APPLICANT, ...STAFF, 'supervisor']],
  ['/work/petitions', petitions.staffDesk, STAFF],
  ['/hotline', hotline.desk, ['operator']],
  ['/hotline/ticket/:id', hotline.one, ['operator', 'citizen', ...STAFF, 'supervisor']],
  ['/messages', hotline.messages, ['citizen']],
  ['/work/hotline', hotline.staffDesk, STAFF],
  ['/window', window_.counter, ['clerk']],
  ['/work/shared', shared.sharedDesk, STAFF],
  ['/work/:id', staff.caseWork, STAFF],
  ['/certificates', certadmin.desk, ['clerk', 'approver']],
  ['/my-credit', creditwork.mine, APPLICANT],
  ['/credit-work', creditwork.desk, ['reviewer', 'approver', 'admin']],
  ['/templates', templates.list, ['admin']],
  ['/accounts', accounts.desk, ['admin']],
  ['/calendar', cal.calendar],
  ['/enterprise', enterprise.members, ['citizen', 'enterprise']],
  ['/calendar/:year', cal.calendar],
];

function navLinks() {
  const links = [['#/', t('home')], ['#/catalogue', t('catalogue')]];
  if (auth.hasRole(...APPLICANT)) links.push(['#/cases', t('myCases')], ['#/wallet', t('wallet')], ['#/complaints', t('myComplaints')], ['#/petitions', t('petitionsNav')], ['#/my-credit', t('myCredit')]);
  if (auth.hasRole('citizen')) links.push(['#/mandates', t('mandates')], ['#/messages', t('messagesNav')]);
  if (auth.hasRole('operator')) links.push(['#/hotline', t('hotlineNav')]);
  if (auth.hasRole('agent')) links.push(['#/agent', t('agent')], ['#/cases', t('agentCases')]);
  if (auth.hasRole(...STAFF)) links.push(['#/work', t('work')]);
  if (auth.hasRole('clerk')) links.push(['#/window', t('counterNav')]);
  if (auth.hasRole('supervisor')) links.push(['#/supervision', t('supervision')], ['#/supervision/fees', t('feeFiguresNav')]);
  if (auth.hasRole('admin')) links.push(['#/templates', t('templatesNav')], ['#/credit-work', t('creditWork')], ['#/accounts', t('accountsNav')]);
  const ent = enterprise.navLink();
  if (ent) links.push(ent);
  if (auth.signedIn()) links.push(['#/me', t('accountNav')]);
  else links.push(['#/register', t('register')]);
  if (auth.signedIn()) links.push(['#/inbox', t('inbox')]);
  links.push(['#/verify', t('verify')], ['#/credit', t('credit')], ['#/calendar', t('calendarNav')]);
  return links;
}

function chrome() {
  const current = `#${currentPath()}`;
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav'));
  nav.replaceChildren(...navLinks().map(([href, label]) => h('a', {
    href, 'aria-current': href === current || (href !== '#/' && current.startsWith(href + '/')) ? 'page' : null,
  }, label)));
  document.getElementById('brand').textContent = t('title');
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('foot').textContent = t('footer');
  const langButton = document.getElementById('lang');
  langButton.textContent = t('langSwitch');
  langButton.lang = language() === 'en' ? 'zh-CN' : 'en';
  const u = auth.user();
  document.getElementById('who').textContent = u ? u.username : '';
  document.getElementById('who').lang = 'en';
  document.getElementById('who').setAttribute('data-test', 'who');
  // The account name the person typed at login, shown as they spell it (not a code of ours).
  document.getElementById('who').setAttribute('data-raw', 'username');
  document.getElementById('login').hidden = Boolean(u);
  document.getElementById('login').textContent = t('login');
  document.getElementById('logout').hidden = !u;
  document.getElementById('logout').textContent = t('logout');
  enterprise.switcher(render).catch(() => {});
}

function currentPath() { return (location.hash.replace(/^#/, '') || '/').split('?')[0]; }
export function query() { return new URLSearchParams(location.hash.split('?')[1] || ''); }

function match(path) {
  for (const [pattern, handler, roles] of routes) {
    const names = [];
    const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const m = path.match(re);
    if (m) return { handler, roles, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

/*
 * Renders may overlap: a click on the language button re-renders the page while its data still loads, and a
 * link followed meanwhile starts the next page's render. Whichever finishes last writes the page, so an older
 * render that finishes after a newer one has shown its page would leave the old page under the new address:
 * it renders the current address once more instead.
 */
let started = 0;
let shown = 0;

async function render() {
  const mine = ++started;
  await renderRoute();
  if (mine < shown) {
    render();
    return;
  }
  shown = mine;
}

async function renderRoute() {
  if (auth.signedIn()) await enterprise.enterprises();
  chrome();
  const found = match(currentPath());
  if (!found) { page(t('notFound')); return; }
  if (found.roles) {
    if (!auth.signedIn()) {
      page(t('loginNeeded'), h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'button', onclick: () => auth.login(location.hash, { lang: language() }) }, t('login'))));
      return;
    }
    if (!auth.hasRole(...found.roles)) { page(t('notAllowed')); return; }
  }
  try {
    await found.handler(found.params, query());
  } catch (e) {
    page(t('error'), errorBox(e));
  }
}

async function boot() {
  setLanguage(language());
  document.getElementById('lang').addEventListener('click', () => { setLanguage(language() === 'en' ? 'zh' : 'en'); render(); });
  document.getElementById('login').addEventListener('click', () => auth.login(location.hash || '#/', { lang: language() }));
  document.getElementById('logout').addEventListener('click', () => auth.logout());
  let settings;
  try {
    settings = await (await fetch('/portal-config.json')).json();
  } catch (e) {
    page(t('error'), errorBox(e));
    return;
  }
  if (await auth.start(settings, language())) return; // silently signing in again
  auth.onChange(chrome);
  window.addEventListener('hashchange', render);
  await render();
  document.body.dataset.ready = 'true';
}

boot();
