#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline.
//
//   node validate.mjs [--policy] FILE...
//
// For every object:
//   1. the Kubernetes v1.33 JSON schema of its kind (kubernetes-models' compiled
//      validators: types, enums, required fields, formats); ServiceMonitor uses
//      @kubernetes-models/prometheus-operator plus schemas/servicemonitor.strict.json;
//   2. no unknown field anywhere (field lists of @kubernetes/client-node, same
//      OpenAPI version), like `kubeconform -strict`;
//   3. a kind without a schema is an error.
// Across the file: no duplicate objects, and every reference resolves (Service,
// PDB and NetworkPolicy selectors select a Deployment's pods, HPA targets exist,
// referenced ConfigMaps and ServiceAccounts are rendered).
// With --policy, the hardening every Deployment of this platform must keep
// (non-root uid 10001, read-only root, no capabilities, seccomp, /tmp emptyDir,
// actuator probes, resources, no API token, no optional Secret in the environment).
//
// Tools come from $GOV_PLATFORM_TOOLS (set by charts/check.sh).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tools = process.env.GOV_PLATFORM_TOOLS;
if (!tools) {
  console.error('GOV_PLATFORM_TOOLS is not set: run charts/check.sh');
  process.exit(2);
}
const require = createRequire(path.join(tools, 'node', 'package.json'));
const YAML = require('yaml');
const Ajv2020 = require('ajv/dist/2020').default;
const fields = JSON.parse(fs.readFileSync(path.join(tools, 'k8s-fields-v1.33.json'), 'utf8'));

const args = process.argv.slice(2);
const policy = args.includes('--policy');
const files = args.filter((a) => !a.startsWith('--'));

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// ---- 1. schema of the kind -------------------------------------------------
function modelOf(apiVersion, kind) {
  const module = apiVersion.startsWith('monitoring.coreos.com/')
    ? `@kubernetes-models/prometheus-operator/${apiVersion}`
    : `kubernetes-models/${apiVersion}`;
  try {
    return require(module)[kind];
  } catch {
    return undefined;
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
const serviceMonitorStrict = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(here, 'schemas', 'servicemonitor.strict.json'), 'utf8')),
);

// ---- 2. unknown fields -------------------------------------------------------
function typeNameOf(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const v = version.charAt(0).toUpperCase() + version.slice(1);
  const groupPrefix = group
    .split('.')[0]
    .replace(/(^|[-_])(\w)/g, (_, __, c) => c.toUpperCase());
  for (const name of [`${v}${kind}`, `${groupPrefix}${v}${kind}`, `Core${v}${kind}`]) {
    if (fields[name]) return name;
  }
  return undefined;
}

function unknownFields(value, type, at, errors) {
  if (value === null || value === undefined) return;
  let m;
  if ((m = type.match(/^Array<(.+)>$/))) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, m[1], `${at}[${i}]`, errors));
    return;
  }
  if ((m = type.match(/^\{ \[key: string\]: (.+); \}$/))) {
    if (isObject(value)) for (const [k, v] of Object.entries(value)) unknownFields(v, m[1], `${at}.${k}`, errors);
    return;
  }
  const known = fields[type];
  if (!known || !isObject(value)) return; // primitives, IntOrString, any: the schema checks types
  for (const [k, v] of Object.entries(value)) {
    if (!(k in known)) errors.push(`${at}: unknown field "${k}" (not in ${type})`);
    else unknownFields(v, known[k], `${at}.${k}`, errors);
  }
}

// ---- per object --------------------------------------------------------------
function validateObject(doc) {
  const errors = [];
  const { apiVersion, kind } = doc;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind are required'];
  const Model = modelOf(apiVersion, kind);
  if (!Model) return [`no schema for ${apiVersion} ${kind}: unknown kind`];
  try {
    new Model(doc).validate();
  } catch (e) {
    const details = e.errors ?? e.details;
    if (Array.isArray(details)) {
      for (const d of details) errors.push(`${d.instancePath || '/'} ${d.message}${d.params?.allowedValues ? ` ${JSON.stringify(d.params.allowedValues)}` : ''}`);
    } else errors.push(String(e.message ?? e));
  }
  if (kind === 'ServiceMonitor') {
    if (!serviceMonitorStrict(doc)) {
      for (const d of serviceMonitorStrict.errors) {
        errors.push(`${d.instancePath || '/'} ${d.message}${d.params?.additionalProperty ? ` "${d.params.additionalProperty}"` : ''} (servicemonitor.strict.json)`);
      }
    }
  } else {
    const type = typeNameOf(apiVersion, kind);
    if (!type) errors.push(`no field list for ${apiVersion} ${kind}`);
    else unknownFields(doc, type, kind, errors);
  }
  return errors;
}

