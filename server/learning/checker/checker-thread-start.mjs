// Starts the checker thread: a worker thread does not inherit the process's TypeScript loader
// (tsx), so it registers it before loading the thread's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./checker-thread.ts');
