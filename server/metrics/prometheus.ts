// The Metrics service on prom-client, with a registry of its own so that several apps in one
// process (tests, benchmarks) never share or clash over metrics.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Metrics } from './metrics';

const TURN_BUCKETS_SEC = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 13, 20, 30];

export function createPrometheusMetrics(options: { processMetrics: boolean }): Metrics {
  const registry = new Registry();
  // Process metrics (CPU, RSS, event-loop lag) keep a monitor running per registry: servers only.
  if (options.processMetrics) collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const turnStages = new Histogram({
    name: 'videoengai_turn_stage_duration_seconds',
    help: 'Turn latency by stage: stt, llm_first_token, tts_first_byte, time_to_first_audio (from the learner\'s words received to the first audio event) and turn (whole).',
    labelNames: ['stage', 'input'] as const,
    buckets: TURN_BUCKETS_SEC,
    registers: [registry],
  });
  const vendorErrors = new Counter({
    name: 'videoengai_vendor_errors_total',
    help: 'Failed vendor attempts (each retry and each final failure) by vendor and capability.',
    labelNames: ['vendor', 'capability'] as const,
    registers: [registry],
  });
  const vendorFallbacks = new Counter({
    name: 'videoengai_vendor_fallbacks_total',
    help: 'Calls answered by the offline twin after the vendor failed, by vendor and capability.',
    labelNames: ['vendor', 'capability'] as const,
    registers: [registry],
  });
  const earlyReplies = new Counter({
    name: 'videoengai_early_replies_total',
    help: "Tutor replies started on a streamed turn's stable interim transcript, by outcome: kept (the final had the same words) or discarded (restarted on the final).",
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const busyRefusals = new Counter({
    name: 'videoengai_turns_refused_busy_total',
    help: 'Turns refused before their ack (error busy) because the process ran MAX_TURNS_IN_FLIGHT turns already.',
    registers: [registry],
  });
  const webSockets = new Gauge({
    name: 'videoengai_ws_sessions_active',
    help: 'Open conversation WebSockets.',
    registers: [registry],
  });
  let readQueueDepth: (() => number | Promise<number>) | null = null;
  const registerQueueDepth = () =>
    new Gauge({
      name: 'videoengai_job_queue_depth',
      help: 'Background jobs waiting or running, as the job queue reports it.',
      registers: [registry],
      async collect() {
        if (readQueueDepth) this.set(await readQueueDepth());
      },
    });

  return {
    httpRequest: ({ method, route, status }, durationMs) => httpDuration.observe({ method, route, status: String(status) }, durationMs / 1000),
    turnStage: (stage, input, durationMs) => turnStages.observe({ stage, input }, durationMs / 1000),
    vendorError: (vendor, capability) => vendorErrors.inc({ vendor, capability }),
    vendorFallback: (vendor, capability) => vendorFallbacks.inc({ vendor, capability }),
    earlyReply: (outcome) => earlyReplies.inc({ outcome }),
    turnRefusedBusy: () => busyRefusals.inc(),
    webSocketOpened: () => webSockets.inc(),
    webSocketClosed: () => webSockets.dec(),
    trackQueueDepth: (read) => {
      // Registered on first use: a queue that reports nothing shows no depth rather than a false 0.
      if (!readQueueDepth) registerQueueDepth();
      readQueueDepth = read;
    },
    exposition: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
