import { useLayoutEffect, useRef } from 'preact/hooks';

/** A ref for the heading that takes the focus when a new view appears (for screen-reader users). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus();
  }, []);
  return ref;
}
