#!/usr/bin/env node
// Checks the services' Dockerfile (one, at the repository root) without a Docker engine.
//
//   node dockerfiles.mjs REPO_ROOT
//
//   - dockerfile-utils' linter (the one behind the VS Code Docker extension)
//     reports no error and no warning;
//   - no per-service Dockerfile (<service>/Dockerfile) is left beside it;
//   - the build args SERVICE and PORT are declared without defaults, and redeclared
//     in every stage that uses them (an undeclared ARG silently expands to "");
//   - the build stage validates SERVICE and PORT before building: its table
//     ("<service>) port=<port> ;;") lists exactly the chart's services with their
//     containerPort, and the validation step, run with sh, accepts every chart
//     service with its port and refuses, with a message, an unknown or empty
//     SERVICE and a wrong or empty PORT;
//   - it builds the selected module (mvn -pl ${SERVICE} -am), extracts the jar's
//     layers, EXPOSEs and sets PORT from the build arg, runs as 10001:10001 on
//     eclipse-temurin:21-jre, builds on a Maven image on eclipse-temurin 21, and the
//     runtime stage copies from the build stage (so the validation always runs);
//   - .dockerignore keeps build output and tooling out of the context.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
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

// The chart's services are the top-level values with a containerPort.
const chartPorts = new Map(
  Object.entries(values)
    .filter(([, v]) => v && typeof v === 'object' && 'containerPort' in v)
    .map(([k, v]) => [k, Number(v.containerPort)]),
);
const listed = [...chartPorts.keys()];
if (listed.join() !== services.join()) {
  problems.push(`values.yaml: services with a containerPort are [${listed}], expected [${services}]`);
}

for (const s of services) {
  if (fs.existsSync(path.join(root, s, 'Dockerfile'))) {
    problems.push(`${s}/Dockerfile: per-service Dockerfiles are replaced by the root Dockerfile; delete it`);
  }
}

// Split a Dockerfile into instructions: comments dropped, "\"-continued lines joined
// (as Docker does: the backslash and newline are removed), stages numbered by FROM.
function instructions(text) {
  const out = [];
  let current = null;
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/\r$/, '');
    if (current === null) {
      if (/^\s*(#|$)/.test(line)) return;
      current = { line: n + 1, text: '' };
    } else if (/^\s*#/.test(line)) return; // comment inside a continuation
    if (/\\\s*$/.test(line)) {
      current.text += line.replace(/\\\s*$/, '');
      return;
    }
    current.text += line;
    out.push(current);
    current = null;
  });
  if (current) out.push(current);
  let stage = -1;
  return out.map((i) => {
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(i.text);
    const keyword = m[1].toUpperCase();
    if (keyword === 'FROM') stage += 1;
    return { ...i, keyword, args: m[2].trim(), stage };
  });
}

