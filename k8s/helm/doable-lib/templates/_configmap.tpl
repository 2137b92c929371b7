{{/* Plain settings (LOG_LEVEL, PUBLIC_URL, ...) as environment variables; secrets come from secretEnv. */}}
{{- define "doable-lib.configMap" -}}
{{- if .Values.config }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
data:
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ $value | toString | quote }}
  {{- end }}
{{- end }}
{{- end -}}
