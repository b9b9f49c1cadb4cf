// Calls through the gateway with the caller's token; every failure becomes an ApiError carrying
// the problem+json the platform answers (code, bilingual message, field).
import { accessToken, user } from './auth.js';
import { language, pick } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** What to show a person: the server's own words in the chosen language, and the field. */
  text() {
    const p = this.problem;
    const message = pick(p.message) || p.detail || p.title || this.message;
    return p.field ? `${message}（${p.field}）` : message;
  }
  /** The endpoint is not there (yet): an unrouted path or an unmapped one. */
  missing() { return this.status === 404 || this.status === 405 || this.status === 501; }
}

// Issue 18: the enterprise the person acts for in this tab (enterprise.js sets it), sent as
// X-Acting-For on every call; none means "for myself".
const ACTING = 'portal.actingFor';
export function actingFor() {
  let choice = null;
  try { choice = JSON.parse(sessionStorage.getItem(ACTING) || 'null'); } catch { return null; }
  // A choice made by another account in this tab means nothing for this one.
  return choice && choice.username === user()?.username ? choice : null;
}
export function setActingFor(choice) {
  if (choice) sessionStorage.setItem(ACTING, JSON.stringify(choice));
  else sessionStorage.removeItem(ACTING);
}

export async function call(method, path, { body, headers = {}, raw = false } = {}) {
  const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': language() === 'en' ? 'en' : 'zh-CN', ...headers };
  const token = accessToken();
  if (token) h.Authorization = `Bearer ${token}`;
  const acting = token ? actingFor() : null;
  if (acting?.creditCode) h['X-Acting-For'] = acting.creditCode;
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: h, body: payload });
  } catch {
    throw new ApiError(0, { message: { zh: '网络不通，请稍后重试。', en: 'The network is unreachable; try again later.' } });
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    // Removed from the enterprise: back to acting for oneself (the next page shows one's own things).
    if (problem?.code === 'NOT_ENTERPRISE_MEMBER') setActingFor(null);
    throw new ApiError(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

export const get = (path) => call('GET', path);
export const post = (path, body, headers) => call('POST', path, { body: body ?? {}, headers });
export const put = (path, body, headers) => call('PUT', path, { body, headers });