const file = path.join(root, 'Dockerfile');
if (!fs.existsSync(file)) {
  problems.push('Dockerfile: missing (the services are built by one Dockerfile at the repository root)');
} else {
  const text = fs.readFileSync(file, 'utf8');
  for (const d of validate(text)) {
    problems.push(`Dockerfile:${d.range.start.line + 1}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`);
  }
  const ins = instructions(text);
  const froms = ins.filter((i) => i.keyword === 'FROM');

  // Build args: global, without defaults, and redeclared in each stage that uses them.
  for (const name of ['SERVICE', 'PORT']) {
    const global = ins.filter((i) => i.stage === -1 && i.keyword === 'ARG' && i.args.split('=')[0] === name);
    if (!global.length) problems.push(`Dockerfile: expected a global "ARG ${name}" before the first FROM`);
    else if (global.some((i) => i.args.includes('='))) problems.push(`Dockerfile:${global[0].line}: ARG ${name} must have no default (an image is built for a named service)`);
    const ref = new RegExp(`\\$\\{?${name}\\b`);
    for (let st = 0; st < froms.length; st++) {
      const inStage = ins.filter((i) => i.stage === st);
      const use = inStage.find((i) => i.keyword !== 'ARG' && i.keyword !== 'FROM' && ref.test(i.args));
      if (!use) continue;
      const decl = inStage.find((i) => i.keyword === 'ARG' && i.args.split('=')[0] === name);
      if (!decl || decl.line > use.line) problems.push(`Dockerfile:${use.line}: ${use.keyword} uses ${name} but stage ${st} ("${froms[st].args}") declares no "ARG ${name}" before it`);
    }
  }

  const expect = [
    [/^ARG RUNTIME_IMAGE=eclipse-temurin:21-jre$/m, 'runtime eclipse-temurin:21-jre'],
    [/^ARG MAVEN_IMAGE=maven:[\d.]+-eclipse-temurin-21$/m, 'build on maven:<version>-eclipse-temurin-21'],
    [/^FROM \$\{MAVEN_IMAGE\} AS build$/m, 'FROM ${MAVEN_IMAGE} AS build'],
    [/^FROM \$\{RUNTIME_IMAGE\}$/m, 'FROM ${RUNTIME_IMAGE} (the last stage)'],
    [/--mount=type=cache,target=\/root\/\.m2\b/, 'a cache mount for ~/.m2'],
    [/ -pl "?\$\{SERVICE\}"? -am\b/, 'mvn -pl ${SERVICE} -am'],
    [/-Djarmode=tools -jar "?\$\{SERVICE\}\/target\/\$\{SERVICE\}"?-\*\.jar"? extract --layers --launcher --destination \/layers/, 'layered extraction of ${SERVICE}/target/${SERVICE}-*.jar'],
    [/^EXPOSE \$\{PORT\}$/m, 'EXPOSE ${PORT}'],
    [/^ENV PORT=\$\{PORT\}(\s|$)/m, 'ENV PORT=${PORT}'],
    [/useradd --system --uid 10001 --gid 10001\b/, 'user app with uid/gid 10001'],
    [/^USER 10001:10001$/m, 'USER 10001:10001'],
    [/^ENTRYPOINT \["java", "org\.springframework\.boot\.loader\.launch\.JarLauncher"\]$/m, 'exec-form JarLauncher entrypoint'],
  ];
  for (const [re, what] of expect) if (!re.test(text)) problems.push(`Dockerfile: expected ${what}`);
  if (froms.length !== 2) problems.push(`Dockerfile: expected two stages (build, runtime), found ${froms.length}`);
  const last = froms.length - 1;
  for (const layer of ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application']) {
    if (!ins.some((i) => i.stage === last && i.keyword === 'COPY' && i.args === `--from=build /layers/${layer}/ ./`)) {
      problems.push(`Dockerfile: the runtime stage should COPY --from=build /layers/${layer}/ ./`);
    }
  }
  const userAt = ins.findIndex((i) => i.keyword === 'USER');
  if (userAt >= 0 && ins.slice(userAt + 1).some((i) => i.keyword === 'RUN' || i.keyword === 'USER')) {
    problems.push('Dockerfile: USER 10001:10001 should be the last user change, after every RUN');
  }

  // The validation step: the first RUN of the build stage, before the Maven build.
  const buildRuns = ins.filter((i) => i.stage === 0 && i.keyword === 'RUN');
  const check = buildRuns.find((i) => /case "\$\{SERVICE:-\}" in/.test(i.args));
  const mvn = buildRuns.find((i) => /\bmvn\b/.test(i.args));
  if (!check) {
    problems.push('Dockerfile: the build stage should validate SERVICE with a RUN step (case "${SERVICE:-}" in <service>) port=<port> ;; ... esac)');
  } else {
    if (mvn && check.line > mvn.line) problems.push(`Dockerfile:${check.line}: validate SERVICE and PORT before the Maven build (line ${mvn.line})`);
    const table = new Map([...check.args.matchAll(/\b([a-z][a-z0-9-]*)\) port=(\d+) ;;/g)].map((m) => [m[1], Number(m[2])]));
    for (const [s, p] of chartPorts) {
      if (!table.has(s)) problems.push(`Dockerfile:${check.line}: SERVICE=${s} (in the chart) is not accepted`);
      else if (table.get(s) !== p) problems.push(`Dockerfile:${check.line}: ${s} is accepted with PORT=${table.get(s)}, the chart's ${s}.containerPort is ${p}`);
    }
    for (const s of table.keys()) if (!chartPorts.has(s)) problems.push(`Dockerfile:${check.line}: SERVICE=${s} is accepted but is not a service of the chart`);

    // Run the step itself, as the build would (sh -c, build args in the environment).
    const run = (service, port) => {
      const env = { PATH: process.env.PATH };
      if (service !== undefined) env.SERVICE = service;
      if (port !== undefined) env.PORT = port;
      const r = spawnSync('/bin/sh', ['-c', check.args], { env, encoding: 'utf8' });
      return { status: r.status, stderr: (r.stderr || '').trim() };
    };
    const ports = [...chartPorts.values()];
    for (const [s, p] of chartPorts) {
      const ok = run(s, String(p));
      if (ok.status !== 0) problems.push(`Dockerfile:${check.line}: SERVICE=${s} PORT=${p} is refused: ${ok.stderr}`);
      const other = String(ports.find((q) => q !== p) ?? p + 1);
      for (const [port, why] of [[other, `another service's port ${other}`], ['', 'an empty PORT'], [undefined, 'no PORT']]) {
        const bad = run(s, port);
        if (bad.status === 0) problems.push(`Dockerfile:${check.line}: SERVICE=${s} with ${why} is accepted`);
        else if (!/PORT/.test(bad.stderr) || !bad.stderr.includes(String(p))) problems.push(`Dockerfile:${check.line}: SERVICE=${s} with ${why}: the message should name PORT and ${p}, got "${bad.stderr}"`);
      }
    }
    for (const [service, why] of [['platform', 'an unknown SERVICE'], ['Gateway', 'a mistyped SERVICE'], ['', 'an empty SERVICE'], [undefined, 'no SERVICE']]) {
      const bad = run(service, '8080');
      if (bad.status === 0) problems.push(`Dockerfile:${check.line}: ${why} is accepted`);
      else if (!/SERVICE/.test(bad.stderr) || !services.every((s) => bad.stderr.includes(s))) problems.push(`Dockerfile:${check.line}: ${why}: the message should name SERVICE and list the services, got "${bad.stderr}"`);
    }
  }
}

const ignore = path.join(root, '.dockerignore');
if (!fs.existsSync(ignore)) problems.push('.dockerignore: missing');
else {
  const lines = fs.readFileSync(ignore, 'utf8').split('\n').map((l) => l.trim());
  for (const needed of ['**/target', '.git', '.platform']) if (!lines.includes(needed)) problems.push(`.dockerignore: should exclude ${needed}`);
}

for (const p of problems) console.log(p);
if (!problems.length) console.log(`Dockerfile lints clean and accepts exactly the chart's ${services.length} services and ports`);
process.exit(problems.length ? 1 : 0);
