import { render } from 'preact';
import { isLanguage, type Language } from '@eci/rules';
import 'altcha/altcha.css';
import './styles/main.css';
import { App } from './app';
import { createI18n } from './i18n/create-i18n';
import { I18nProvider } from './i18n/i18n-context';
import { parseRoute, partnerFrom } from './routing/routes';

const root = document.documentElement;
const route = parseRoute(location.pathname, isLanguage(root.lang) ? root.lang : 'en');
root.lang = route.lang;

// Console pages add the console's own catalogues (never fetched by the public pages).
const consoleCatalogues = route.page === 'console' ? (lang: Language) => import('./console/i18n/console-catalogues').then((module) => module.loadConsoleCatalogues(lang)) : undefined;

void createI18n(route.lang, consoleCatalogues).then((i18n) => {
  render(
    <I18nProvider value={i18n}>
      <App route={route} partner={partnerFrom(location.search)} captcha={root.dataset.captcha !== 'off'} />
    </I18nProvider>,
    document.getElementById('app') as HTMLElement,
  );
});
