// Chinese first, English on request; the choice is kept in this browser only.
const dict = {
  title: ['同心县政务服务网', 'Tongxin County Government Services'],
  skip: ['跳到主要内容', 'Skip to main content'],
  nav: ['主导航', 'Main navigation'],
  login: ['登录', 'Log in'], logout: ['退出', 'Log out'], langSwitch: ['English', '中文'],
  loading: ['加载中…', 'Loading…'], footer: ['宁夏回族自治区吴忠市同心县 · 政务服务便民热线 12345', 'Tongxin County, Wuzhong, Ningxia · Service hotline 12345'],
  home: ['首页', 'Home'], catalogue: ['办事指南', 'Services'], verify: ['证照核验', 'Verify a certificate'],
  credit: ['信用公示', 'Credit lists'], myCases: ['我的办件', 'My cases'], wallet: ['证照夹', 'Wallet'],
  inbox: ['消息', 'Inbox'], agent: ['代办', 'Agent desk'], agentCases: ['我代办的', 'Cases I filed'],
  work: ['工作台', 'Workbench'], supervision: ['效能监察', 'Supervision'], mandates: ['委托代办', 'Mandates'],
  welcome: ['欢迎，', 'Welcome, '], searchLabel: ['搜索办事事项', 'Search services'], search: ['搜索', 'Search'],
  searchHint: ['例如：营业执照、高龄津贴', 'e.g. business licence, elderly allowance'],
  found: ['找到 {n} 项', '{n} found'], none: ['暂无', 'None'],
  guide: ['办事指南', 'Guide'], conditions: ['申请条件', 'Conditions'], materials: ['申请材料', 'Materials'],
  procedure: ['办理流程', 'Procedure'], legalBasis: ['设定依据', 'Legal basis'], where: ['办理地点', 'Where'],
  promised: ['承诺时限', 'Promised time'], statutory: ['法定时限', 'Statutory time'], days: ['{n} 个工作日', '{n} working days'],
  result: ['办理结果', 'Result'], fees: ['收费', 'Fees'], apply: ['在线申请', 'Apply online'], applyFor: ['为委托人申请', 'Apply for the principal'],
  essential: ['必要', 'essential'], optional: ['非必要', 'optional'], eCert: ['可用电子证照', 'e-certificate accepted'],
  loginToApply: ['登录后申请', 'Log in to apply'], supervisionLine: ['监督投诉', 'Supervision and complaints'],
  applyTitle: ['申请：{name}', 'Apply: {name}'], handledAt: ['受理部门', 'Handling office'],
  useCert: ['使用电子证照', 'Use an e-certificate'], uploadFile: ['上传文件', 'Upload a file'], later: ['暂不提供', 'Not now'],
  certNumber: ['电子证照编号', 'Certificate number'], fromWallet: ['我的证照夹', 'From my wallet'], file: ['文件（PDF、JPG、PNG）', 'File (PDF, JPEG, PNG)'],
  submit: ['提交申请', 'Submit'], submitting: ['正在提交…', 'Submitting…'], submitted: ['已提交，办件编号：{n}', 'Submitted, case {n}'],
  principal: ['委托人', 'Principal'], choosePrincipal: ['选择委托人', 'Choose a principal'],
  state: ['状态', 'State'], number: ['办件编号', 'Case number'], noticeNumber: ['不予受理通知书编号', 'Notice number'],
  filed: ['提交时间', 'Filed'], deadline: ['办理时限', 'Deadline'], dueOn: ['承诺办结日 {d}', 'Promised by {d}'],
  usedOf: ['已用 {u} / {p} 个工作日', '{u} of {p} working days used'], paused: ['补正期间计时暂停', 'Clock paused while you supplement'],
  notices: ['一次性告知', 'One-time notice'], supplement: ['补正材料', 'Supplement'], resubmit: ['补正后重新提交', 'Resubmit'],
  history: ['办理过程', 'History'], opinions: ['审批意见', 'Opinions'], decision: ['审批决定', 'Decision'],
  rate: ['评价', 'Rate this service'], rating: ['满意度（1-5）', 'Satisfaction (1-5)'], comment: ['意见（可选）', 'Comment (optional)'],
  send: ['提交', 'Send'], complain: ['效能投诉', 'Complain'], complaintText: ['投诉内容', 'Your complaint'],
  notAvailable: ['该功能尚未开通，敬请期待。', 'Not available yet.'], sent: ['已提交', 'Sent'],
  walletEmpty: ['证照夹里还没有证照。', 'Your wallet is empty.'], status: ['状态', 'Status'], validFrom: ['有效期自', 'Valid from'], validUntil: ['有效期至', 'Valid until'],
  holder: ['持证人', 'Holder'], issuer: ['发证机关', 'Issuer'], qrTitle: ['二维码', 'QR code'], qrHelp: ['扫码或粘贴以下内容即可核验：', 'Scan, or paste this to verify:'],
  pdf: ['下载 PDF', 'Download PDF'], openVerify: ['打开核验页', 'Open verification'],
  markRead: ['标为已读', 'Mark as read'], markedRead: ['已标为已读', 'Marked as read'], new: ['新', 'new'],
  inboxEmpty: ['暂无消息。', 'No messages.'], unread: ['未读 {n}', '{n} unread'],
  verifyTitle: ['电子证照核验', 'Verify an e-certificate'], byNumber: ['按证照编号', 'By number'], byQr: ['扫码或粘贴二维码内容', 'Scan or paste the QR code'],
  qrText: ['二维码内容或核验链接', 'QR content or verification link'], scan: ['用摄像头扫码', 'Scan with camera'], stopScan: ['停止扫码', 'Stop scanning'],
  noCamera: ['此浏览器不支持扫码，请粘贴二维码内容。', 'This browser cannot scan; paste the QR content.'],
  check: ['核验', 'Verify'], verdict_valid: ['有效', 'Valid'], verdict_revoked: ['已吊销', 'Revoked'], verdict_suspended: ['已暂停', 'Suspended'],
  verdict_expired: ['已过期', 'Expired'], verdict_tampered: ['数据被篡改', 'Tampered'], verdict_unknown: ['查无此证', 'Unknown'],
  creditTitle: ['信用信息公示', 'Public credit information'], red: ['红名单（守信激励）', 'Red list (trustworthy)'], black: ['黑名单（失信惩戒）', 'Black list (untrustworthy)'],
  publicity: ['双公示：行政许可与处罚', 'Double publicity: permits and penalties'], permits: ['行政许可', 'Permits'], penalties: ['行政处罚', 'Penalties'],
  decidedAt: ['决定时间', 'Decided'], certType: ['证照类型', 'Certificate type'], checkedAt: ['核验时间', 'Checked at'],
  results: ['审批结果公示', 'Approved permits'], greenChannel: ['绿色通道', 'Green channel'], delivery: ['送达', 'Delivery'],
  enterpriseCredit: ['企业信用查询', 'Look up an enterprise'], creditCode: ['统一社会信用代码', 'Unified social credit code'],
  noEntries: ['未列入红黑名单', 'On neither list'], subject: ['主体', 'Subject'], from: ['起', 'From'], to: ['止', 'To'],
  agentTitle: ['村级代办', 'Village agent desk'], principals: ['有效委托', 'Valid mandates'], noMandates: ['还没有有效委托。', 'No valid mandate yet.'],
  items: ['事项', 'Items'], allItems: ['全部事项', 'All items'], until: ['有效至 {d}', 'until {d}'], fileFor: ['为其办理', 'File for them'],
  recordMandate: ['登记现场授权', 'Record consent given in person'], idNumber: ['委托人身份证号码', "Principal's identity number"],
  itemCodes: ['授权事项编码（逗号分隔）', 'Item codes (comma separated)'], validDays: ['有效天数', 'Valid for (days)'],
  attestation: ['现场核实说明', 'Attestation'], record: ['登记', 'Record'], recorded: ['已登记授权', 'Mandate recorded'],
  workTitle: ['审批工作台', 'Workbench'], queue: ['待办件', 'Queue'], allStates: ['全部状态', 'All states'], filter: ['筛选', 'Filter'],
  accept: ['受理', 'Accept'], refuse: ['不予受理', 'Refuse'], requestSupplement: ['一次性告知补正', 'Request supplement (one notice)'],
  reason: ['理由', 'Reasons'], legal: ['法律依据', 'Legal basis'], defects: ['需补正的材料', 'Materials to supplement'], note: ['说明', 'Note'],
  opinion: ['审批意见', 'Opinion'], approve: ['同意', 'Approve'], reject: ['不同意', 'Reject'], giveOpinion: ['提交意见', 'Submit opinion'],
  awaiting: ['待{r}处理', 'Awaiting the {r}'], nextStep: ['当前环节', 'Next step'], jointTasks: ['并联审批任务', 'Joint tasks'], done: ['已完成', 'Done'],
  supTitle: ['电子监察', 'Electronic supervision'], figures: ['办件统计', 'Figures'], overdue: ['超期办件', 'Overdue cases'],
  byDepartment: ['按部门', 'By department'], decidedCount: ['办结量', 'Decided'], onTimeRate: ['按时办结率', 'On time'],
  avgDays: ['平均用时（工作日）', 'Average working days'], deemed: ['视为同意', 'Deemed approvals'], avgRating: ['平均评分', 'Average rating'],
  satisfied: ['满意率', 'Satisfied'], complaints: ['投诉 / 已答复', 'Complaints / answered'], byLevel: ['按层级', 'By level'],
  loginNeeded: ['请先登录。', 'Please log in first.'], notAllowed: ['您没有访问此页面的权限。', 'You may not use this page.'],
  error: ['出错了', 'Something went wrong'], retry: ['重试', 'Retry'], field: ['字段', 'Field'], notFound: ['页面不存在。', 'Page not found.'],
  light_green: ['正常', 'On time'], light_yellow: ['临近到期', 'Due soon'], light_red: ['已超期', 'Overdue'], light_none: ['未计时', 'Not running'],
  eCertificate: ['电子证照', 'E-certificate'], nextAttempt: ['下次尝试', 'Next attempt'], certData: ['证照数据', 'Certificate data'],
  saveData: ['保存证照数据', 'Save certificate data'], saved: ['已保存', 'Saved'],
  grantTitle: ['我给出的委托', 'Mandates I gave'], confirm: ['确认', 'Confirm'], revoke: ['撤销', 'Revoke'],
};
const states = {
  DRAFT: ['草稿', 'Draft'], SUBMITTED: ['已提交', 'Submitted'], NOT_ACCEPTED: ['不予受理', 'Not accepted'],
  SUPPLEMENT_REQUESTED: ['待补正', 'Supplement requested'], ACCEPTED: ['已受理', 'Accepted'],
  ACCEPTED_WITH_TOLERANCE: ['容缺受理', 'Accepted with tolerance'], UNDER_REVIEW: ['审查中', 'Under review'],
  APPROVED: ['准予许可', 'Approved'], REJECTED: ['不予许可', 'Rejected'], CLOSED: ['已办结', 'Closed'], WITHDRAWN: ['已撤回', 'Withdrawn'],
  HANDLER: ['承办人', 'handler'], REVIEWER: ['审核人', 'reviewer'], APPROVER: ['批准人', 'approver'],
  PROMISED: ['承诺件', 'promised'], IMMEDIATE: ['即办件', 'immediate'], JOINT: ['并联审批', 'joint'], REPORTED_UPWARD: ['上报件', 'reported upward'],
  active: ['有效', 'active'], pending_confirmation: ['待确认', 'awaiting confirmation'], revoked: ['已撤销', 'revoked'],
  ISSUANCE_NONE: ['待录入证照数据', 'Waiting for its data'], ISSUANCE_DRAFT: ['已录入数据，批准后制证', 'Data entered; issued on approval'],
  ISSUANCE_PENDING: ['制证中', 'Being issued'], ISSUANCE_NEEDS_DATA: ['证照数据需更正', 'Data needs correcting'], ISSUANCE_ISSUED: ['已发证', 'Issued'],
  OPEN: ['办理中', 'open'], DEEMED_APPROVED: ['视为同意', 'deemed approved'],
  COUNTY: ['县级', 'county'], TOWNSHIP: ['乡镇级', 'township'], VILLAGE: ['村级', 'village'],
  ACTIVE: ['有效', 'Valid'], VALID: ['有效', 'Valid'], REVOKED: ['已吊销', 'Revoked'], SUSPENDED: ['已暂停', 'Suspended'], EXPIRED: ['已过期', 'Expired'],
};

/**
 * A page module's own words, added to the dictionary when the module loads, so that each feature
 * keeps its strings beside its code: words({ key: ['中文', 'English'] }).
 */
export function words(entries) {
  for (const [key, value] of Object.entries(entries)) {
    if (dict[key] && dict[key].join() !== value.join()) throw new Error(`i18n key ${key} defined twice`);
    dict[key] = value;
  }
}
/** The same for state, role and status codes shown through term(). */
export function terms(entries) {
  Object.assign(states, entries);
}

let lang = localStorage.getItem('portal.lang') === 'en' ? 'en' : 'zh';

export function language() { return lang; }
export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('portal.lang', lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}
export function t(key, params = {}) {
  const entry = dict[key] || states[key];
  let text = entry ? entry[lang === 'en' ? 1 : 0] : key;
  for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, v);
  return text;
}
/** A state, role or status code in words; unknown codes are shown as they are. */
export function term(code) { return states[code] ? states[code][lang === 'en' ? 1 : 0] : code; }
/** A bilingual server message ({zh, en}) in the chosen language. */
export function pick(message) {
  if (!message) return '';
  if (typeof message === 'string') return message;
  return (lang === 'en' ? message.en : message.zh) || message.zh || message.en || '';
}
