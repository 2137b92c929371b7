import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { cacheRoot, stackPackageDir } from './paths.ts';
import { killNow, runningPid, spawnDetached, stopByPidFile, waitFor } from './processes.ts';

/** The topics Doable publishes to; each has a `<topic>-dlq` dead-letter twin. */
export const doableTopics = ['task-events', 'reminders', 'task-updates', 'project-events'] as const;

export const deadLetterTopic = (topic: string): string => `${topic}-dlq`;

export interface KafkaCredentials {
  username: string;
  password: string;
  /** SCRAM mechanism as Dapr's component spells it. */
  mechanism: 'SHA-256';
}

export interface KafkaOptions {
  runDir: string;
  logDir: string;
  /** Clients connect here with SASL/SCRAM over plaintext. */
  port: number;
  controllerPort: number;
  /** Plaintext listener used only between broker and itself (inter-broker). */
  internalPort: number;
  credentials: KafkaCredentials;
  heapMb?: number;
  log?: (line: string) => void;
}

const pomFile = join(stackPackageDir, 'kafka', 'pom.xml');
const mainClass = 'kafka.Kafka';

/** The Kafka version pinned in packages/stack/kafka/pom.xml. */
export function kafkaVersion(): string {
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(pomFile, 'utf8'))?.[1];
  if (!version) throw new Error(`no <kafka.version> in ${pomFile}`);
  return version;
}

