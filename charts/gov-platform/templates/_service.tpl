{{/*
The objects of one service. Each templates/<service>.yaml calls
  {{ include "gov-platform.service" (dict "root" $ "name" "<service>") }}
so that the six services share one definition and cannot drift apart.
*/}}
{{- define "gov-platform.service" -}}
{{- include "gov-platform.validateValues" .root -}}
{{ include "gov-platform.serviceAccount" . }}
{{ include "gov-platform.configMap" . }}
{{ include "gov-platform.secret" . }}
{{ include "gov-platform.k8sService" . }}
{{ include "gov-platform.deployment" . }}
{{ include "gov-platform.hpa" . }}
{{ include "gov-platform.pdb" . }}
{{ include "gov-platform.networkPolicy" . }}
{{- end -}}

{{/* metadata shared by every object of a service */}}
{{- define "gov-platform.serviceMetadata" -}}
name: {{ include "gov-platform.serviceName" . }}
namespace: {{ .root.Release.Namespace }}
labels:
  {{- include "gov-platform.serviceLabels" . | nindent 2 }}
{{- with include "gov-platform.annotations" .root }}
annotations:
  {{- . | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "gov-platform.serviceAccount" -}}
{{- if .root.Values.serviceAccount.create }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "gov-platform.serviceName" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "gov-platform.serviceLabels" . | nindent 4 }}
  {{- $ann := merge (deepCopy .root.Values.serviceAccount.annotations) (deepCopy .root.Values.commonAnnotations) }}
  {{- with $ann }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .root.Values.serviceAccount.automountServiceAccountToken }}
{{- end }}
{{- end -}}

{{/* Non-secret environment of one service (the shared part is in "gov-platform.commonConfigData"). */}}
{{- define "gov-platform.configData" -}}
{{- $root := .root -}}
{{- $svc := index $root.Values .name -}}
{{- $calls := include "gov-platform.calls" . | fromYaml -}}
PORT: {{ $svc.containerPort | quote }}
OIDC_CLIENT_ID: {{ $svc.oidc.clientId | quote }}
{{- range $callee := get $calls .name }}
{{ upper $callee }}_URI: {{ printf "http://%s:%v" (include "gov-platform.serviceName" (dict "root" $root "name" $callee)) (index $root.Values $callee).service.port | quote }}
{{- end }}
{{- if eq .name "gateway" }}
PORTAL_ORIGIN: {{ $svc.portalOrigin | quote }}
{{- end }}
{{- if eq .name "identity" }}
REALNAME_PROVIDER_URL: {{ $svc.realnameProvider.url | quote }}
{{- /* Local-development conveniences of identity, always off in a cluster: the built-in
real-name stub (the service answering as its own provider) and the demo records. */}}
REALNAME_DEV_STUB: "false"
IDENTITY_DEMO_DATA: "false"
KEYCLOAK_ADMIN_URL: {{ include "gov-platform.keycloakAdminUrl" $root | quote }}
KEYCLOAK_REALM: {{ include "gov-platform.keycloakRealm" $root | quote }}
{{- end }}
{{- if eq .name "intake" }}
{{- /* The public follow-up address printed as a QR code on receipts and notices. */}}
INTAKE_FOLLOW_UP_URL: {{ printf "%s/#/follow?number=" (trimSuffix "/" $root.Values.gateway.portalOrigin) | quote }}
{{- with $svc.dataSharing }}{{ if .url }}
{{- /* The data-sharing exchange for records held by other departments (CAT-3); unset: not connected. */}}
DATA_SHARING_URL: {{ .url | quote }}
{{- end }}{{ end }}
{{- with $svc.payments }}{{ if .providerUrl }}
{{- /* The bank's collection service for fees (SUP-3); unset: notices only, nothing collected. */}}
PAYMENT_PROVIDER_URL: {{ .providerUrl | quote }}
PAYMENT_CALLBACK_URL: {{ .callbackUrl | default (printf "%s/api/intake/payments/callbacks/bank" (trimSuffix "/" $root.Values.gateway.portalOrigin)) | quote }}
{{- end }}{{ end }}
{{- end }}
{{- if eq .name "certificates" }}
{{- /* The public verification address a certificate's QR code carries. */}}
CERTIFICATES_VERIFY_URL: {{ printf "%s/api/certificates/verify" (trimSuffix "/" $root.Values.gateway.portalOrigin) | quote }}
{{- end }}
{{- if eq .name "credit" }}
{{- /* Demo list entries (a local realm's demo enterprise and citizen), always off in a cluster. */}}
CREDIT_DEMO_DATA: "false"
{{- end }}
{{- if eq .name "notifications" }}
SMS_A_URL: {{ $svc.smsProviders.a.url | quote }}
SMS_B_URL: {{ $svc.smsProviders.b.url | quote }}
{{- /* The local-development SMS stub (the service answering as providers A and B), always off in a cluster. */}}
SMS_DEV_STUB: "false"
{{- end }}
{{- end -}}

