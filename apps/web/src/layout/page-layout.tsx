import type { ComponentChildren } from 'preact';
import { DemoNotice } from '../demo/demo-notice';
import { useI18n } from '../i18n/i18n-context';
import { useInitiative } from '../initiative/use-initiative';
import { progressPath, type Route } from '../routing/routes';
import { LanguageSwitcher } from './language-switcher';

/** Header (site name, languages), the main region, and a footer that says what the page does not do. */
export function PageLayout({ route, partner, children }: { route: Route; partner?: string; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('page.skipToContent')}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <p class="site-header__name">{t('page.siteName')}</p>
          <LanguageSwitcher route={route} partner={partner} />
        </div>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        {'slug' in route && <DemoNoticeFor slug={route.slug} />}
        {children}
      </main>
      <footer class="site-footer">
        <div class="site-footer__inner">
          {'slug' in route && route.page !== 'progress' && (
            <p class="site-footer__progress">
              <a href={progressPath(route.lang, route.slug)}>{t('progress.footerLink')}</a>
            </p>
          )}
          <p>{t('page.footer.noThirdParties')}</p>
          <p>{t('page.footer.openSource')}</p>
        </div>
      </footer>
    </>
  );
}

/** The demonstration notice, on every page of a demonstration initiative (`demo`). */
function DemoNoticeFor({ slug }: { slug: string }) {
  const initiative = useInitiative(slug);
  return initiative.state === 'ready' && initiative.data.demo ? <DemoNotice /> : null;
}
