{{/*
Names, labels and the platform's fixed facts (the service list and who calls whom).
Every per-service template receives a context built by "gov-platform.ctx":
  (dict "root" $ "name" "<service>")
*/}}

{{/* The six services, in start-up order of their dependencies. */}}
{{- define "gov-platform.services" -}}
gateway identity intake certificates credit notifications
{{- end -}}

{{/*
Who calls whom over HTTP (a fact of the code, not a setting): the callee's URI
is given to the caller as <CALLEE>_URI, and the NetworkPolicies allow exactly
these edges. Keep in step with k8s/base and charts/gov-platform/README.md.
*/}}
{{- define "gov-platform.calls" -}}
gateway: [identity, intake, certificates, credit, notifications]
identity: []
intake: [identity, credit, certificates]
certificates: [identity]
credit: [identity, intake]
notifications: [identity]
{{- end -}}

{{/* The callers of a service: (dict "root" $ "name" "<service>") -> list */}}
{{- define "gov-platform.callersOf" -}}
{{- $calls := include "gov-platform.calls" . | fromYaml -}}
{{- $callers := list -}}
{{- range $caller := splitList " " (include "gov-platform.services" .) -}}
{{- if has $.name (get $calls $caller) -}}
{{- $callers = append $callers $caller -}}
{{- end -}}
{{- end -}}
{{- toJson $callers -}}
{{- end -}}