{{- define "gov-platform.configMap" -}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
data:
  {{- include "gov-platform.configData" . | nindent 2 }}
{{- end -}}

{{/* Secret data of a service: (key, value) pairs, only when the chart creates the Secret. */}}
{{- define "gov-platform.secretData" -}}
{{- $svc := index .root.Values .name -}}
{{- if include "gov-platform.usesMongo" . }}
mongodb-uri: {{ include "gov-platform.mongodbUri" . | b64enc | quote }}
{{- end }}
oidc-client-secret: {{ $svc.oidc.clientSecret | b64enc | quote }}
{{- if eq .name "identity" }}
realname-provider-api-key: {{ $svc.realnameProvider.apiKey | b64enc | quote }}
identity-data-key: {{ $svc.dataProtectionKey | b64enc | quote }}
{{- end }}
{{- if eq .name "credit" }}
credit-subject-key: {{ $svc.subjectKey | b64enc | quote }}
{{- end }}
{{- if eq .name "intake" }}
intake-follow-up-key: {{ $svc.followUpKey | b64enc | quote }}
intake-hotline-key: {{ $svc.hotlineKey | b64enc | quote }}
{{- if and $svc.payments $svc.payments.providerUrl }}
payment-provider-secret: {{ $svc.payments.providerSecret | b64enc | quote }}
{{- end }}
{{- end }}
{{- if eq .name "notifications" }}
sms-provider-a-api-key: {{ $svc.smsProviders.a.apiKey | b64enc | quote }}
sms-provider-b-api-key: {{ $svc.smsProviders.b.apiKey | b64enc | quote }}
sms-provider-a-receipt-secret: {{ $svc.smsProviders.a.receiptSecret | b64enc | quote }}
sms-provider-b-receipt-secret: {{ $svc.smsProviders.b.receiptSecret | b64enc | quote }}
sms-number-salt: {{ $svc.numberSalt | b64enc | quote }}
sms-sender-key: {{ $svc.senderKey | b64enc | quote }}
{{- end }}
{{- end -}}

{{- define "gov-platform.secret" -}}
{{- $svc := index .root.Values .name -}}
{{- if not $svc.existingSecret }}
---
apiVersion: v1
kind: Secret
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
type: Opaque
data:
  {{- include "gov-platform.secretData" . | trim | nindent 2 }}
{{- end }}
{{- end -}}

{{- define "gov-platform.k8sService" -}}
{{- $svc := index .root.Values .name }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "gov-platform.serviceName" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "gov-platform.serviceLabels" . | nindent 4 }}
  {{- $ann := merge (deepCopy $svc.service.annotations) (deepCopy .root.Values.commonAnnotations) }}
  {{- with $ann }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ $svc.service.type }}
  selector:
    {{- include "gov-platform.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* Environment taken from Secrets (never from the ConfigMap). */}}
{{- define "gov-platform.secretEnv" -}}
{{- $root := .root -}}
{{- $secret := include "gov-platform.secretName" . -}}
{{- if include "gov-platform.usesMongo" . }}
- name: MONGODB_URI
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: mongodb-uri
{{- end }}
- name: OIDC_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: oidc-client-secret
{{- if $root.Values.redis.auth.enabled }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "gov-platform.redisSecretName" $root }}
      key: {{ include "gov-platform.redisSecretKey" $root }}
{{- if $root.Values.redis.sentinel.enabled }}
- name: SPRING_DATA_REDIS_SENTINEL_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "gov-platform.redisSecretName" $root }}
      key: {{ include "gov-platform.redisSecretKey" $root }}
{{- end }}
{{- end }}
{{- if eq .name "identity" }}
- name: REALNAME_PROVIDER_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: realname-provider-api-key
- name: IDENTITY_DATA_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: identity-data-key
{{- end }}
{{- if eq .name "credit" }}
- name: CREDIT_SUBJECT_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: credit-subject-key
{{- end }}
{{- if eq .name "intake" }}
- name: INTAKE_FOLLOW_UP_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: intake-follow-up-key
- name: INTAKE_HOTLINE_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: intake-hotline-key
{{- $payments := (index $root.Values .name).payments }}
{{- if and $payments $payments.providerUrl }}
- name: PAYMENT_PROVIDER_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: payment-provider-secret
{{- end }}
{{- end }}
{{- if eq .name "notifications" }}
{{- range $env, $key := dict "SMS_A_API_KEY" "sms-provider-a-api-key" "SMS_B_API_KEY" "sms-provider-b-api-key" "SMS_A_RECEIPT_SECRET" "sms-provider-a-receipt-secret" "SMS_B_RECEIPT_SECRET" "sms-provider-b-receipt-secret" "SMS_NUMBER_SALT" "sms-number-salt" "SMS_SENDER_KEY" "sms-sender-key" }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- end }}
{{- end }}
{{- end -}}

