import { LoadProblem } from './layout/load-problem';
import { PageLayout } from './layout/page-layout';
import { lazyPage } from './progress/lazy-page';
import { ReceiptPage } from './receipt/receipt-page';
import type { Route } from './routing/routes';
import { SigningPage } from './signing/signing-page';

// The progress pages, the widget and the console come in chunks of their own, fetched only at their address.
const ProgressPage = lazyPage(() => import('./progress/progress-page').then((module) => module.ProgressPage));
const PartnerPage = lazyPage(() => import('./partner/partner-page').then((module) => module.PartnerPage));
const ConsolePage = lazyPage(() => import('./console/console-page').then((module) => module.ConsolePage));
const WidgetPage = lazyPage(() => import('./widget/widget-page').then((module) => module.WidgetPage));

/** The page for the address. */
export function App({ route, partner, captcha }: { route: Route; partner?: string; captcha: boolean }) {
  // The widget lives in a partner's <iframe>: no header, languages or footer around it.
  if (route.page === 'widget') return <WidgetPage slug={route.slug} partner={partner} />;
  // The console has its own layout: the account, its sign-out and the initiative's sections.
  if (route.page === 'console') return <ConsolePage view={route.view} />;
  return (
    <PageLayout route={route} partner={partner}>
      {route.page === 'sign' && <SigningPage slug={route.slug} partner={partner} captcha={captcha} />}
      {route.page === 'receipt' && <ReceiptPage slug={route.slug} receipt={route.receipt} partner={partner} />}
      {route.page === 'progress' && <ProgressPage slug={route.slug} />}
      {route.page === 'partner' && <PartnerPage slug={route.slug} partner={route.partner} />}
      {route.page === 'not-found' && <LoadProblem state="missing" />}
    </PageLayout>
  );
}
