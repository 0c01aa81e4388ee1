// Plays the learner's own recording of their sentence. Recordings under /media are served to
// their owner only, so the bytes come through the API client (with the token) rather than an
// <audio src>, which could not send the Authorization header.
export async function playOwnRecording(fetchMedia: (path: string) => Promise<Blob>, path: string): Promise<void> {
  const url = URL.createObjectURL(await fetchMedia(path));
  try {
    const audio = new Audio(url);
    await new Promise<void>((resolve) => {
      audio.onended = audio.onerror = () => resolve();
      audio.play().catch(() => resolve());
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