{{- define "gov-platform.probe" -}}
{{- $p := .probe -}}
httpGet:
  path: {{ .path }}
  port: http
{{- with $p.initialDelaySeconds }}
initialDelaySeconds: {{ . }}
{{- end }}
periodSeconds: {{ $p.periodSeconds }}
timeoutSeconds: {{ $p.timeoutSeconds }}
failureThreshold: {{ $p.failureThreshold }}
{{- end -}}

{{- define "gov-platform.deployment" -}}
{{- $root := .root -}}
{{- $svc := index $root.Values .name -}}
{{- $podSecurityContext := $root.Values.podSecurityContext -}}
{{- $containerSecurityContext := $root.Values.containerSecurityContext }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
spec:
  {{- if not $svc.autoscaling.enabled }}
  replicas: {{ $svc.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "gov-platform.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "gov-platform.serviceLabels" . | nindent 8 }}
        {{- with $svc.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        checksum/config: {{ print (include "gov-platform.commonConfigData" $root) (include "gov-platform.configData" .) | sha256sum }}
        {{- if not $svc.existingSecret }}
        checksum/secret: {{ include "gov-platform.secretData" . | sha256sum }}
        {{- end }}
        {{- with $svc.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "gov-platform.serviceName" . }}
      automountServiceAccountToken: {{ $root.Values.serviceAccount.automountServiceAccountToken }}
      enableServiceLinks: false
      {{- with $root.Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      {{- with $root.Values.priorityClassName }}
      priorityClassName: {{ . }}
      {{- end }}
      securityContext:
        {{- toYaml $podSecurityContext | nindent 8 }}
      terminationGracePeriodSeconds: {{ $root.Values.terminationGracePeriodSeconds }}
      {{- if $root.Values.topologySpread.enabled }}
      topologySpreadConstraints:
        {{- range $key := $root.Values.topologySpread.topologyKeys }}
        - maxSkew: 1
          topologyKey: {{ $key }}
          whenUnsatisfiable: {{ $root.Values.topologySpread.whenUnsatisfiable }}
          labelSelector:
            matchLabels:
              {{- include "gov-platform.selectorLabels" $ | nindent 14 }}
        {{- end }}
      {{- end }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "gov-platform.image" . }}
          imagePullPolicy: {{ $svc.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $svc.containerPort }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "gov-platform.commonConfigName" $root }}
            - configMapRef:
                name: {{ include "gov-platform.serviceName" . }}
          env:
            {{- include "gov-platform.secretEnv" . | trim | nindent 12 }}
            {{- with $svc.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- if $root.Values.startupProbe.enabled }}
          startupProbe:
            {{- include "gov-platform.probe" (dict "probe" $root.Values.startupProbe "path" "/actuator/health/liveness") | nindent 12 }}
          {{- end }}
          {{- if $root.Values.livenessProbe.enabled }}
          livenessProbe:
            {{- include "gov-platform.probe" (dict "probe" $root.Values.livenessProbe "path" "/actuator/health/liveness") | nindent 12 }}
          {{- end }}
          {{- if $root.Values.readinessProbe.enabled }}
          readinessProbe:
            {{- include "gov-platform.probe" (dict "probe" $root.Values.readinessProbe "path" "/actuator/health/readiness") | nindent 12 }}
          {{- end }}
          {{- with $svc.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          securityContext:
            {{- toYaml $containerSecurityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ $root.Values.tmpVolume.sizeLimit }}
{{- end -}}

{{- define "gov-platform.hpa" -}}
{{- $svc := index .root.Values .name -}}
{{- if $svc.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "gov-platform.serviceName" . }}
  minReplicas: {{ $svc.autoscaling.minReplicas }}
  maxReplicas: {{ $svc.autoscaling.maxReplicas }}
  metrics:
    {{- with $svc.autoscaling.targetCPUUtilizationPercentage }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
    {{- with $svc.autoscaling.targetMemoryUtilizationPercentage }}
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: {{ . }}
    {{- end }}
{{- end }}
{{- end -}}

{{- define "gov-platform.pdb" -}}
{{- $svc := index .root.Values .name -}}
{{- if $svc.pdb.create }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
spec:
  {{- if ne (toString $svc.pdb.minAvailable) "" }}
  minAvailable: {{ $svc.pdb.minAvailable }}
  {{- else }}
  maxUnavailable: {{ $svc.pdb.maxUnavailable }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "gov-platform.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}

{{/*
The service's own policy: who may call it, and the platform services it calls
(plus DNS). Egress to MongoDB, Redis, Keycloak and the external providers is
granted by the shared policies in networkpolicies.yaml (policies add up).
*/}}
{{- define "gov-platform.networkPolicy" -}}
{{- $root := .root -}}
{{- $np := $root.Values.networkPolicy -}}
{{- $calls := include "gov-platform.calls" . | fromYaml -}}
{{- $callers := include "gov-platform.callersOf" . | fromJsonArray -}}
{{- if $np.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  {{- include "gov-platform.serviceMetadata" . | nindent 2 }}
spec:
  podSelector:
    matchLabels:
      {{- include "gov-platform.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- if eq .name "gateway" }}
    # Outside traffic reaches the platform only here, through the ingress controller.
    - from:
        {{- toYaml $np.gatewayFrom | nindent 8 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    {{- if $callers }}
    # The services that call this one, and nobody else.
    - from:
        {{- range $caller := $callers }}
        - podSelector:
            matchLabels:
              {{- include "gov-platform.selectorLabels" (dict "root" $root "name" $caller) | nindent 14 }}
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
  egress:
    # DNS
    - to:
        {{- toYaml $np.dns | nindent 8 }}
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- range $callee := get $calls .name }}
    # {{ $callee }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "gov-platform.selectorLabels" (dict "root" $root "name" $callee) | nindent 14 }}
      ports:
        - port: {{ (index $root.Values $callee).containerPort }}
          protocol: TCP
    {{- end }}
{{- end }}
{{- end -}}
