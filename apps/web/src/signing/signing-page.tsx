import { useState } from 'preact/hooks';
import { isCollecting } from '@eci/rules';
import type { PublicInitiative } from '../api/types';
import { InitiativeSummary } from '../initiative/initiative-summary';
import { useInitiative } from '../initiative/use-initiative';
import { LoadProblem } from '../layout/load-problem';
import { AlreadySigned } from './already-signed';
import { brusselsToday } from './calendar';
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
  const open = isCollecting(brusselsToday(), { start: initiative.collectionStart, end: initiative.collectionEnd });
  return (
    <div class="layout">
      <div class="layout__initiative">
        <InitiativeSummary initiative={initiative} />
      </div>
      <div class="layout__form">
        {open ? <StatementForm initiative={initiative} partner={partner} captcha={captcha} onDone={onDone} /> : <CollectionClosed initiative={initiative} />}
      </div>
    </div>
  );
}
