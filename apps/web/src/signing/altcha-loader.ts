import type { Translate } from '@eci/rules';

let loading: Promise<void> | undefined;

/** The widget's texts, from the page catalogue (the widget's own translations are not loaded). */
function widgetStrings(t: Translate): Record<string, string> {
  return {
    ariaLinkLabel: '',
    cancel: t('page.captcha.cancel'),
    enterCode: t('page.captcha.enterCode'),
    enterCodeAria: t('page.captcha.enterCode'),
    error: t('page.captcha.error'),
    expired: t('page.captcha.expired'),
    footer: '',
    getAudioChallenge: t('page.captcha.enterCode'),
    label: t('page.captcha.label'),
    loading: t('page.captcha.verifying'),
    reload: t('page.captcha.retry'),
    verify: t('page.captcha.label'),
    verificationRequired: t('page.captcha.required'),
    verified: t('page.captcha.verified'),
    verifying: t('page.captcha.verifying'),
    waitAlert: t('page.captcha.verifying'),
  };
}

/**
 * Loads the self-hosted ALTCHA widget (the `altcha/external` build: no inline styles or
 * workers; its CSS is bundled with the page's) and its SHA-256 worker, both from our origin.
 * Nothing about the signatory is collected: no interaction signature, no cookie.
 */
export async function loadAltcha(lang: string, t: Translate): Promise<void> {
  loading ??= (async () => {
    await import('altcha/external');
    const { default: ShaWorker } = await import('altcha/workers/sha?worker');
    globalThis.$altcha.algorithms.set('SHA-256', () => new ShaWorker());
  })();
  await loading;
  globalThis.$altcha.i18n.set(lang, widgetStrings(t));
  globalThis.$altcha.defaults.set({
    hideFooter: true,
    hideLogo: true,
    humanInteractionSignature: false,
    setCookie: null,
    disableAutoFocus: false,
  });
}