// ---- across the file -----------------------------------------------------------
const matches = (selector, labels) =>
  isObject(selector) &&
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v) &&
  (selector.matchExpressions ?? []).every((e) =>
    e.operator === 'In' ? e.values.includes(labels?.[e.key])
      : e.operator === 'NotIn' ? !e.values.includes(labels?.[e.key])
        : e.operator === 'Exists' ? labels && e.key in labels
          : !(labels && e.key in labels));

function references(docs) {
  const errors = [];
  const byKind = (k) => docs.filter((d) => d.kind === k);
  const names = (k) => new Set(byKind(k).map((d) => d.metadata.name));
  const deployments = byKind('Deployment');
  const selectsPods = (sel) => deployments.some((d) => matches(sel, d.spec?.template?.metadata?.labels));
  for (const s of byKind('Service')) {
    if (!selectsPods({ matchLabels: s.spec?.selector })) errors.push(`Service ${s.metadata.name}: selector matches no Deployment`);
    for (const p of s.spec?.ports ?? []) {
      if (typeof p.targetPort !== 'string') continue;
      const named = deployments.filter((d) => matches({ matchLabels: s.spec.selector }, d.spec.template.metadata.labels))
        .some((d) => d.spec.template.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)));
      if (!named) errors.push(`Service ${s.metadata.name}: targetPort "${p.targetPort}" is no container port of its pods`);
    }
  }
  for (const p of byKind('PodDisruptionBudget')) if (!selectsPods(p.spec?.selector)) errors.push(`PodDisruptionBudget ${p.metadata.name}: selector matches no Deployment`);
  for (const n of byKind('NetworkPolicy')) if (!selectsPods(n.spec?.podSelector)) errors.push(`NetworkPolicy ${n.metadata.name}: podSelector matches no Deployment`);
  const deploymentNames = names('Deployment');
  for (const h of byKind('HorizontalPodAutoscaler')) {
    if (!deploymentNames.has(h.spec?.scaleTargetRef?.name)) errors.push(`HorizontalPodAutoscaler ${h.metadata.name}: target ${h.spec?.scaleTargetRef?.name} not rendered`);
  }
  const configMaps = names('ConfigMap');
  const serviceAccounts = names('ServiceAccount');
  for (const d of deployments) {
    const pod = d.spec.template.spec;
    if (!matches(d.spec.selector, d.spec.template.metadata.labels)) errors.push(`Deployment ${d.metadata.name}: selector does not match its own pod labels`);
    if (serviceAccounts.size && pod.serviceAccountName && !serviceAccounts.has(pod.serviceAccountName)) errors.push(`Deployment ${d.metadata.name}: ServiceAccount ${pod.serviceAccountName} not rendered`);
    for (const c of pod.containers) {
      for (const e of c.envFrom ?? []) if (e.configMapRef && !configMaps.has(e.configMapRef.name)) errors.push(`Deployment ${d.metadata.name}: ConfigMap ${e.configMapRef.name} not rendered`);
    }
  }
  for (const i of byKind('Ingress')) {
    for (const r of i.spec?.rules ?? []) for (const p of r.http?.paths ?? []) {
      if (!names('Service').has(p.backend?.service?.name)) errors.push(`Ingress ${i.metadata.name}: backend ${p.backend?.service?.name} not rendered`);
    }
  }
  return errors;
}

