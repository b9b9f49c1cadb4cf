#!/usr/bin/env node
// Compares what the chart renders with what kustomize renders, object by object.
//
//   node consistency.mjs [--ignore-namespace] HELM.yaml KUSTOMIZE.yaml
//
// k8s/ is rendered from the chart (charts/render-k8s.sh), its overlays and components
// as patches; this checks that kustomize, applying them, gives back exactly what the
// chart renders. Both sides must hold the same objects (kind, namespace, name) with
// the same content, except for the labels that name the tool: helm.sh/chart and
// app.kubernetes.io/managed-by (object and pod template). So ports, env names and
// sources, probes, security contexts, resources, selectors, Secrets, checksum
// annotations, NetworkPolicy rules, HPA and PDB settings must all agree.
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

function normalize(doc) {
  const d = structuredClone(doc);
  const stripLabels = (meta) => {
    if (!meta) return;
    for (const l of ['helm.sh/chart', 'app.kubernetes.io/managed-by']) delete meta.labels?.[l];
    if (meta.labels && !Object.keys(meta.labels).length) delete meta.labels;
  };
  stripLabels(d.metadata);
  stripLabels(d.spec?.template?.metadata);
  if (ignoreNamespace) delete d.metadata.namespace;
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
const kustomize = index(load(kustomizeFile));
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
