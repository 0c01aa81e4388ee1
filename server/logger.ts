// Structured JSON logs. Never log message content, passwords or tokens: ids and timings only.
import pino from 'pino';

export function createLogger(level: string, destination?: pino.DestinationStream) {
  const options = {
    level,
    redact: { paths: ['password', '*.password', 'token', '*.token', 'req.headers.authorization'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}
