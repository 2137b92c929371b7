{{- define "doable-lib.deployment" -}}
{{- $name := include "doable-lib.name" . -}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "doable-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "doable-lib.labels" . | nindent 8 }}
      annotations:
        # A changed setting rolls the pods.
        checksum/config: {{ toJson .Values.config | sha256sum }}
        {{- if .Values.dapr.enabled }}
        dapr.io/enabled: "true"
        dapr.io/app-id: {{ include "doable-lib.appId" . | quote }}
        dapr.io/app-port: {{ .Values.containerPort | quote }}
        dapr.io/app-protocol: http
        dapr.io/config: {{ .Values.dapr.config | quote }}
        {{- with .Values.dapr.apiTokenSecret }}
        dapr.io/api-token-secret: {{ . | quote }}
        {{- end }}
        {{- with .Values.dapr.appTokenSecret }}
        dapr.io/app-token-secret: {{ . | quote }}
        {{- end }}
        dapr.io/log-level: {{ .Values.dapr.logLevel | quote }}
        dapr.io/log-as-json: "true"
        dapr.io/enable-metrics: "true"
        dapr.io/metrics-port: "9090"
        dapr.io/sidecar-cpu-request: {{ .Values.dapr.sidecar.resources.requests.cpu | quote }}
        dapr.io/sidecar-memory-request: {{ .Values.dapr.sidecar.resources.requests.memory | quote }}
        dapr.io/sidecar-cpu-limit: {{ .Values.dapr.sidecar.resources.limits.cpu | quote }}
        dapr.io/sidecar-memory-limit: {{ .Values.dapr.sidecar.resources.limits.memory | quote }}
        dapr.io/graceful-shutdown-seconds: "20"
        {{- end }}
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "doable-lib.serviceAccountName" . }}
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      terminationGracePeriodSeconds: 30
      securityContext:
        {{- toYaml .Values.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ $name }}
          image: {{ include "doable-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
              protocol: TCP
          env:
            - name: PORT
              value: {{ .Values.containerPort | quote }}
            # The sidecar's HTTP port (the injector sets the same value when it injects).
            - name: DAPR_HTTP_PORT
              value: "3500"
            # Per-replica names (the WebSocket service's consumer group is {appID}-{podName}).
            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: POD_NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            {{- if .Values.dapr.enabled }}
            {{- with .Values.dapr.apiTokenSecret }}
            # The secrets the sidecar reads for its two tokens; the injector does not pass them to the app.
            - name: DAPR_API_TOKEN
              valueFrom:
                secretKeyRef:
                  name: {{ . }}
                  key: token
            {{- end }}
            {{- with .Values.dapr.appTokenSecret }}
            - name: APP_API_TOKEN
              valueFrom:
                secretKeyRef:
                  name: {{ . }}
                  key: token
            {{- end }}
            {{- end }}
            {{- range $envName, $ref := .Values.secretEnv }}
            - name: {{ $envName }}
              valueFrom:
                secretKeyRef:
                  name: {{ $ref.secret }}
                  key: {{ $ref.key }}
                  {{- if $ref.optional }}
                  optional: true
                  {{- end }}
            {{- end }}
          {{- if .Values.config }}
          envFrom:
            - configMapRef:
                name: {{ $name }}
          {{- end }}
          startupProbe:
            httpGet:
              path: {{ .Values.probes.liveness }}
              port: http
            periodSeconds: 2
            failureThreshold: {{ .Values.probes.startupFailureThreshold }}
          livenessProbe:
            httpGet:
              path: {{ .Values.probes.liveness }}
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: {{ .Values.probes.readiness }}
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 2
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        # The root filesystem is read-only; Node and libraries may still want a scratch folder.
        - name: tmp
          emptyDir:
            sizeLimit: 64Mi
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "doable-lib.selectorLabels" . | nindent 14 }}
{{- end -}}
