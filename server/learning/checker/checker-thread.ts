// The worker thread's side of the threaded checker (threaded-checker.ts): loads harper.js and the
// learner rules once, then answers one check per message, in order, with the parses the notebook
// will need for its words (preparse.ts).
import { parentPort } from 'node:worker_threads';
import { createLocalChecker } from './index';
import { preparse } from './preparse';
import type { CheckRequest, CheckResponse } from './threaded-checker';

const port = parentPort!;
const checker = await createLocalChecker();
port.on('message', async ({ id, text, nativeLanguage, context }: CheckRequest) => {
  let response: CheckResponse;
  try {
    const result = await checker.check(text, nativeLanguage, context);
    response = { id, result, parses: preparse(text, result.corrections) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(response);
});
port.postMessage({ ready: true });
