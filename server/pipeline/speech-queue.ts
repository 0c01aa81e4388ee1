// Speaks reply sentences as they complete: each is synthesised at once (several in flight), and
// its audio goes to the client in sentence order, chunk by chunk, as soon as every earlier
// sentence has been sent. Aborting the signal (barge-in) stops every synthesis in flight.
import type { SpeechChunk, TtsProvider } from '../providers/types';
import type { TurnEventInput } from './turn-log';

interface SentenceSpeech {
  text: string;
  chunks: SpeechChunk[];
  sentCount: number;
  done: boolean;
}

export class SpeechQueue {
  private readonly sentences: SentenceSpeech[] = [];
  private readonly pending: Promise<void>[] = [];
  private nextToSend = 0;
  private readonly audioParts: Uint8Array[] = [];
  private audioMimeType: string | null = null;

  constructor(
    private readonly tts: TtsProvider,
    private readonly emit: (event: TurnEventInput) => void,
    private readonly signal: AbortSignal,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  speak(text: string): void {
    const sentence: SentenceSpeech = { text, chunks: [], sentCount: 0, done: false };
    const index = this.sentences.push(sentence) - 1;
    this.pending.push(this.synthesize(sentence, index));
  }

  private async synthesize(sentence: SentenceSpeech, index: number) {
    try {
      for await (const chunk of this.tts.synthesize({ text: sentence.text }, this.signal)) {
        if (this.signal.aborted) break;
        sentence.chunks.push(chunk);
        this.sendReady();
      }
    } catch (error) {
      if (!this.signal.aborted) this.onFailure(error);
    } finally {
      sentence.done = true;
      this.sendReady();
    }
  }

  /** Sends every chunk that may go now: those of the earliest unfinished sentence and before. */
  private sendReady() {
    while (this.nextToSend < this.sentences.length) {
      const index = this.nextToSend;
      const sentence = this.sentences[index]!;
      while (sentence.sentCount < sentence.chunks.length) {
        const chunk = sentence.chunks[sentence.sentCount]!;
        this.send(index, sentence, chunk, sentence.sentCount, false);
        sentence.sentCount++;
      }
      if (!sentence.done) return;
      if (!this.signal.aborted) this.send(index, sentence, null, sentence.sentCount, true);
      this.nextToSend++;
    }
  }

  private send(index: number, sentence: SentenceSpeech, chunk: SpeechChunk | null, chunkIndex: number, final: boolean) {
    if (this.signal.aborted) return;
    if (chunk && chunk.audio.length > 0) {
      this.audioParts.push(chunk.audio);
      this.audioMimeType ??= chunk.mimeType;
    }
    this.emit({
      type: 'audio',
      sentenceIndex: index,
      chunkIndex,
      text: sentence.text,
      mimeType: chunk?.mimeType ?? this.audioMimeType ?? 'text/plain',
      data: chunk ? Buffer.from(chunk.audio).toString('base64') : '',
      ...(chunk?.alignment ? { alignment: chunk.alignment } : {}),
      final,
    });
  }

  /** Resolves when every sentence has been spoken (or stopped); returns the reply's audio. */
  async finish(): Promise<{ audio: Uint8Array; mimeType: string } | null> {
    // Sentences may be added while waiting, so wait until no new ones appear.
    for (let seen = 0; seen < this.pending.length; seen = this.pending.length) {
      await Promise.all(this.pending.slice(seen));
    }
    if (this.audioParts.length === 0 || !this.audioMimeType) return null;
    return { audio: Buffer.concat(this.audioParts), mimeType: this.audioMimeType };
  }
}
