// "You have an unfinished diagnosis": the waiting draft with how far it got, to resume or discard.
import { draftProgress, type WizardDraft } from '../../../domain/gaps/wizardDraft';
import { localDateOf } from '../../../domain/localDate';
import { Notice } from '../../../ui/Notice';
import type { OfferedDraft } from '../../shared/useDraft';
import { DayText } from '../../../ui/DayText';

export function DraftOffer({
  title,
  offer,
  onResume,
  onDiscard,
}: {
  title: string;
  offer: OfferedDraft<WizardDraft>;
  onResume: () => void;
  onDiscard: () => void;
}) {
  return (
    <Notice tone="info" title={title}>
      <p>
        Saved <DayText day={localDateOf(new Date(offer.savedAt))} /> with {draftProgress(offer.value)}{' '}
        questions answered.
      </p>
      <div className="row">
        <button type="button" className="btn btn-primary btn-small" onClick={onResume}>
          Resume the draft
        </button>
        <button type="button" className="btn btn-small" onClick={onDiscard}>
          Discard the draft
        </button>
      </div>
    </Notice>
  );
}
