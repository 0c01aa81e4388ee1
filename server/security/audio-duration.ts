// How long a recording is, read from its container without decoding it, for the per-recording
// and per-day audio limits. WAV: from the header (byte rate) and the data size. Ogg: the last
// page's granule position (Opus counts 48 kHz samples). WebM: the last cluster's timecode plus its
// tail. A client can forge a container, so the result is never below what the bytes would last
// at the highest rate its format plausibly has: a forged header cannot make a big upload look short.
import { readWavLayout } from '../media/riff-wav';
const HIGH_VOICE_BYTES_PER_SEC = 16_000; // 128 kbit/s Opus, MediaRecorder's default
const HIGH_PCM_BYTES_PER_SEC = 192_000; // 48 kHz stereo 16-bit

export function estimateAudioSeconds(audio: Uint8Array, mimeType: string): number {
  const floor = audio.length / (mimeType.startsWith('audio/wav') ? HIGH_PCM_BYTES_PER_SEC : HIGH_VOICE_BYTES_PER_SEC);
  const bytes = Buffer.from(audio.buffer, audio.byteOffset, audio.byteLength);
  const parsed = mimeType.startsWith('audio/wav')
    ? wavSeconds(bytes)
    : mimeType.startsWith('audio/ogg')
      ? oggSeconds(bytes)
      : mimeType.startsWith('audio/webm')
        ? webmSeconds(bytes)
        : null;
  return Math.max(floor, parsed ?? 0);
}

function wavSeconds(bytes: Buffer): number | null {
  const layout = readWavLayout(bytes);
  const byteRate = layout?.format?.byteRate ?? 0;
  if (!layout || layout.dataOffset === null || byteRate <= 0) return null;
  return layout.dataBytes / byteRate;
}

function oggSeconds(bytes: Buffer): number | null {
  const last = bytes.lastIndexOf('OggS');
  if (last < 0 || last + 14 > bytes.length) return null;
  const granule = bytes.readBigInt64LE(last + 6);
  return granule > 0n ? Number(granule) / 48_000 : null;
}

const EBML_CLUSTER = 0x1f43b675;
const EBML_TIMECODE = 0xe7;

/** Reads an EBML variable-length integer: its value and its length in bytes. */
function readVint(bytes: Buffer, offset: number, keepMarker: boolean): { value: number; length: number } | null {
  const first = bytes[offset];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 8 || offset + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + bytes[offset + i]!;
  return { value, length };
}

function webmSeconds(bytes: Buffer): number | null {
  const marker = Buffer.from([0x1f, 0x43, 0xb6, 0x75]);
  let lastCluster = -1;
  let lastTimecodeMs = 0;
  for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 4)) {
    const id = readVint(bytes, at, true);
    if (id?.value !== EBML_CLUSTER) continue;
    const size = readVint(bytes, at + id.length, false);
    if (!size) continue;
    const child = at + id.length + size.length;
    if (bytes[child] !== EBML_TIMECODE) continue;
    const timecodeSize = readVint(bytes, child + 1, false);
    if (!timecodeSize || timecodeSize.value > 8) continue;
    const start = child + 1 + timecodeSize.length;
    if (start + timecodeSize.value > bytes.length) continue;
    lastCluster = at;
    lastTimecodeMs = Math.max(lastTimecodeMs, bytes.readUIntBE(start, Math.min(6, timecodeSize.value)));
  }
  if (lastCluster < 0) return null;
  return lastTimecodeMs / 1000 + (bytes.length - lastCluster) / HIGH_VOICE_BYTES_PER_SEC;
}
