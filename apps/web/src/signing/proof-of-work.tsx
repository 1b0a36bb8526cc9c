import { useEffect, useRef, useState } from 'preact/hooks';
import type { AltchaWidgetElement } from 'altcha/external';
import { apiPath } from '@eci/api-contract';
import { errorId, fieldId, hintId } from '../forms/field-ids';
import { FieldErrors } from '../forms/field-parts';
import { useI18n } from '../i18n/i18n-context';
import { loadAltcha } from './altcha-loader';

export interface ProofOfWorkProps {
  /** The solved challenge (the widget's base64 payload), or null when not (or no longer) solved. */
  onPayload(payload: string | null): void;
  error: string | null;
  /** Changing it starts over (after the server refused a challenge). */
  resetKey: number;
}

type WidgetState = 'unverified' | 'verifying' | 'verified' | 'error' | 'expired' | 'code';

/**
 * The ALTCHA proof of work: the signatory ticks a box, the browser spends about a second on
 * hashing, and the statement carries the proof. The challenge comes from GET /api/captcha.
 */
export function ProofOfWork({ onPayload, error, resetKey }: ProofOfWorkProps) {
  const { t, lang } = useI18n();
  const widget = useRef<AltchaWidgetElement>(null);
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<WidgetState>('unverified');
  const name = 'captcha';
  const invalid = error !== null;

  useEffect(() => {
    let current = true;
    void loadAltcha(lang, t).then(() => current && setReady(true));
    return () => {
      current = false;
    };
  }, [lang, t]);

  useEffect(() => {
    const element = widget.current;
    if (!ready || !element) return;
    const onState = (event: Event) => {
      const detail = (event as CustomEvent<{ payload: string | null; state: WidgetState }>).detail;
      setState(detail.state);
      onPayload(detail.state === 'verified' ? detail.payload : null);
    };
    element.addEventListener('statechange', onState);
    return () => element.removeEventListener('statechange', onState);
  }, [ready, onPayload]);

  // The widget's checkbox is described by our hint and error, like every other field.
  useEffect(() => {
    const element = widget.current;
    if (!ready || !element) return;
    const describe = () =>
      element.querySelector('input[type="checkbox"]')?.setAttribute('aria-describedby', [hintId(name), ...(invalid ? [errorId(name)] : [])].join(' '));
    describe();
    element.addEventListener('load', describe);
    return () => element.removeEventListener('load', describe);
  }, [ready, invalid]);

  useEffect(() => {
    if (resetKey > 0) widget.current?.reset?.();
  }, [resetKey]);

  const status = { verifying: 'page.captcha.verifying', verified: 'page.captcha.verified', error: 'page.captcha.error', expired: 'page.captcha.expired' }[state as string];
  return (
    <div class={invalid ? 'form-group form-group--error proof-of-work' : 'form-group proof-of-work'} id={fieldId(name)}>
      <h3 class="heading-m">{t('page.captcha.title')}</h3>
      <div class="hint" id={hintId(name)}>
        {t('page.captcha.hint')}
      </div>
      <FieldErrors name={name} messages={error ? [error] : []} />
      {ready ? <altcha-widget ref={widget} challenge={apiPath('captcha')} language={lang} name={name} auto="off" type="checkbox" display="standard" /> : <p>{t('page.loading')}</p>}
      <p class="visually-hidden" role="status">
        {status ? t(status) : ''}
      </p>
    </div>
  );
}
