// Builds Dapr's sidecar (daprd) with only the components Doable uses; see ../README.md.
// The replace directives are copied from github.com/dapr/dapr v1.18.3's go.mod so the dependency graph matches.
module doable.local/stack/daprd

go 1.26.6

require (
	github.com/dapr/components-contrib v1.18.4
	github.com/dapr/dapr v1.18.3
)

replace (
	dubbo.apache.org/dubbo-go/v3 => dubbo.apache.org/dubbo-go/v3 v3.0.3-0.20230118042253-4f159a2b38f3
	github.com/apache/pulsar-client-go v0.18.0 => github.com/twmb/pulsar-client-go v0.20.1-0.20260624144353-90eefc81f70a
	gopkg.in/couchbaselabs/gocbconnstr.v1 => github.com/couchbaselabs/gocbconnstr v1.0.5
)

replace (
	github.com/chenzhuoyu/iasm => github.com/chenzhuoyu/iasm v0.9.0
	github.com/chzyer/logex => github.com/chzyer/logex v1.2.1
	github.com/gobwas/pool => github.com/gobwas/pool v0.2.1
	github.com/toolkits/concurrent => github.com/niean/gotools v0.0.0-20151221085310-ff3f51fc5c60
)

// Ours, not Dapr's: the Go module proxy answers 403 for durabletask-go v0.12.2–v0.12.4 here. v0.12.1 is the
// same release line (dapr 1.18.0/1.18.1 pin it); the later tags only fix workflow termination, which Doable
// does not use, and add no API that dapr 1.18.3 calls.
replace github.com/dapr/durabletask-go v0.12.4 => github.com/dapr/durabletask-go v0.12.1
