// Raw 16-bit little-endian mono PCM resampled for a vendor that wants another rate (its WAV
// wrapping is in riff-wav.ts).

/**
 * Linear-interpolation resampler for a stream of PCM16 chunks: keeps the last sample and the
 * fractional position between chunks so the joins are seamless. Good enough for speech going to
 * a recogniser (it is not for music).
 */
export class Pcm16Resampler {
  private readonly step: number;
  /** Position of the next output sample, in input samples, relative to `previous`. */
  private position = 0;
  private previous: number | null = null;
  /** A byte left over when a chunk had an odd length. */
  private oddByte: number | null = null;

  constructor(fromRate: number, toRate: number) {
    this.step = fromRate / toRate;
  }

  push(chunk: Uint8Array): Uint8Array {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.oddByte !== null) bytes = Buffer.concat([Buffer.from([this.oddByte]), bytes]);
    this.oddByte = bytes.length % 2 === 1 ? bytes[bytes.length - 1]! : null;
    const count = Math.floor(bytes.length / 2);
    if (count === 0) return new Uint8Array(0);
    // Input samples with the previous chunk's last one in front: index 0 is `previous`.
    const samples = new Int16Array(count + 1);
    samples[0] = this.previous ?? bytes.readInt16LE(0);
    for (let i = 0; i < count; i += 1) samples[i + 1] = bytes.readInt16LE(i * 2);
    const out: number[] = [];
    let position = this.previous === null ? 1 : this.position;
    while (position <= count) {
      const left = Math.floor(position);
      const fraction = position - left;
      const right = Math.min(left + 1, count);
      out.push(Math.round(samples[left]! + (samples[right]! - samples[left]!) * fraction));
      position += this.step;
    }
    this.position = position - count;
    this.previous = samples[count]!;
    const result = Buffer.alloc(out.length * 2);
    for (let i = 0; i < out.length; i += 1) result.writeInt16LE(out[i]!, i * 2);
    return result;
  }
}
