import { useState } from 'preact/hooks';
import { LabelledField } from '../forms/field-parts';
import { useI18n } from '../i18n/i18n-context';
import { ErrorSummary } from '../signing/error-summary';

export type TokenProblem = 'required' | 'wrong' | 'failed';

const MESSAGE: Record<TokenProblem, string> = {
  required: 'progress.partner.required',
  wrong: 'progress.partner.wrongToken',
  failed: 'progress.partner.failed',
};

/**
 * The partner's access code: a password field (not shown on screen, not spell-checked), sent by
 * script in a header only — the form never submits itself, so the code cannot reach an address.
 * Problems appear next to the field and in a summary that takes the focus (GOV.UK pattern).
 */
export function TokenForm({ problem, focusKey, checking, onSubmit }: { problem: TokenProblem | null; focusKey: number; checking: boolean; onSubmit(token: string): void }) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const name = 'partnerToken';
  const message = problem ? t(MESSAGE[problem]) : null;
  const fieldErrors = message && problem !== 'failed' ? [message] : [];
  return (
    <form
      class="token-form"
      method="post"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!checking) onSubmit(token.trim());
      }}
    >
      <ErrorSummary
        errors={message ? [{ field: problem === 'failed' ? null : name, code: problem as string, message, overridable: false }] : []}
        focusKey={focusKey}
        labelOf={(field) => (field ? t('progress.partner.tokenLabel') : undefined)}
      />
      <LabelledField name={name} label={t('progress.partner.tokenLabel')} hint={t('progress.partner.tokenHint')} errors={fieldErrors}>
        {(control) => (
          <input
            {...control}
            class={fieldErrors.length > 0 ? 'input input--w30 input--error' : 'input input--w30'}
            type="password"
            value={token}
            autocomplete="current-password"
            spellcheck={false}
            autoCapitalize="off"
            onInput={(event) => setToken(event.currentTarget.value)}
          />
        )}
      </LabelledField>
      <button type="submit" class="button button--primary" aria-disabled={checking ? 'true' : undefined}>
        {checking ? t('progress.partner.checking') : t('progress.partner.submit')}
      </button>
    </form>
  );
}
