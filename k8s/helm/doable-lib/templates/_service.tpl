{{- define "doable-lib.service" -}}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "doable-lib.name" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
  {{- with .Values.service.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "doable-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
      protocol: TCP
{{- end -}}
