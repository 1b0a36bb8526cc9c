import { LoadProblem } from './layout/load-problem';
import { PageLayout } from './layout/page-layout';
import { ReceiptPage } from './receipt/receipt-page';
import type { Route } from './routing/routes';
import { SigningPage } from './signing/signing-page';

/** The page for the address. */
export function App({ route, partner, captcha }: { route: Route; partner?: string; captcha: boolean }) {
  return (
    <PageLayout route={route} partner={partner}>
      {route.page === 'sign' && <SigningPage slug={route.slug} partner={partner} captcha={captcha} />}
      {route.page === 'receipt' && <ReceiptPage slug={route.slug} receipt={route.receipt} partner={partner} />}
      {route.page === 'not-found' && <LoadProblem state="missing" />}
    </PageLayout>
  );
}
