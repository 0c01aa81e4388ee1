// The stable interim transcript of a streamed turn under a busy event loop: a stability timer that
// fires late must not win over the final transcript (or a newer partial) already waiting on the
// socket. The vendor's messages come over a real loopback socket, as a vendor's do.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { StreamingSttOptions, StreamingSttProvider, Transcript } from '../providers/types';
import type { Services } from '../services';
import { AudioStream, STABLE_INTERIM_MS } from './audio-stream';

/** A streaming vendor whose messages ("partial:..." / "final:...") arrive on a loopback socket. */
async function loopbackVendor() {
  let options: StreamingSttOptions | null = null;
  let resolveFinal: ((transcript: Transcript) => void) | null = null;
  let sender: Socket | null = null;
  const server: Server = createServer((socket) => {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      for (const message of chunk.split('\n').filter(Boolean)) {
        const [kind, text] = [message.slice(0, message.indexOf(':')), message.slice(message.indexOf(':') + 1)];
        if (kind === 'partial') options?.onPartial(text);
        else resolveFinal?.({ text });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  sender = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => sender!.once('connect', () => resolve()));
  const provider: StreamingSttProvider = {
    name: 'loopback',
    live: true,
    open(opened) {
      options = opened;
      return {
        sendAudio: () => undefined,
        finish: () => new Promise<Transcript>((resolve) => (resolveFinal = resolve)),
        close: () => undefined,
      };
    },
  };
  return {
    provider,
    /** What the vendor sends now; the server reads it when its event loop gets to it. */
    send: (message: string) => sender!.write(`${message}\n`),
    close: () => {
      sender?.destroy();
      server.close();
    },
  };
}

const servicesWith = (provider: StreamingSttProvider) =>
  ({
    streamingStt: provider,
    logger: { warn: () => undefined },
    metrics: { vendorError: () => undefined },
    providers: { stt: { transcribe: () => Promise.reject(new Error('no batch transcription here')) } },
  }) as unknown as Services;

/**
 * The event loop held up, as by other learners' work on a busy server, while the vendor's next
 * message arrives (`meanwhile`); held in the loop's check phase, so that its next turn starts with
 * the timers that fell due meanwhile, before the socket is read.
 */
const busyFor = (ms: number, meanwhile: () => void = () => undefined) =>
  new Promise<void>((resolve) =>
    setImmediate(() => {
      meanwhile();
      const until = performance.now() + ms;
      while (performance.now() < until);
      resolve();
    }),
  );

describe('the stable interim of a streamed turn', () => {
  let vendor: Awaited<ReturnType<typeof loopbackVendor>>;
  afterEach(() => vendor?.close());

  /** A streamed turn whose vendor has sent its first partial, read by now. */
  async function streamThatHeard(partial: string, onStablePause?: (text: string) => void) {
    vendor = await loopbackVendor();
    const stream = new AudioStream(servicesWith(vendor.provider), undefined, { onCaption: () => undefined, onStreamFailure: () => undefined, onStablePause });
    stream.add(Buffer.alloc(1024));
    vendor.send(`partial:${partial}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return stream;
  }

  it('is the interim once it held still after the end of speech, when the final is slow', async () => {
    const stream = await streamThatHeard('Yesterday I go to the farm');
    stream.transcriber();
    const started = performance.now();
    expect(await stream.stableInterim()).toBe('Yesterday I go to the farm');
    expect(performance.now() - started).toBeGreaterThanOrEqual(STABLE_INTERIM_MS - 5);
  });

  it('is not the interim when the final transcript was already waiting as the timer fired late', async () => {
    const stream = await streamThatHeard('Yesterday I go to the farm');
    const transcribe = stream.transcriber();
    const stable = stream.stableInterim();
    await busyFor(STABLE_INTERIM_MS + 100, () => vendor.send('final:Yesterday I go to the farm and I see many robot.'));
    expect(await stable).toBeNull();
    expect(await transcribe(new AbortController().signal)).toEqual({ text: 'Yesterday I go to the farm and I see many robot.' });
  });

  it('is the newer words when their partial was already waiting as the timer fired late', async () => {
    const stream = await streamThatHeard('Yesterday I go to the farm');
    stream.transcriber();
    const stable = stream.stableInterim();
    await busyFor(STABLE_INTERIM_MS + 100, () => vendor.send('partial:Yesterday I go to the farm and I see many robot'));
    expect(await stable).toBe('Yesterday I go to the farm and I see many robot');
  });

  it('hands-free: a pause is not reported stable on words a waiting partial has already changed', async () => {
    const paused: string[] = [];
    const stream = await streamThatHeard('Yesterday I go', (text) => paused.push(text));
    stream.speechPaused();
    await busyFor(STABLE_INTERIM_MS + 100, () => vendor.send('partial:Yesterday I go to the farm'));
    await new Promise((resolve) => setTimeout(resolve, STABLE_INTERIM_MS + 100));
    expect(paused).toEqual(['Yesterday I go to the farm']);
    stream.close();
  });
});
