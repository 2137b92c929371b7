{{/*
Every manifest of one Doable service. A service chart's only template is:
  {{ include "doable-lib.all" . }}
Its values are deep-merged over "doable-lib.defaults".
*/}}
{{- define "doable-lib.all" -}}
{{- $values := mustMergeOverwrite (fromYaml (include "doable-lib.defaults" .)) (deepCopy .Values) -}}
{{- $ctx := dict "Values" $values "Chart" .Chart "Release" .Release "Capabilities" .Capabilities "Template" .Template -}}
{{ include "doable-lib.serviceAccount" $ctx }}
{{ include "doable-lib.configMap" $ctx }}
{{ include "doable-lib.deployment" $ctx }}
{{ include "doable-lib.service" $ctx }}
{{ include "doable-lib.hpa" $ctx }}
{{ include "doable-lib.pdb" $ctx }}
{{ include "doable-lib.networkPolicy" $ctx }}
{{ include "doable-lib.ingress" $ctx }}
{{ include "doable-lib.serviceMonitor" $ctx }}
{{ include "doable-lib.podMonitor" $ctx }}
{{- end -}}
