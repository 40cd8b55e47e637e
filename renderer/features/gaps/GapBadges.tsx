// The gap type and the gap status as small labelled chips: the words carry the meaning, the colour and icon repeat it.
import {
  BookOpen,
  Ban,
  CircleDot,
  CircleCheck,
  CircleSlash,
  Construction,
  HelpCircle,
  Loader,
  Zap,
} from 'lucide-react';
import type { Gap } from '../../domain/model';
import { classificationLabel, statusLabel } from '../../domain/gaps/gapLabels';

const typeIcon = {
  knowledge: BookOpen,
  'execution-barrier': Construction,
  'execution-motivation': Zap,
  'unclear-expectations': HelpCircle,
  'not-worth-pursuing': Ban,
} as const;

const statusIcon = {
  open: CircleDot,
  'in-progress': Loader,
  resolved: CircleCheck,
  dropped: CircleSlash,
} as const;

export function GapTypeBadge({ classification }: { classification: Gap['classification'] }) {
  if (classification === null) return <span className="gap-type gap-type-none">Not diagnosed</span>;
  const Icon = typeIcon[classification];
  return (
    <span className={`gap-type gap-type-${classification}`}>
      <Icon size={14} aria-hidden="true" />
      {classificationLabel[classification]}
    </span>
  );
}

export function GapStatusBadge({ status }: { status: Gap['status'] }) {
  const Icon = statusIcon[status];
  return (
    <span className={`gap-status gap-status-${status}`}>
      <Icon size={14} aria-hidden="true" />
      {statusLabel[status]}
    </span>
  );
}
