{{/*
Who may connect to a Doable pod. The app itself is reached only through its sidecar (localhost) and, for the
services with public paths, through the ingress controller; sidecars reach each other on Dapr's internal
gRPC port; Prometheus scrapes the app's /metrics and the sidecar's metrics port.
*/}}
{{- define "doable-lib.networkPolicy" -}}
{{- if .Values.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "doable-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    # Service invocation between sidecars (dapr-internal gRPC).
    - from:
        - podSelector:
            matchLabels:
              app.kubernetes.io/part-of: doable
      ports:
        - port: 50002
          protocol: TCP
    {{- $public := eq .Values.service.type "LoadBalancer" }}
    {{- if $public }}
    # A LoadBalancer Service brings traffic from anywhere.
    - ports:
        - port: {{ .Values.containerPort }}
          protocol: TCP
    {{- else if and .Values.ingress.enabled (fromJsonArray (include "doable-lib.ingressPaths" .)) }}
    # The ingress controller.
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ .Values.networkPolicy.ingressControllerNamespace }}
      ports:
        - port: {{ .Values.containerPort }}
          protocol: TCP
    {{- end }}
    {{- if .Values.networkPolicy.monitoringNamespace }}
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ .Values.networkPolicy.monitoringNamespace }}
      ports:
        - port: {{ .Values.containerPort }}
          protocol: TCP
        - port: 9090
          protocol: TCP
    {{- end }}
{{- end }}
{{- end -}}
