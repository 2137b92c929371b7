{{/* Prometheus Operator scrape of the app's /metrics (needs the monitoring.coreos.com CRDs). */}}
{{- define "doable-lib.serviceMonitor" -}}
{{- if .Values.metrics.serviceMonitor.enabled }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
    {{- with .Values.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "doable-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /metrics
      interval: {{ .Values.metrics.serviceMonitor.interval }}
{{- end }}
{{- end -}}

{{/* The Dapr sidecar's own metrics (pub/sub ingress and egress per topic, invocation, resiliency) on its injected port. */}}
{{- define "doable-lib.podMonitor" -}}
{{- if and .Values.metrics.daprPodMonitor.enabled .Values.dapr.enabled }}
---
apiVersion: monitoring.coreos.com/v1
kind: PodMonitor
metadata:
  name: {{ include "doable-lib.name" . }}-dapr
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
    {{- with .Values.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "doable-lib.selectorLabels" . | nindent 6 }}
  podMetricsEndpoints:
    - port: dapr-metrics
      path: /
      interval: {{ .Values.metrics.serviceMonitor.interval }}
{{- end }}
{{- end -}}
