#!/usr/bin/env node
// Checks of the chart's values, beside what Helm itself does.
//
//   node values-check.mjs CHART_DIR           values.schema.json compiles under ajv's
//        strict mode (catches misspelt schema keywords, which every validator would
//        silently ignore), values.yaml is valid against it, and so is values.yaml
//        merged with each ci/*.yaml (a second opinion next to Helm's validator).
//   node values-check.mjs --params CHART_DIR  every value in values.yaml has a
//        "## @param <path>" line (itself or an enclosing object), and every
//        "## @param" names a value that exists and has a row in README.md's tables.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const tools = process.env.GOV_PLATFORM_TOOLS;
if (!tools) {
  console.error('GOV_PLATFORM_TOOLS is not set: run charts/check.sh');
  process.exit(2);
}
const require = createRequire(path.join(tools, 'node', 'package.json'));
const YAML = require('yaml');

const args = process.argv.slice(2);
const chart = args.find((a) => !a.startsWith('--'));
const values = YAML.parse(fs.readFileSync(path.join(chart, 'values.yaml'), 'utf8'));
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const problems = [];

if (args.includes('--params')) {
  const text = fs.readFileSync(path.join(chart, 'values.yaml'), 'utf8');
  const params = new Set([...text.matchAll(/^\s*## @param ([\w.-]+) \S/gm)].map((m) => m[1]));
  const paths = new Set();
  const leaves = [];
  (function walk(v, at) {
    if (at) paths.add(at);
    if (isObject(v) && Object.keys(v).length) {
      for (const [k, child] of Object.entries(v)) walk(child, at ? `${at}.${k}` : k);
    } else leaves.push(at);
  })(values, '');
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    const documented = parts.some((_, i) => params.has(parts.slice(0, i + 1).join('.')));
    if (!documented) problems.push(`${leaf}: no "## @param" line documents it`);
  }
  for (const p of params) if (!paths.has(p)) problems.push(`## @param ${p}: no such value in values.yaml`);
  const readme = fs.readFileSync(path.join(chart, 'README.md'), 'utf8');
  for (const p of params) if (!readme.includes(`| \`${p}\` |`)) problems.push(`README.md: parameter ${p} missing from the tables`);
  if (!problems.length) console.log(`${leaves.length} values, ${params.size} @param lines, all documented`);
} else {
  const Ajv2020 = require('ajv/dist/2020').default;
  const addFormats = require('ajv-formats');
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(path.join(chart, 'values.schema.json'), 'utf8'));
  let validate;
  try {
    validate = ajv.compile(schema);
  } catch (e) {
    console.log(`values.schema.json does not compile: ${e.message}`);
    process.exit(1);
  }
  // Helm's merge: maps merge key by key, anything else replaces, null removes.
  const merge = (base, over) => {
    if (!isObject(base) || !isObject(over)) return over;
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
      if (v === null) delete out[k];
      else out[k] = merge(base[k], v);
    }
    return out;
  };
  const check = (name, data) => {
    if (validate(data)) return console.log(`${name}: valid`);
    for (const e of validate.errors) problems.push(`${name}: ${e.instancePath || '/'} ${e.message}`);
  };
  check('values.yaml', values);
  const ci = path.join(chart, 'ci');
  for (const f of fs.readdirSync(ci).filter((f) => f.endsWith('.yaml')).sort()) {
    check(`values.yaml + ci/${f}`, merge(values, YAML.parse(fs.readFileSync(path.join(ci, f), 'utf8'))));
  }
  const bad = path.join(chart, 'test-bad-values');
  for (const f of fs.existsSync(bad) ? fs.readdirSync(bad).filter((f) => f.endsWith('.yaml')).sort() : []) {
    const data = merge(values, YAML.parse(fs.readFileSync(path.join(bad, f), 'utf8')));
    if (validate(data)) problems.push(`test-bad-values/${f}: ajv accepts it, but it must be refused`);
    else console.log(`test-bad-values/${f}: refused by ajv too (${validate.errors.length} errors)`);
  }
}
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
