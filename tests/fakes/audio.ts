// Real audio bytes for the fakes, generated in code so no binary fixture is needed.
import { wavFromPcm16 } from '../../server/media/riff-wav';

const MP3_FRAME_SAMPLES = 1152;
const MP3_SAMPLE_RATE = 44_100;
/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo, no CRC, no padding: 417 bytes a frame. */
const MP3_FRAME_HEADER = [0xff, 0xfb, 0x90, 0x64];
const MP3_FRAME_BYTES = Math.floor((144 * 128_000) / MP3_SAMPLE_RATE);

/** A sequence of valid MP3 frames of silence (all-zero side info decodes to silence). */
export function silentMp3(durationSec: number): Uint8Array {
  const frames = Math.max(1, Math.ceil((durationSec * MP3_SAMPLE_RATE) / MP3_FRAME_SAMPLES));
  const bytes = new Uint8Array(frames * MP3_FRAME_BYTES);
  for (let i = 0; i < frames; i += 1) bytes.set(MP3_FRAME_HEADER, i * MP3_FRAME_BYTES);
  return bytes;
}

/** Signed 16-bit little-endian mono PCM of a sine tone. */
export function sinePcm16(durationSec: number, sampleRate: number, frequencyHz = 220): Uint8Array {
  const samples = Math.max(1, Math.round(durationSec * sampleRate));
  const view = new DataView(new ArrayBuffer(samples * 2));
  for (let i = 0; i < samples; i += 1) {
    const value = Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate) * 0.3 * 0x7fff;
    view.setInt16(i * 2, Math.round(value), true);
  }
  return new Uint8Array(view.buffer);
}

/** A RIFF/WAVE file around mono 16-bit PCM; what the Azure client uploads (the server's own writer). */
export const wavFile = wavFromPcm16;

/** Audio bytes in an ElevenLabs `output_format` (mp3_* or pcm_*). */
export function audioForFormat(outputFormat: string, durationSec: number): Uint8Array {
  const pcmRate = /^pcm_(\d+)$/.exec(outputFormat)?.[1];
  if (pcmRate) return sinePcm16(durationSec, Number(pcmRate));
  return silentMp3(durationSec);
}
