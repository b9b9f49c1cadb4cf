#!/usr/bin/env node
// Compares what the chart renders with what kustomize renders, object by object.
//
//   node consistency.mjs [--ignore-namespace] HELM.yaml KUSTOMIZE.yaml
//
// Both sides must hold the same objects (kind, namespace, name) with the same
// content after removing what only one tool adds:
//   - labels helm.sh/chart and app.kubernetes.io/managed-by (object and pod template);
//   - pod template annotations checksum/* (kustomize rolls pods by name hashes);
//   - the hash suffix kustomize appends to generated ConfigMaps and Secrets
//     (and to every reference to them);
//   - on Secrets, everything but type and data (generated Secrets carry no labels).
// So ports, env names and sources, probes, security contexts, resources,
// selectors, NetworkPolicy rules, HPA and PDB settings must all agree.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const tools = process.env.GOV_PLATFORM_TOOLS;
if (!tools) {
  console.error('GOV_PLATFORM_TOOLS is not set: run charts/check.sh');
  process.exit(2);
}
const require = createRequire(path.join(tools, 'node', 'package.json'));
const YAML = require('yaml');

const args = process.argv.slice(2);
const ignoreNamespace = args.includes('--ignore-namespace');
const [helmFile, kustomizeFile] = args.filter((a) => !a.startsWith('--'));
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const load = (f) => YAML.parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()).filter(Boolean);

// kustomize's name hash: 10 characters from its consonant-and-digit alphabet.
const HASHED = /^(.+)-[bcdfghjklmnpqrstvwxz2456789]{10}$/;
function unhash(docs) {
  const renames = new Map();
  for (const d of docs) {
    if (!['ConfigMap', 'Secret'].includes(d.kind)) continue;
    const m = d.metadata.name.match(HASHED);
    if (m) renames.set(d.metadata.name, m[1]);
  }
  const replace = (v) => {
    if (typeof v === 'string') return renames.get(v) ?? v;
    if (Array.isArray(v)) return v.map(replace);
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x)]));
    return v;
  };
  return docs.map(replace);
}

function normalize(doc) {
  const d = structuredClone(doc);
  const stripLabels = (meta) => {
    if (!meta) return;
    for (const l of ['helm.sh/chart', 'app.kubernetes.io/managed-by']) delete meta.labels?.[l];
    for (const a of Object.keys(meta.annotations ?? {})) if (a.startsWith('checksum/')) delete meta.annotations[a];
    if (meta.labels && !Object.keys(meta.labels).length) delete meta.labels;
    if (meta.annotations && !Object.keys(meta.annotations).length) delete meta.annotations;
  };
  stripLabels(d.metadata);
  stripLabels(d.spec?.template?.metadata);
  if (ignoreNamespace) delete d.metadata.namespace;
  if (d.kind === 'Secret') {
    return { kind: d.kind, metadata: { name: d.metadata.name, namespace: d.metadata.namespace }, type: d.type ?? 'Opaque', data: d.data ?? {} };
  }
  return d;
}

function diff(a, b, at, out) {
  if (out.length >= 15) return;
  if (isDeepStrictEqual(a, b)) return;
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], `${at}.${k}`, out);
  } else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => diff(x, b[i], `${at}[${i}]`, out));
  } else {
    out.push(`${at}: chart ${JSON.stringify(a)} != kustomize ${JSON.stringify(b)}`);
  }
}

const index = (docs) => new Map(docs.map(normalize).map((d) => [`${d.kind} ${d.metadata.namespace ?? ''}/${d.metadata.name}`, d]));
const helm = index(load(helmFile));
const kustomize = index(unhash(load(kustomizeFile)));
const problems = [];
for (const id of helm.keys()) if (!kustomize.has(id)) problems.push(`${id}: rendered by the chart only`);
for (const id of kustomize.keys()) if (!helm.has(id)) problems.push(`${id}: rendered by kustomize only`);
for (const [id, h] of helm) {
  const k = kustomize.get(id);
  if (!k) continue;
  const out = [];
  diff(h, k, '', out);
  for (const o of out) problems.push(`${id}: ${o}`);
}
if (problems.length) {
  for (const p of problems) console.log(p);
  process.exit(1);
}
console.log(`${helm.size} objects identical in ${path.basename(helmFile)} and ${path.basename(kustomizeFile)}`);
