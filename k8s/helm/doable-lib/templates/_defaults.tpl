{{/*
Defaults for every service; a service chart's values.yaml overrides any of them (deep merge). Kept here so
six charts do not carry six copies of the same security and Dapr settings.
*/}}
{{- define "doable-lib.defaults" -}}
nameOverride: ""
image:
  repository: doable/service
  tag: ""
  pullPolicy: IfNotPresent
imagePullSecrets: []
replicaCount: 1
containerPort: 8080
service:
  type: ClusterIP
  port: 80
  annotations: {}
probes:
  liveness: /healthz
  # Readiness fails while the database or the sidecar is unreachable: traffic goes elsewhere, the pod is not restarted.
  readiness: /readyz
  # Start-up may run database migrations: up to 2 s x 60 before liveness takes over.
  startupFailureThreshold: 60
resources:
  limits:
    cpu: 500m
    memory: 512Mi
  requests:
    cpu: 100m
    memory: 256Mi
autoscaling:
  enabled: false
  minReplicas: 1
  maxReplicas: 3
  targetCPUUtilization: 70
podDisruptionBudget:
  enabled: true
  maxUnavailable: 1
serviceAccount:
  create: true
  name: ""
# Secrets the sidecar's Kubernetes secret store may read with this pod's service account.
daprSecretsReadable: []
podAnnotations: {}
podSecurityContext:
  runAsNonRoot: true
  # The node image's `node` user.
  runAsUser: 1000
  runAsGroup: 1000
  fsGroup: 1000
  seccompProfile:
    type: RuntimeDefault
securityContext:
  runAsNonRoot: true
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities:
    drop: ["ALL"]
dapr:
  enabled: true
  appId: ""
  config: doable
  # Secrets (key `token`) for the Dapr API token and the app token the sidecar presents.
  apiTokenSecret: dapr-api-token
  appTokenSecret: app-api-token
  logLevel: info
  sidecar:
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
      limits:
        cpu: 300m
        memory: 256Mi
config: {}
secretEnv: {}
networkPolicy:
  enabled: true
  ingressControllerNamespace: ingress-nginx
  monitoringNamespace: monitoring
# Rendered for a chart with rows in the route table (_routes.tpl); false: bring your own routing.
ingress:
  enabled: true
  className: nginx
  host: todo.example.com
  annotations: {}
  tls:
    enabled: true
    secretName: doable-tls
metrics:
  # Prometheus Operator: the app's /metrics (ServiceMonitor) and the sidecar's port dapr-metrics (PodMonitor).
  serviceMonitor:
    enabled: false
    interval: 30s
    labels: {}
  daprPodMonitor:
    enabled: false
nodeSelector: {}
tolerations: []
{{- end -}}
