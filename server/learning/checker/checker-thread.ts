// The worker thread's side of the threaded checker (threaded-checker.ts): loads harper.js and the
// learner rules once, then answers one check per message, in order: the result at once, then the
// parses the notebook will need for its words (preparse.ts), which the tutor's request does not
// wait for.
import { parentPort } from 'node:worker_threads';
import { createLocalChecker } from './index';
import { preparse } from './preparse';
import type { CheckRequest, CheckResponse } from './threaded-checker';

const port = parentPort!;
const checker = await createLocalChecker();
const send = (response: CheckResponse) => port.postMessage(response);
port.on('message', async ({ id, text, nativeLanguage, context }: CheckRequest) => {
  let result;
  try {
    result = await checker.check(text, nativeLanguage, context);
  } catch (error) {
    return send({ id, error: error instanceof Error ? error.message : String(error) });
  }
  send({ id, result });
  if (context?.notebook !== true) return;
  try {
    const parsed = preparse(text, result.corrections);
    send({ id, parses: parsed.text, complete: false });
    send({ id, parses: parsed.more(), complete: true });
  } catch {
    // The notebook parses on the main thread instead.
    send({ id, parses: null, complete: true });
  }
});
port.postMessage({ ready: true });
