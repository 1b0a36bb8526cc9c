import './console.css';
import { LoadProblem } from '../layout/load-problem';
import { ConsoleLayout } from './layout/console-layout';
import { ConsoleLoadProblem } from './layout/console-load-problem';
import { parseConsoleView, SECTION_ROLES, type ConsoleView } from './console-views';
import { HomePage } from './home/home-page';
import { NEW_INITIATIVE_PAGE, SECTION_PAGES } from './sections';
import { ConsoleSessionProvider, rolesOn, useConsoleSession, type SignedInAccount } from './session/console-session';
import { SignInPage } from './sign-in/sign-in-page';

/** The organisers' console (`/{lang}/console/…`): a chunk of its own, loaded on console addresses only. */
export function ConsolePage({ view }: { view: string[] }) {
  const parsed = parseConsoleView(view);
  return (
    <ConsoleSessionProvider>
      <ConsoleLayout view={parsed}>
        <ConsoleView view={parsed} />
      </ConsoleLayout>
    </ConsoleSessionProvider>
  );
}

function ConsoleView({ view }: { view: ConsoleView }) {
  const { session } = useConsoleSession();
  switch (session.state) {
    case 'loading':
    case 'failed':
      return <LoadProblem state={session.state} />;
    case 'signed-out':
      return <SignInPage again={session.again} />;
    case 'signed-in':
      return <SignedInView view={view} account={session.account} />;
  }
}

function SignedInView({ view, account }: { view: ConsoleView; account: SignedInAccount }) {
  switch (view.view) {
    case 'home':
      return <HomePage account={account} />;
    case 'new': {
      const New = NEW_INITIATIVE_PAGE;
      return <New account={account} />;
    }
    case 'not-found':
      return <LoadProblem state="missing" />;
    case 'initiative': {
      // The API decides (403 on every call); the console does not offer what it would refuse.
      if (!SECTION_ROLES[view.section].some((role) => rolesOn(account, view.slug).includes(role))) return <ConsoleLoadProblem state="forbidden" />;
      const Section = SECTION_PAGES[view.section];
      return <Section slug={view.slug} account={account} />;
    }
  }
}
