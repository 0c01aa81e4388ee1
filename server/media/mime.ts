// The one table from media type to file extension: stored recordings and replies are named by it,
// and OpenAI's transcription endpoint guesses the codec from the upload's file name.
const EXTENSION_OF_TYPE: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/pcm': 'pcm',
  'video/mp4': 'mp4',
};
const TYPE_OF_EXTENSION: Record<string, string> = {
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  pcm: 'audio/pcm',
  mp4: 'video/mp4',
};

/** "audio/webm;codecs=opus" → "webm"; undefined for a type we do not store. */
export function extensionOf(mimeType: string): string | undefined {
  return EXTENSION_OF_TYPE[mimeType.split(';')[0]?.trim().toLowerCase() ?? ''];
}

export function mediaTypeOf(extension: string): string | undefined {
  return TYPE_OF_EXTENSION[extension.toLowerCase()];
}

export const STORED_EXTENSIONS = Object.keys(TYPE_OF_EXTENSION);
