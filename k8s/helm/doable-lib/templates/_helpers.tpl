{{/* The service's name: the chart's name, which is also its Dapr app id. */}}
{{- define "doable-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "doable-lib.appId" -}}
{{- default (include "doable-lib.name" .) .Values.dapr.appId -}}
{{- end -}}

{{- define "doable-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "doable-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "doable-lib.labels" -}}
{{ include "doable-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ (default .Chart.AppVersion .Values.image.tag) | trunc 63 | quote }}
app.kubernetes.io/part-of: doable
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "doable-lib.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "doable-lib.name" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "doable-lib.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag | toString) -}}
{{- end -}}
