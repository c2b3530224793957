import { useEffect, useState } from 'react';

/**
 * The search box's text: local, so typing never waits for anything, and written to the address
 * (replacing, not adding history entries) once typing pauses. A text that comes from the address
 * (back/forward, a link) replaces the box's text — but not the text this hook wrote itself: a
 * write of "lu" arriving while the user has typed on to "lun" must not take the "n" away.
 */
export function useSearchText(fromUrl: string, writeToUrl: (q: string) => void) {
  const [text, setText] = useState(fromUrl);
  const [lastUrl, setLastUrl] = useState(fromUrl);
  const [written, setWritten] = useState<string | null>(null);
  if (fromUrl !== lastUrl) {
    setLastUrl(fromUrl);
    if (fromUrl !== written) setText(fromUrl);
  }
  useEffect(() => {
    if (text === fromUrl) return undefined;
    const timer = setTimeout(() => {
      setWritten(text);
      writeToUrl(text);
    }, 300);
    return () => {
      clearTimeout(timer);
    };
  }, [text, fromUrl, writeToUrl]);
  return [text, setText] as const;
}
