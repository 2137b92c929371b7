{{/* The public paths this service answers on the shared host, as a JSON list: its rows of the route table (_routes.tpl). */}}
{{- define "doable-lib.ingressPaths" -}}
{{- $chart := .Chart.Name -}}
{{- $paths := list -}}
{{- range fromYamlArray (include "doable-lib.routes" .) -}}
{{- if eq .service $chart }}{{ $paths = append $paths .path }}{{ end -}}
{{- end -}}
{{- toJson $paths -}}
{{- end -}}

{{/* An Ingress for the service's public paths, when it has any. */}}
{{- define "doable-lib.ingress" -}}
{{- $paths := fromJsonArray (include "doable-lib.ingressPaths" .) -}}
{{- if and .Values.ingress.enabled $paths }}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
  {{- with .Values.ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with .Values.ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- if .Values.ingress.tls.enabled }}
  tls:
    - hosts:
        - {{ .Values.ingress.host | quote }}
      secretName: {{ .Values.ingress.tls.secretName }}
  {{- end }}
  rules:
    - host: {{ .Values.ingress.host | quote }}
      http:
        paths:
          {{- range $paths }}
          - path: {{ . }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "doable-lib.name" $ }}
                port:
                  name: http
          {{- end }}
{{- end }}
{{- end -}}
