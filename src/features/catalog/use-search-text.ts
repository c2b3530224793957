import { useEffect, useState } from 'react';

/**
 * The search box's text: local, so typing never waits for anything, and written to the address
 * (replacing, not adding history entries) once typing pauses. Back/forward bring the address's
 * text back into the box.
 */
export function useSearchText(fromUrl: string, writeToUrl: (q: string) => void) {
  const [text, setText] = useState(fromUrl);
  const [lastUrl, setLastUrl] = useState(fromUrl);
  if (fromUrl !== lastUrl) {
    setLastUrl(fromUrl);
    setText(fromUrl);
  }
  useEffect(() => {
    if (text === fromUrl) return undefined;
    const timer = setTimeout(() => {
      writeToUrl(text);
    }, 300);
    return () => {
      clearTimeout(timer);
    };
  }, [text, fromUrl, writeToUrl]);
  return [text, setText] as const;
}
