// The server URL field's text, shared by the server and account sections of the options page so
// that signing in uses what the field shows, saved or not. A newly saved URL replaces the text.
import { useEffect, useState } from 'react';
import { serverUrlItem } from './settings';
import { useStorageItem } from './use-storage-item';

export interface ServerDraft {
  text: string;
  setText: (text: string) => void;
}

export function useServerDraft(): ServerDraft {
  const saved = useStorageItem(serverUrlItem);
  const [text, setText] = useState('');
  useEffect(() => {
    if (saved !== undefined) setText(saved);
  }, [saved]);
  return { text, setText };
}
