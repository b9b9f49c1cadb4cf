#!/usr/bin/env node
// Checks the service Dockerfiles without a Docker engine.
//
//   node dockerfiles.mjs REPO_ROOT
//
//   - dockerfile-utils' linter (the one behind the VS Code Docker extension)
//     reports no error and no warning;
//   - the six files are identical once the module name and port are replaced by
//     placeholders, so a fix made in one cannot be forgotten in the others;
//   - each builds its own module, EXPOSEs and sets PORT to the chart's
//     containerPort, runs as 10001:10001 on eclipse-temurin:21-jre, builds on a
//     Maven image on eclipse-temurin 21;
//   - .dockerignore keeps build output and tooling out of the context.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const tools = process.env.GOV_PLATFORM_TOOLS;
if (!tools) {
  console.error('GOV_PLATFORM_TOOLS is not set: run charts/check.sh');
  process.exit(2);
}
const require = createRequire(path.join(tools, 'node', 'package.json'));
const { validate } = require('dockerfile-utils');
const YAML = require('yaml');

const root = process.argv[2];
const values = YAML.parse(fs.readFileSync(path.join(root, 'charts/gov-platform/values.yaml'), 'utf8'));
const services = ['gateway', 'identity', 'intake', 'certificates', 'credit', 'notifications'];
const problems = [];
let template;

for (const s of services) {
  const file = path.join(root, s, 'Dockerfile');
  if (!fs.existsSync(file)) {
    problems.push(`${s}/Dockerfile: missing`);
    continue;
  }
  const text = fs.readFileSync(file, 'utf8');
  for (const d of validate(text)) {
    problems.push(`${s}/Dockerfile:${d.range.start.line + 1}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
  }
  const port = values[s].containerPort;
  const expect = [
    [new RegExp(`^EXPOSE ${port}$`, 'm'), `EXPOSE ${port}`],
    [new RegExp(`^ENV PORT=${port}\\b`, 'm'), `ENV PORT=${port}`],
    [new RegExp(`-pl ${s} -am\\b`), `mvn -pl ${s} -am`],
    [/^USER 10001:10001$/m, 'USER 10001:10001'],
    [/^ARG RUNTIME_IMAGE=eclipse-temurin:21-jre$/m, 'runtime eclipse-temurin:21-jre'],
    [/^ARG MAVEN_IMAGE=maven:[\d.]+-eclipse-temurin-21$/m, 'build on maven:<version>-eclipse-temurin-21'],
    [/^ENTRYPOINT \["java", "org\.springframework\.boot\.loader\.launch\.JarLauncher"\]$/m, 'exec-form JarLauncher entrypoint'],
  ];
  for (const [re, what] of expect) if (!re.test(text)) problems.push(`${s}/Dockerfile: expected ${what}`);
  const generic = text.replaceAll(s, '<module>').replaceAll(String(port), '<port>');
  if (template === undefined) template = { from: s, text: generic };
  else if (generic !== template.text) {
    const a = template.text.split('\n');
    const b = generic.split('\n');
    const i = a.findIndex((line, n) => line !== b[n]);
    problems.push(`${s}/Dockerfile drifts from ${template.from}/Dockerfile at line ${i + 1}: "${b[i]}" vs "${a[i]}"`);
  }
}

const ignore = path.join(root, '.dockerignore');
if (!fs.existsSync(ignore)) problems.push('.dockerignore: missing');
else {
  const lines = fs.readFileSync(ignore, 'utf8').split('\n').map((l) => l.trim());
  for (const needed of ['**/target', '.git', '.platform']) if (!lines.includes(needed)) problems.push(`.dockerignore: should exclude ${needed}`);
}

for (const p of problems) console.log(p);
if (!problems.length) console.log(`${services.length} Dockerfiles lint clean and agree`);
process.exit(problems.length ? 1 : 0);
