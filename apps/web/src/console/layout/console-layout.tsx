import type { ComponentChildren } from 'preact';
import { textIn } from '@eci/rules';
import { useI18n } from '../../i18n/i18n-context';
import { useInitiative } from '../../initiative/use-initiative';
import { LanguageSwitcher } from '../../layout/language-switcher';
import { consoleViewPath, INITIATIVE_SECTIONS, SECTION_ROLES, type ConsoleView, type InitiativeSection } from '../console-views';
import { rolesOn, useConsoleSession } from '../session/console-session';

/**
 * Every console page: the skip link, the header (site name, "Console", languages, the account and
 * its sign-out button), the initiative's sections when the page belongs to one, the main region.
 */
export function ConsoleLayout({ view, children }: { view: ConsoleView; children: ComponentChildren }) {
  const { t, lang } = useI18n();
  const { session, signOut } = useConsoleSession();
  const route = { page: 'console' as const, lang, view: viewSegments(view) };
  return (
    <>
      <a class="skip-link" href="#main">
        {t('page.skipToContent')}
      </a>
      <header class="site-header console-header">
        <div class="site-header__inner">
          <p class="site-header__name">
            <a href={consoleViewPath(lang, { view: 'home' })}>
              {t('page.siteName')} <span class="console-header__badge">{t('console.shell.console')}</span>
            </a>
          </p>
          <LanguageSwitcher route={route} />
        </div>
        {session.state === 'signed-in' && (
          <div class="console-account">
            <p class="console-account__who">{t('console.shell.signedInAs', { email: session.account.email ?? '' })}</p>
            <button type="button" class="button button--secondary button--small" onClick={() => void signOut()}>
              {t('console.shell.signOut')}
            </button>
          </div>
        )}
      </header>
      {session.state === 'signed-in' && view.view === 'initiative' && (
        <InitiativeNavigation slug={view.slug} current={view.section} roles={rolesOn(session.account, view.slug)} />
      )}
      <main id="main" class="page console-page" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <div class="site-footer__inner">
          <p>{t('console.shell.footer')}</p>
          <p>{t('page.footer.noThirdParties')}</p>
        </div>
      </footer>
    </>
  );
}

/** The sections of one initiative the account's roles open, the current one marked. */
function InitiativeNavigation({ slug, current, roles }: { slug: string; current: InitiativeSection; roles: string[] }) {
  const { t, lang } = useI18n();
  const sections = INITIATIVE_SECTIONS.filter((section) => SECTION_ROLES[section].some((role) => roles.includes(role)));
  const initiative = useInitiative(slug);
  const title = initiative.state === 'ready' ? textIn(initiative.data.title, [lang]) : undefined;
  return (
    <nav class="console-nav" aria-label={t('console.shell.sectionsOf', { slug })}>
      <div class="console-nav__inner">
        <a class="console-nav__back" href={consoleViewPath(lang, { view: 'home' })}>
          {t('console.shell.allInitiatives')}
        </a>
        {initiative.state === 'ready' && title && (
          <p class="console-nav__initiative">
            <span lang={title.lang}>{title.text}</span> <span class="console-nav__number">{initiative.data.registrationNumber}</span>
          </p>
        )}
        <ul class="console-nav__list">
          {sections.map((section) => (
            <li key={section}>
              <a href={consoleViewPath(lang, { view: 'initiative', slug, section })} aria-current={section === current ? 'page' : undefined}>
                {t(`console.shell.sections.${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function viewSegments(view: ConsoleView): string[] {
  switch (view.view) {
    case 'home':
    case 'not-found':
      return [];
    case 'new':
      return ['new'];
    case 'initiative':
      return view.section === 'overview' ? [view.slug] : [view.slug, view.section];
  }
}
