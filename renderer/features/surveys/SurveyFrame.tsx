// The frame of every survey screen: its heading, the survey tabs, and a plain explanation instead of the screen when no
// rollout is current (survey rounds belong to a rollout).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCurrentRollout } from '../rollouts/useRollouts';
import { SurveyTabs } from './SurveyTabs';
import './surveys.css';

interface Props {
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  /** Screens that do not depend on a rollout (the questions) show even without one. */
  needsRollout?: boolean;
}

export function SurveyFrame({ title, description, actions, children, needsRollout = true }: Props) {
  const rollout = useCurrentRollout();
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <SurveyTabs />
      {needsRollout && rollout === null ? (
        <div className="card">
          <EmptyState
            title="No current rollout"
            action={
              <Link href="~/rollouts" className="btn btn-primary">
                Go to Rollouts
              </Link>
            }
          >
            Survey rounds belong to a rollout. Add the technology you are introducing, or mark a rollout as
            current, then come back here.
          </EmptyState>
        </div>
      ) : needsRollout && rollout === undefined ? null : (
        children
      )}
    </>
  );
}