{{- define "gov-platform.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Prefix of every resource name (helm create convention). */}}
{{- define "gov-platform.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of a service's objects: (dict "root" $ "name" "<service>") */}}
{{- define "gov-platform.serviceName" -}}
{{- printf "%s-%s" (include "gov-platform.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "gov-platform.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every object; pass the root context. */}}
{{- define "gov-platform.labels" -}}
helm.sh/chart: {{ include "gov-platform.chart" . }}
app.kubernetes.io/name: {{ include "gov-platform.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: gov-platform
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Labels of a service's objects: (dict "root" $ "name" "<service>") */}}
{{- define "gov-platform.serviceLabels" -}}
{{ include "gov-platform.labels" .root }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* Immutable selector labels of a service's pods. */}}
{{- define "gov-platform.selectorLabels" -}}
app.kubernetes.io/name: {{ include "gov-platform.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* metadata.annotations block content, empty when there are none. */}}
{{- define "gov-platform.annotations" -}}
{{- with .Values.commonAnnotations }}
{{- toYaml . }}
{{- end }}
{{- end -}}

{{/* Image reference: registry/repository:tag or @digest. */}}
{{- define "gov-platform.image" -}}
{{- $svc := index .root.Values .name -}}
{{- $registry := default .root.Values.global.imageRegistry $svc.image.registry -}}
{{- $ref := $svc.image.repository -}}
{{- if $registry }}{{ $ref = printf "%s/%s" $registry $ref }}{{ end -}}
{{- if $svc.image.digest -}}
{{- printf "%s@%s" $ref $svc.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (default .root.Chart.AppVersion $svc.image.tag) -}}
{{- end -}}
{{- end -}}

{{/* Name of the Secret holding a service's credentials. */}}
{{- define "gov-platform.secretName" -}}
{{- $svc := index .root.Values .name -}}
{{- default (include "gov-platform.serviceName" .) $svc.existingSecret -}}
{{- end -}}

{{/* Name of the Secret holding the Redis password. */}}
{{- define "gov-platform.redisSecretName" -}}
{{- default (printf "%s-redis" (include "gov-platform.fullname" .)) .Values.redis.auth.existingSecret -}}
{{- end -}}

{{- define "gov-platform.redisSecretKey" -}}
{{- if .Values.redis.auth.existingSecret -}}
{{- .Values.redis.auth.existingSecretPasswordKey -}}
{{- else -}}
redis-password
{{- end -}}
{{- end -}}

{{/* True ("true") for the services that own a MongoDB database (all but the gateway). */}}
{{- define "gov-platform.usesMongo" -}}
{{- if ne .name "gateway" }}true{{ end -}}
{{- end -}}

{{/* MONGODB_URI built from values (only for chart-created Secrets). */}}
{{- define "gov-platform.mongodbUri" -}}
{{- $m := .root.Values.mongodb -}}
{{- $svc := index .root.Values .name -}}
{{- $cred := "" -}}
{{- if $m.auth.enabled -}}
{{- $cred = printf "%s:%s@" (urlquery $svc.mongodb.username) (urlquery $svc.mongodb.password) -}}
{{- end -}}
{{- $query := list -}}
{{- if $m.replicaSet }}{{ $query = append $query (printf "replicaSet=%s" $m.replicaSet) }}{{ end -}}
{{- if $m.options }}{{ $query = append $query $m.options }}{{ end -}}
{{- printf "mongodb://%s%s/%s" $cred (join "," $m.hosts) $svc.mongodb.database -}}
{{- if $query }}?{{ join "&" $query }}{{ end -}}
{{- end -}}

{{/* JWKS URL, defaulting to the realm's standard certs endpoint. */}}
{{- define "gov-platform.jwkSetUri" -}}
{{- default (printf "%s/protocol/openid-connect/certs" (trimSuffix "/" .Values.keycloak.issuer)) .Values.keycloak.jwkSetUri -}}
{{- end -}}

{{/* Keycloak base URL for identity's admin client: keycloak.adminUrl, or the issuer without "/realms/<realm>". */}}
{{- define "gov-platform.keycloakAdminUrl" -}}
{{- if .Values.keycloak.adminUrl -}}
{{- trimSuffix "/" .Values.keycloak.adminUrl -}}
{{- else -}}
{{- regexReplaceAll "/realms/[^/]+/?$" (trimSuffix "/" .Values.keycloak.issuer) "" -}}
{{- end -}}
{{- end -}}

{{/* Realm of the issuer (".../realms/<realm>"), which identity's admin client manages. */}}
{{- define "gov-platform.keycloakRealm" -}}
{{- regexReplaceAll "^.*/realms/([^/]+)/?$" (trimSuffix "/" .Values.keycloak.issuer) "${1}" -}}
{{- end -}}

{{/*
Refuse values that the schema cannot express (cross-field rules), with a message
that names the value to set. Included by every per-service template (the first failure wins).
*/}}
{{- define "gov-platform.validateValues" -}}
{{- $root := . -}}
{{- range $name := splitList " " (include "gov-platform.services" .) -}}
{{- $svc := index $root.Values $name -}}
{{- if not $svc.existingSecret -}}
{{- if not $svc.oidc.clientSecret -}}
{{- fail (printf "%s: set %s.existingSecret (a Secret with key oidc-client-secret) or %s.oidc.clientSecret" $name $name $name) -}}
{{- end -}}
{{- if and (ne $name "gateway") $root.Values.mongodb.auth.enabled (not $svc.mongodb.password) -}}
{{- fail (printf "%s: set %s.existingSecret (a Secret with key mongodb-uri) or %s.mongodb.password (or mongodb.auth.enabled=false)" $name $name $name) -}}
{{- end -}}
{{- if and (eq $name "identity") (not $svc.dataProtectionKey) -}}
{{- fail "identity: set identity.existingSecret (a Secret with key identity-data-key) or identity.dataProtectionKey (base64 of a 32-byte key, e.g. from `openssl rand -base64 32`); the service would otherwise encrypt identity numbers and phones with its public local-development key" -}}
{{- end -}}
{{- if and (eq $name "credit") (not $svc.subjectKey) -}}
{{- fail "credit: set credit.existingSecret (a Secret with key credit-subject-key) or credit.subjectKey (32 or more random characters, e.g. from `openssl rand -base64 32`, the same on every instance and never changed); the service would otherwise key natural persons' list entries with its public local-development key" -}}
{{- end -}}
{{- if and (eq $name "intake") (not $svc.followUpKey) -}}
{{- fail "intake: set intake.existingSecret (a Secret with key intake-follow-up-key) or intake.followUpKey (32 or more random characters, e.g. from `openssl rand -base64 32`, the same on every instance and never changed); the service would otherwise seal ID-number suffixes with its public local-development key" -}}
{{- end -}}
{{- if and (eq $name "intake") (not $svc.hotlineKey) -}}
{{- fail "intake: set intake.existingSecret (a Secret with key intake-hotline-key) or intake.hotlineKey (32 or more random characters, e.g. from `openssl rand -base64 32`, the same on every instance and never changed); the service would otherwise hash and seal 12345 callers' phone numbers with its public local-development key" -}}
{{- end -}}
{{- if and (eq $name "intake") $svc.payments $svc.payments.providerUrl (not $svc.payments.providerSecret) -}}
{{- fail "intake: with intake.payments.providerUrl set intake.existingSecret (a Secret with key payment-provider-secret) or intake.payments.providerSecret (the bank's callback secret); the service would otherwise refuse to start, since no callback could be verified" -}}
{{- end -}}
{{- if eq $name "notifications" -}}
{{- $missing := list -}}
{{- range $path := list "smsProviders.a.apiKey" "smsProviders.b.apiKey" "smsProviders.a.receiptSecret" "smsProviders.b.receiptSecret" "numberSalt" "senderKey" -}}
{{- $value := $svc -}}
{{- range $part := splitList "." $path }}{{ $value = get $value $part }}{{ end -}}
{{- if not $value }}{{ $missing = append $missing (printf "notifications.%s" $path) }}{{ end -}}
{{- end -}}
{{- if $missing -}}
{{- fail (printf "notifications: set notifications.existingSecret (a Secret with keys sms-provider-a-api-key, sms-provider-b-api-key, sms-provider-a-receipt-secret, sms-provider-b-receipt-secret, sms-number-salt, sms-sender-key) or %s; the service would otherwise fall back to its public local-development credentials" (join ", " $missing)) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if and $svc.autoscaling.enabled (lt (int $svc.autoscaling.maxReplicas) (int $svc.autoscaling.minReplicas)) -}}
{{- fail (printf "%s.autoscaling: maxReplicas (%v) is below minReplicas (%v)" $name $svc.autoscaling.maxReplicas $svc.autoscaling.minReplicas) -}}
{{- end -}}
{{- if and $svc.autoscaling.enabled (not $svc.autoscaling.targetCPUUtilizationPercentage) (not $svc.autoscaling.targetMemoryUtilizationPercentage) -}}
{{- fail (printf "%s.autoscaling: set targetCPUUtilizationPercentage or targetMemoryUtilizationPercentage" $name) -}}
{{- end -}}
{{- if and $svc.pdb.create (eq (toString $svc.pdb.minAvailable) "") (eq (toString $svc.pdb.maxUnavailable) "") -}}
{{- fail (printf "%s.pdb: set minAvailable or maxUnavailable (or pdb.create=false)" $name) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.redis.auth.enabled (not .Values.redis.auth.existingSecret) (not .Values.redis.auth.password) -}}
{{- fail "redis: set redis.auth.existingSecret or redis.auth.password (or redis.auth.enabled=false)" -}}
{{- end -}}
{{- if and .Values.redis.sentinel.enabled (not .Values.redis.sentinel.nodes) -}}
{{- fail "redis.sentinel.enabled: list the Sentinels in redis.sentinel.nodes" -}}
{{- end -}}
{{- end -}}

{{- define "gov-platform.commonConfigName" -}}
{{- printf "%s-common" (include "gov-platform.fullname" .) -}}
{{- end -}}

{{/* Non-secret environment shared by every service; pass the root context. */}}
{{- define "gov-platform.commonConfigData" -}}
LOG_FORMAT: {{ .Values.config.logFormat | quote }}
JAVA_TOOL_OPTIONS: {{ .Values.config.javaToolOptions | quote }}
MALLOC_ARENA_MAX: {{ .Values.config.mallocArenaMax | quote }}
REDIS_HOST: {{ .Values.redis.host | quote }}
REDIS_PORT: {{ .Values.redis.port | quote }}
{{- if .Values.redis.sentinel.enabled }}
SPRING_DATA_REDIS_SENTINEL_MASTER: {{ .Values.redis.sentinel.masterSet | quote }}
SPRING_DATA_REDIS_SENTINEL_NODES: {{ join "," .Values.redis.sentinel.nodes | quote }}
{{- end }}
OIDC_ISSUER: {{ .Values.keycloak.issuer | quote }}
OIDC_JWK_SET_URI: {{ include "gov-platform.jwkSetUri" . | quote }}
{{- end -}}

{{/* Labels of the objects shared by several services. */}}
{{- define "gov-platform.sharedLabels" -}}
{{ include "gov-platform.labels" . }}
app.kubernetes.io/component: shared
{{- end -}}

{{/* Selects the pods of every service of this release. */}}
{{- define "gov-platform.allPodsSelector" -}}
matchLabels:
  app.kubernetes.io/name: {{ include "gov-platform.name" . }}
  app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* A NetworkPolicy "to" list from cidrs + peers; empty output means "any destination". */}}
{{- define "gov-platform.egressPeers" -}}
{{- range .cidrs }}
- ipBlock:
    cidr: {{ . }}
{{- end }}
{{- with .peers }}
{{ toYaml . }}
{{- end }}
{{- end -}}
