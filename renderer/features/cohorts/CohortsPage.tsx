// Cohorts area: the cohort builder and wave planner. Sub-routes: the board of cohorts and waves, proposing, one
// cohort's wave plan and its printable roster, training sessions, and coaches.
import { useMemo, type ReactNode } from 'react';
import type { Cohort } from '../../domain/model';
import { Link, Route, Switch, useParams } from 'wouter';
import { Sparkles } from 'lucide-react';
import { PageHeader } from '../../ui/PageHeader';
import { CoachesPage } from './CoachesPage';
import { CohortBoard } from './CohortBoard';
import { CohortDetailPage } from './CohortDetailPage';
import { CohortTabs } from './CohortTabs';
import { MissingData } from './MissingData';
import { ProposePage } from './ProposePage';
import { RosterPrintPage } from './RosterPrintPage';
import { TrainingPage } from './TrainingPage';
import { useCohortModel, usePeopleFacts, type CohortModel } from './useCohortModel';
import './cohorts.css';

function Screen({
  title,
  description,
  actions,
  model,
  children,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  model: CohortModel | undefined;
  children: (model: CohortModel) => ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <CohortTabs />
      {model && (
        <div className="stack">
          <MissingData model={model} />
          {children(model)}
        </div>
      )}
    </>
  );
}

function OneCohort({ model, print }: { model: CohortModel | undefined; print?: boolean }) {
  const { id } = useParams<{ id: string }>();
  if (!model) return null;
  const cohort = model.cohorts.find((c) => c.id === id);
  if (!cohort)
    return (
      <>
        <PageHeader
          title="Cohort not found"
          description="It may have been moved to Trash, or it belongs to another rollout."
        />
        <Link href="/">Back to cohorts</Link>
      </>
    );
  return print ? (
    <RosterPrintPage model={model} cohort={cohort} />
  ) : (
    <CohortDetail model={model} cohort={cohort} />
  );
}

/** One cohort's page once its members' mastery is read (through the indexes, for them only). */
function CohortDetail({ model, cohort }: { model: CohortModel; cohort: Cohort }) {
  const memberIds = useMemo(() => cohort.members.map((m) => m.caseworkerId), [cohort.members]);
  const facts = usePeopleFacts(model, memberIds);
  return facts ? <CohortDetailPage model={model} cohort={cohort} mastery={facts.mastery} /> : null;
}

export function CohortsPage() {
  const model = useCohortModel();
  const rolloutName = model?.rollout?.name;
  return (
    <Switch>
      <Route path="/">
        <Screen
          title="Cohorts"
          description={`Cohorts of the same role for ${rolloutName ?? 'the current rollout'}, rolled out in waves with cheerleaders first.`}
          actions={
            <Link href="/propose" className="btn btn-primary">
              <Sparkles size={16} aria-hidden="true" /> Propose cohorts
            </Link>
          }
          model={model}
        >
          {(m) => <CohortBoard model={m} />}
        </Screen>
      </Route>
      <Route path="/propose">
        <Screen
          title="Propose cohorts"
          description="The builder's proposal from the roster and the latest survey stances, with the reason for every placement."
          model={model}
        >
          {(m) => <ProposePage model={m} />}
        </Screen>
      </Route>
      <Route path="/training">
        <Screen
          title="Training"
          description={`Training sessions for ${rolloutName ?? 'the current rollout'}, with attendance by cohort and wave.`}
          model={model}
        >
          {(m) => <TrainingPage model={m} />}
        </Screen>
      </Route>
      <Route path="/coaches">
        <Screen title="Coaches" description="The people who lead cohorts as head coaches." model={model}>
          {(m) => <CoachesPage model={m} />}
        </Screen>
      </Route>
      <Route path="/:id/roster">
        <OneCohort model={model} print />
      </Route>
      <Route path="/:id">
        <OneCohort model={model} />
      </Route>
    </Switch>
  );
}
