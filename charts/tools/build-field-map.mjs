#!/usr/bin/env node
// Builds { "<ModelName>": { "<jsonField>": "<type>" } } from the generated models
// of @kubernetes/client-node (dist/gen/models/*.js, OpenAPI v1.33.0), so that
// validate.mjs can refuse fields Kubernetes does not know (the OpenAPI schemas
// allow any extra property, which lets a mis-indented key pass unnoticed).
//
//   node build-field-map.mjs <models-dir> > k8s-fields-v1.33.json
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: build-field-map.mjs <dist/gen/models dir>');
  process.exit(2);
}
const map = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const m = text.match(/^(\w+)\.attributeTypeMap = (\[[\s\S]*?\n\]);/m);
  if (!m) continue;
  const fields = {};
  for (const a of JSON.parse(m[2])) fields[a.baseName] = a.type;
  map[m[1]] = fields;
}
const count = Object.keys(map).length;
if (count < 500 || !map.V1PodSpec || !map.V1Deployment) {
  console.error(`only ${count} models found in ${dir}: not the expected package layout`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(map));
console.error(`${count} Kubernetes types`);
