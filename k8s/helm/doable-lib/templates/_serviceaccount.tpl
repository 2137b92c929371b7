{{- define "doable-lib.serviceAccount" -}}
{{- if .Values.serviceAccount.create }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "doable-lib.serviceAccountName" . }}
  labels:
    {{- include "doable-lib.labels" . | nindent 4 }}
{{- end }}
{{- with .Values.daprSecretsReadable }}
---
# The sidecar's Kubernetes secret store reads these secrets with the pod's service account, and only these.
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {{ include "doable-lib.name" $ }}-secret-reader
  labels:
    {{- include "doable-lib.labels" $ | nindent 4 }}
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    resourceNames:
      {{- toYaml . | nindent 6 }}
    verbs: ["get"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {{ include "doable-lib.name" $ }}-secret-reader
  labels:
    {{- include "doable-lib.labels" $ | nindent 4 }}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: {{ include "doable-lib.name" $ }}-secret-reader
subjects:
  - kind: ServiceAccount
    name: {{ include "doable-lib.serviceAccountName" $ }}
    namespace: {{ $.Release.Namespace }}
{{- end }}
{{- end -}}