/** Folder holding the broker's and tools' jars, fetched from Maven Central once per version. */
export function ensureKafkaJars(log: (line: string) => void = console.log): string {
  const version = kafkaVersion();
  const libs = join(cacheRoot(), 'kafka', version, 'libs');
  const marker = join(libs, '.complete');
  const pom = readFileSync(pomFile, 'utf8');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === pom) return libs;
  log(`fetching Kafka ${version} jars from Maven Central (once)…`);
  mkdirSync(libs, { recursive: true });
  const mvn = findOnPath('mvn');
  if (!mvn) throw new Error('Maven (`mvn`) is needed to fetch the Kafka jars: apt-get install -y maven');
  execFileSync(
    mvn,
    [
      '-q',
      '-B',
      '-Dstyle.color=never',
      '-f',
      pomFile,
      `-Dmaven.repo.local=${join(cacheRoot(), 'maven', 'repository')}`,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${libs}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (!readdirSync(libs).some((f) => f.startsWith(`kafka_2.13-${version}`))) throw new Error(`Kafka jars missing in ${libs}`);
  writeFileSync(marker, pom);
  return libs;
}

export function findJava(): string {
  const fromHome = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : undefined;
  const java = fromHome && existsSync(fromHome) ? fromHome : findOnPath('java');
  if (!java) throw new Error('A JDK (17 or newer) is needed for Kafka: apt-get install -y openjdk-17-jdk-headless');
  return java;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function kafkaDirs(runDir: string) {
  const home = join(runDir, 'kafka');
  return {
    home,
    data: join(home, 'data'),
    config: join(home, 'server.properties'),
    log4j: join(home, 'log4j2.properties'),
    pidFile: join(runDir, 'pids', 'kafka.pid'),
  };
}

function serverProperties(o: KafkaOptions, dataDir: string): string {
  const settings: Record<string, string | number> = {
    'process.roles': 'broker,controller',
    'node.id': 1,
    'controller.quorum.voters': `1@127.0.0.1:${o.controllerPort}`,
    listeners: `SASL_PLAINTEXT://127.0.0.1:${o.port},INTERNAL://127.0.0.1:${o.internalPort},CONTROLLER://127.0.0.1:${o.controllerPort}`,
    'advertised.listeners': `SASL_PLAINTEXT://127.0.0.1:${o.port},INTERNAL://127.0.0.1:${o.internalPort}`,
    'listener.security.protocol.map': 'SASL_PLAINTEXT:SASL_PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'INTERNAL',
    // Clients authenticate the way production (Redpanda Cloud) asks: SASL/SCRAM-SHA-256.
    'sasl.enabled.mechanisms': 'SCRAM-SHA-256',
    'listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'log.dirs': dataDir,
    'num.partitions': 3,
    'auto.create.topics.enable': 'false',
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': 1,
    'share.coordinator.state.topic.min.isr': 1,
    'group.initial.rebalance.delay.ms': 0,
    'log.cleaner.dedupe.buffer.size': 8 * 1024 * 1024,
    'log.segment.bytes': 16 * 1024 * 1024,
  };
  return `${Object.entries(settings)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

const log4jProperties = `status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = out
logger.state.name = state.change.logger
logger.state.level = WARN
logger.request.name = kafka.request.logger
logger.request.level = WARN
`;

export function kafkaPid(runDir: string): number | undefined {
  return runningPid(kafkaDirs(runDir).pidFile, mainClass);
}

export function kafkaClient(port: number, credentials: KafkaCredentials, clientId = 'doable-stack'): Kafka {
  return new Kafka({
    clientId,
    brokers: [`127.0.0.1:${port}`],
    sasl: { mechanism: 'scram-sha-256', username: credentials.username, password: credentials.password },
    logLevel: logLevel.NOTHING,
    retry: { retries: 2, initialRetryTime: 100 },
    connectionTimeout: 2_000,
  });
}

/** Formats storage (first run only), starts the combined broker/controller, waits for metadata and creates the topics. Idempotent. */
export async function startKafka(o: KafkaOptions): Promise<{ pid: number; bootstrap: string }> {
  const log = o.log ?? console.log;
  const dirs = kafkaDirs(o.runDir);
  const bootstrap = `127.0.0.1:${o.port}`;
  let pid = kafkaPid(o.runDir);
  if (pid === undefined) {
    const libs = ensureKafkaJars(log);
    const java = findJava();
    mkdirSync(dirs.data, { recursive: true });
    writeFileSync(dirs.config, serverProperties(o, dirs.data));
    writeFileSync(dirs.log4j, log4jProperties);
    const classpath = `${libs}/*`;
    const jvm = [
      `-Xms${o.heapMb ?? 512}m`,
      `-Xmx${o.heapMb ?? 512}m`,
      '-XX:+UseG1GC',
      `-Dlog4j2.configurationFile=${dirs.log4j}`,
      '-cp',
      classpath,
    ];
    if (!existsSync(join(dirs.data, 'meta.properties'))) {
      const clusterId = randomBytes(16).toString('base64url');
      const scram = `SCRAM-SHA-256=[name=${o.credentials.username},password=${o.credentials.password}]`;
      execFileSync(
        java,
        [...jvm, 'kafka.tools.StorageTool', 'format', `--cluster-id=${clusterId}`, '-c', dirs.config, '--add-scram', scram],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    }
    log(`starting Kafka ${kafkaVersion()} on ${bootstrap}`);
    pid = spawnDetached({
      command: java,
      args: [...jvm, mainClass, dirs.config],
      logFile: join(o.logDir, 'kafka.log'),
      pidFile: dirs.pidFile,
    });
  }
  await waitForKafka(o, pid);
  await ensureTopics(o);
  return { pid, bootstrap };
}

async function waitForKafka(o: KafkaOptions, pid: number): Promise<void> {
  const admin = kafkaClient(o.port, o.credentials).admin();
  try {
    await waitFor(
      async () => {
        if (kafkaPid(o.runDir) !== pid) throw new Error(`Kafka exited; see ${join(o.logDir, 'kafka.log')}`);
        await admin.connect();
        const cluster = await admin.describeCluster();
        return cluster.brokers.length > 0;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'Kafka to answer metadata requests' },
    );
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function ensureTopics(o: KafkaOptions): Promise<void> {
  const admin = kafkaClient(o.port, o.credentials).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = doableTopics.flatMap((t) => [
      { topic: t, numPartitions: 3 },
      { topic: deadLetterTopic(t), numPartitions: 1 },
    ]);
    const missing = wanted.filter((t) => !existing.has(t.topic)).map((t) => ({ ...t, replicationFactor: 1 }));
    if (missing.length > 0) await admin.createTopics({ topics: missing, waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}

export async function stopKafka(runDir: string): Promise<boolean> {
  // A controlled shutdown of a single node takes a few seconds.
  return stopByPidFile(kafkaDirs(runDir).pidFile, mainClass, 30_000);
}

/** Kills the broker with SIGKILL (a crash: it recovers its log on the next start); resolves with its pid once gone. */
export async function killKafka(runDir: string): Promise<number | undefined> {
  const pid = kafkaPid(runDir);
  if (pid !== undefined) await killNow(pid);
  return pid;
}
