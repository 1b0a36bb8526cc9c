import { useEffect, useRef, useState } from 'preact/hooks';

export interface CopyFieldWords {
  /** The button's visible text ("Copy"); the field's label follows it for screen readers. */
  copy: string;
  /** Said after copying ("Copied to the clipboard."). */
  copied: string;
  /** Said when the browser refused: the text is selected instead. */
  copyManually: string;
}

/**
 * Text to copy (a token, an address, embed code): read-only, so it can be selected with the keyboard
 * or the mouse like any text; a button that puts it on the clipboard, and a status line that says so
 * (announced: `role="status"`). Where the browser refuses the clipboard, the text is selected.
 */
export function CopyField({ id, label, value, words, multiline, hint }: { id: string; label: string; value: string; words: CopyFieldWords; multiline?: boolean; hint?: string }) {
  const [status, setStatus] = useState('');
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => setStatus(''), [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(words.copied);
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus(words.copyManually);
    }
  };
  const hintId = `${id}-hint`;
  return (
    <div class="form-group console-copy">
      <label class="label" for={id}>
        {label}
      </label>
      {hint && (
        <div class="hint" id={hintId}>
          {hint}
        </div>
      )}
      {multiline ? (
        <textarea ref={field} id={id} class="input console-code" readOnly spellcheck={false} rows={value.split('\n').length} value={value} aria-describedby={hint ? hintId : undefined} />
      ) : (
        <input ref={field} id={id} class="input console-code" type="text" readOnly spellcheck={false} value={value} aria-describedby={hint ? hintId : undefined} />
      )}
      <div class="console-actions console-copy__actions">
        <button type="button" class="button button--secondary button--small" onClick={() => void copy()}>
          {words.copy}
          <span class="visually-hidden"> {label}</span>
        </button>
        <p class="console-copy__status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
