import { useState } from 'preact/hooks';
import type { PublicInitiative } from '../api/types';
import { InitiativeSummary } from '../initiative/initiative-summary';
import { useInitiative } from '../initiative/use-initiative';
import { LoadProblem } from '../layout/load-problem';
import { AlreadySigned } from './already-signed';
import { CocsSigning } from './cocs-signing';
import { CollectionClosed } from './collection-closed';
import { Confirmation } from './confirmation';
import type { SendOutcome } from './send-statement';
import { StatementForm } from './statement-form';

type Done = Extract<SendOutcome, { kind: 'signed' | 'already-signed' }>;

/** `/{lang}/{slug}`: the initiative first, the form beside it; then the confirmation. */
export function SigningPage({ slug, partner, captcha }: { slug: string; partner?: string; captcha: boolean }) {
  const initiative = useInitiative(slug);
  const [done, setDone] = useState<Done | null>(null);
  if (initiative.state !== 'ready') return <LoadProblem state={initiative.state} />;
  if (done?.kind === 'signed') return <Confirmation initiative={initiative.data} receipt={done.receipt} partner={partner} />;
  if (done?.kind === 'already-signed') return <AlreadySigned initiative={initiative.data} />;
  return <SigningLayout initiative={initiative.data} partner={partner} captcha={captcha} onDone={setDone} />;
}

function SigningLayout({ initiative, partner, captcha, onDone }: { initiative: PublicInitiative; partner?: string; captcha: boolean; onDone(done: Done): void }) {
  // The server decides (its clock, the Brussels day, the law's channels): the page shows what it says.
  const state = initiative.collectionState;
  let side;
  if (state !== 'collecting') side = <CollectionClosed initiative={initiative} state={state} />;
  else if (initiative.channels.online !== 'own-online') side = <CocsSigning initiative={initiative} />;
  else side = <StatementForm initiative={initiative} partner={partner} captcha={captcha} onDone={onDone} />;
  return (
    <div class="layout">
      <div class="layout__initiative">
        <InitiativeSummary initiative={initiative} />
      </div>
      <div class="layout__form">{side}</div>
    </div>
  );
}
