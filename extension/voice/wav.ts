// A "say" recording as the server's pronunciation vendor wants it: 16 kHz mono 16-bit PCM WAV.
// MediaRecorder only records WebM/Ogg, so the panel decodes the recording and resamples it.
import { ATTEMPT_AUDIO_MIME_TYPE, ATTEMPT_AUDIO_SAMPLE_RATE, type AttemptAudio } from '../../shared/phrases';

const HEADER_BYTES = 44;

/** Samples in [-1, 1] as a RIFF/WAVE file of mono 16-bit PCM; out-of-range samples are clipped. */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(HEADER_BYTES + samples.length * 2));
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // integer PCM
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => {
    const clipped = Math.max(-1, Math.min(1, sample));
    view.setInt16(HEADER_BYTES + i * 2, Math.round(clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff), true);
  });
  return new Uint8Array(view.buffer);
}

/** A recording (WebM/Ogg from MediaRecorder) as 16 kHz mono WAV; decoding resamples, rendering to one channel mixes down. */
export async function recordingToWav(recording: Blob): Promise<Uint8Array> {
  const rate = ATTEMPT_AUDIO_SAMPLE_RATE;
  const decoded = await new OfflineAudioContext(1, 1, rate).decodeAudioData(await recording.arrayBuffer());
  const mixer = new OfflineAudioContext(1, decoded.length, rate);
  const source = mixer.createBufferSource();
  source.buffer = decoded;
  source.connect(mixer.destination);
  source.start();
  return encodeWav((await mixer.startRendering()).getChannelData(0), rate);
}

export function wavAttemptAudio(wav: Uint8Array): AttemptAudio {
  let binary = '';
  for (let i = 0; i < wav.length; i += 0x8000) binary += String.fromCharCode(...wav.subarray(i, i + 0x8000));
  return { mimeType: ATTEMPT_AUDIO_MIME_TYPE, data: btoa(binary) };
}
