// The worker thread's side of the threaded checker (threaded-checker.ts): loads harper.js and the
// learner rules once, then answers one check per message, in order.
import { parentPort } from 'node:worker_threads';
import { createLocalChecker } from './index';
import type { CheckRequest, CheckResponse } from './threaded-checker';

const port = parentPort!;
const checker = await createLocalChecker();
port.on('message', async ({ id, text, nativeLanguage, context }: CheckRequest) => {
  let response: CheckResponse;
  try {
    response = { id, result: await checker.check(text, nativeLanguage, context) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});
port.postMessage({ ready: true });
