{{- define "doable-lib.pdb" -}}
{{- if .Values.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
spec:
  # maxUnavailable rather than minAvailable: a single replica can still be drained.
  maxUnavailable: {{ .Values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "doable-lib.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}
