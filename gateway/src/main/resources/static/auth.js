// Login through Keycloak with the authorization code flow and PKCE (S256). Tokens live in this
// module's memory only: never in localStorage or cookies, so a script injected later cannot read
// them from storage and nothing outlives the tab. A reload signs in again silently through
// Keycloak's own session (prompt=none). sessionStorage holds only the PKCE verifier and state
// for the few seconds of a redirect, and a flag saying that a session exists.
let config = null;
let tokens = null;
let refreshTimer = null;
const listeners = new Set();

const FLOW = 'portal.flow';
const SIGNED_IN = 'portal.signedIn';

export function onChange(fn) { listeners.add(fn); }
function changed() { listeners.forEach((fn) => fn()); }

function b64url(bytes) {
  let s = '';
  new Uint8Array(bytes).forEach((b) => { s += String.fromCharCode(b); });
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function randomString(n = 32) { return b64url(crypto.getRandomValues(new Uint8Array(n))); }
async function challengeOf(verifier) {
  return b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}
function endpoint(name) { return `${config.issuer}/protocol/openid-connect/${name}`; }
function redirectUri() { return `${location.origin}/`; }

function decode(jwt) {
  const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(atob(part).split('').map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
  return JSON.parse(json);
}

export async function login(returnTo = location.hash || '#/', { silent = false, lang = 'zh' } = {}) {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(FLOW, JSON.stringify({ verifier, state, returnTo, silent }));
  const params = new URLSearchParams({
    client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri(),
    state, code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
    ui_locales: lang === 'en' ? 'en' : 'zh-CN',
  });
  if (silent) params.set('prompt', 'none');
  location.assign(`${endpoint('auth')}?${params}`);
}

async function tokenRequest(form) {
  const response = await fetch(endpoint('token'), {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...form }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  return response.json();
}

function keep(answer) {
  tokens = { access: answer.access_token, refresh: answer.refresh_token, id: answer.id_token, claims: decode(answer.access_token) };
  sessionStorage.setItem(SIGNED_IN, '1');
  clearTimeout(refreshTimer);
  const lifetime = (tokens.claims.exp * 1000) - Date.now();
  refreshTimer = setTimeout(refresh, Math.max(5000, lifetime - 30000));
  changed();
}

async function refresh() {
  if (!tokens?.refresh) return;
  try {
    keep(await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh }));
  } catch {
    tokens = null;
    sessionStorage.removeItem(SIGNED_IN);
    changed();
  }
}

/**
 * Called once at start: finishes a login that has just come back from Keycloak, or starts a
 * silent one when this tab had a session before a reload. Answers true when it navigated away.
 */
export async function start(settings, lang) {
  config = settings;
  const query = new URLSearchParams(location.search);
  const flow = JSON.parse(sessionStorage.getItem(FLOW) || 'null');
  if (flow && (query.has('code') || query.has('error')) && query.get('state') === flow.state) {
    sessionStorage.removeItem(FLOW);
    history.replaceState(null, '', `/${flow.returnTo || '#/'}`);
    if (query.has('code')) {
      try {
        keep(await tokenRequest({ grant_type: 'authorization_code', code: query.get('code'),
          redirect_uri: redirectUri(), code_verifier: flow.verifier }));
      } catch { sessionStorage.removeItem(SIGNED_IN); }
    } else {
      sessionStorage.removeItem(SIGNED_IN); // login_required after a silent attempt: stay anonymous
    }
    return false;
  }
  if (!tokens && sessionStorage.getItem(SIGNED_IN) === '1') {
    sessionStorage.removeItem(SIGNED_IN);
    await login(location.hash || '#/', { silent: true, lang });
    return true;
  }
  return false;
}

export function logout() {
  const id = tokens?.id;
  tokens = null;
  sessionStorage.removeItem(SIGNED_IN);
  const params = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (id) params.set('id_token_hint', id);
  location.assign(`${endpoint('logout')}?${params}`);
}

export function accessToken() { return tokens?.access || null; }
export function signedIn() { return Boolean(tokens); }

/** Who is logged in, as the access token says: username, subject, realm roles, staff claims. */
export function user() {
  if (!tokens) return null;
  const c = tokens.claims;
  return {
    subject: c.sub, username: c.preferred_username, name: c.name || c.preferred_username,
    roles: c.realm_access?.roles || [], division: c.division || null, department: c.department || null,
  };
}
export function hasRole(...roles) { const u = user(); return Boolean(u && roles.some((r) => u.roles.includes(r))); }