// ---- --policy: the platform's hardening ------------------------------------------
function hardening(docs) {
  const errors = [];
  for (const sa of docs.filter((d) => d.kind === 'ServiceAccount')) {
    if (sa.automountServiceAccountToken !== false) errors.push(`ServiceAccount ${sa.metadata.name}: automountServiceAccountToken must be false`);
  }
  for (const d of docs.filter((x) => x.kind === 'Deployment')) {
    const n = `Deployment ${d.metadata.name}`;
    const pod = d.spec.template.spec;
    const psc = pod.securityContext ?? {};
    if (pod.automountServiceAccountToken !== false) errors.push(`${n}: automountServiceAccountToken must be false`);
    if (!pod.serviceAccountName || pod.serviceAccountName === 'default') errors.push(`${n}: needs its own ServiceAccount`);
    if (psc.runAsNonRoot !== true || psc.runAsUser !== 10001) errors.push(`${n}: pod must run as non-root uid 10001`);
    if (psc.seccompProfile?.type !== 'RuntimeDefault') errors.push(`${n}: pod seccompProfile must be RuntimeDefault`);
    const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    for (const c of pod.containers) {
      const cn = `${n} container ${c.name}`;
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) errors.push(`${cn}: readOnlyRootFilesystem must be true`);
      if (sc.allowPrivilegeEscalation !== false) errors.push(`${cn}: allowPrivilegeEscalation must be false`);
      if (sc.privileged === true) errors.push(`${cn}: must not be privileged`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) errors.push(`${cn}: must drop ALL capabilities`);
      if ((sc.capabilities?.add ?? []).length) errors.push(`${cn}: must add no capability`);
      if (!(c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp' && emptyDirs.has(m.name))) errors.push(`${cn}: /tmp must be an emptyDir (read-only root)`);
      if (c.livenessProbe && c.livenessProbe.httpGet?.path !== '/actuator/health/liveness') errors.push(`${cn}: liveness probe must use /actuator/health/liveness`);
      if (c.readinessProbe && c.readinessProbe.httpGet?.path !== '/actuator/health/readiness') errors.push(`${cn}: readiness probe must use /actuator/health/readiness`);
      if (!c.livenessProbe || !c.readinessProbe) errors.push(`${cn}: liveness and readiness probes are required`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory) errors.push(`${cn}: cpu/memory requests and a memory limit are required`);
      // A missing credential (credit's subject key, the SMS keys and salt, ...) must keep the
      // container from starting, not let it start on the service's local-development default.
      for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef?.optional === true) errors.push(`${cn}: ${e.name} must not come from an optional Secret key`);
      for (const e of c.envFrom ?? []) if (e.secretRef?.optional === true) errors.push(`${cn}: Secret ${e.secretRef.name} must not be optional`);
      if (!/(@sha256:[0-9a-f]{64}|:[\w][\w.-]{0,127})$/.test(c.image) || /:latest$/.test(c.image)) errors.push(`${cn}: image needs a pinned tag or digest (${c.image})`);
    }
  }
  return errors;
}

// ---- main -------------------------------------------------------------------------
let failures = 0;
for (const file of files) {
  const docs = [];
  const errors = [];
  for (const d of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
    if (d.errors.length) errors.push(...d.errors.map((e) => `YAML: ${e.message}`));
    const o = d.toJS();
    if (o !== null && o !== undefined) docs.push(o);
  }
  const seen = new Set();
  for (const doc of docs) {
    const id = `${doc.kind} ${doc.metadata?.namespace ?? ''}/${doc.metadata?.name}`;
    if (seen.has(id)) errors.push(`${id}: rendered twice`);
    seen.add(id);
    for (const e of validateObject(doc)) errors.push(`${id}: ${e}`);
  }
  errors.push(...references(docs));
  if (policy) errors.push(...hardening(docs));
  if (!docs.length) errors.push('no object rendered');
  const kinds = {};
  for (const d of docs) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  if (errors.length) {
    failures += errors.length;
    console.log(`${path.basename(file)}: ${errors.length} problem(s)`);
    for (const e of errors) console.log(`  ${e}`);
  } else {
    console.log(`${path.basename(file)}: ${docs.length} objects valid (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`);
  }
}
process.exit(failures ? 1 : 0);
