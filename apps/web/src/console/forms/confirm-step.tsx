import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface ConfirmStepProps {
  /** The button that asks first ("Revoke the token"). */
  label: ComponentChildren;
  /** The question, with what will happen ("The partner's statistics page stops working…"). */
  question: ComponentChildren;
  /** The button that does it ("Yes, revoke the token"). */
  confirmLabel: ComponentChildren;
  cancelLabel: ComponentChildren;
  /** Does it; resolves when done (the step then closes). */
  onConfirm(): Promise<void>;
  /** A destructive action: the confirm button is marked as such. */
  danger?: boolean;
}

/**
 * An action that asks first: its button opens the question with "yes" and "cancel" in its place.
 * The question takes the focus (a screen reader reads it; Tab reaches "yes"); "cancel" and Escape
 * put the focus back on the button.
 */
export function ConfirmStep({ label, question, confirmLabel, cancelLabel, onConfirm, danger }: ConfirmStepProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (open) questionRef.current?.focus();
    else if (returning) {
      buttonRef.current?.focus();
      setReturning(false);
    }
  }, [open, returning]);

  const cancel = () => {
    setOpen(false);
    setReturning(true);
  };
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  if (!open) {
    return (
      <button type="button" ref={buttonRef} class="button button--secondary button--small" onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      class="console-confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <p class="console-confirm__question" ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div class="console-actions">
        <button type="button" class={danger ? 'button button--warning button--small' : 'button button--primary button--small'} aria-disabled={busy ? 'true' : undefined} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary button--small" onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
