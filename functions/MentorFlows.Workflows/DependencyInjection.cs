using MentorFlows.Workflows.CheckIns;
using MentorFlows.Workflows.Clearance;
using MentorFlows.Workflows.Commands;
using MentorFlows.Workflows.Concerns;
using MentorFlows.Workflows.Email.Composition;
using MentorFlows.Workflows.Ingestion;
using MentorFlows.Workflows.Leaving;
using MentorFlows.Workflows.Lifecycle;
using MentorFlows.Workflows.Links;
using MentorFlows.Workflows.Matching;
using MentorFlows.Workflows.Orchestration;
using MentorFlows.Workflows.Privacy;
using MentorFlows.Workflows.Retention;
using MentorFlows.Workflows.Sending;
using MentorFlows.Workflows.Year;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorFlows.Workflows;

/// <summary>
/// Registers the scheme's workflows: every orchestrator and activity in one <see cref="WorkflowRegistry"/> (by
/// <c>nameof</c>; the Azure adapter declares the same names), the services they share, and
/// <see cref="SchemeCommands"/>. The host registers the rest: the stores (Workflows/Stores ports), an
/// <see cref="Email.IMailer"/>, an <see cref="Timeline.ITimeline"/>, an <see cref="IOrchestrationClient"/> and a
/// <see cref="TimeProvider"/> (the embedded runtime's registration provides the last two).
/// </summary>
public static class DependencyInjection
{
    public static IServiceCollection AddMentorFlowsWorkflows(this IServiceCollection services, WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var year = new SchemeYear(options.Scheme);
        var links = new SchemeLinks(options.ApiBase, new ParticipantLinkSigner(options.LinkSigningKey.Span), year.Calendar.ErasureAfterClosureAt);
        services.AddSingleton(year);
        services.AddSingleton(year.Calendar);
        services.AddSingleton(new StudentPseudonyms(options.PseudonymKey.Span));
        services.AddSingleton(links);
        EmailTemplatePreflight.Check(options.Templates, year.Calendar);
        services.AddSingleton(new EmailComposer(options.Templates, year.Calendar, links));
        services.TryAddSingleton<IMatchingJournal>(NoMatchingJournal.Instance);
        services.AddSingleton<SchemeTimeline>();
        services.AddSingleton<EmailDispatcher>();
        services.AddSingleton<MatchingGate>();
        services.AddSingleton<MentorGroupPages>();
        services.AddSingleton<EngagementReviewer>();
        services.AddSingleton<RetentionCheck>();
        services.AddSingleton<ParticipantEraser>();
        services.AddSingleton<SchemeCommands>();
        services.AddSingleton(Registry(services));
        return services;
    }

    private static WorkflowRegistry Registry(IServiceCollection services)
    {
        var registry = new WorkflowRegistry();
        Orchestrator<CohortIngestionOrchestrator, CohortIngestionInput, CohortIngestionResult>(services, registry, nameof(CohortIngestionOrchestrator));
        Orchestrator<MatchLifecycleOrchestrator, MatchLifecycleInput, MatchLifecycleResult>(services, registry, nameof(MatchLifecycleOrchestrator));
        Orchestrator<CheckInRoundOrchestrator, CheckInRoundsInput, CheckInRoundsResult>(services, registry, nameof(CheckInRoundOrchestrator));
        Orchestrator<ConcernOrchestrator, ConcernInput, ConcernResult>(services, registry, nameof(ConcernOrchestrator));
        Orchestrator<OptOutOrchestrator, LeavingInput, LeavingResult>(services, registry, nameof(OptOutOrchestrator));
        Orchestrator<RematchOrchestrator, RematchInput, MatchingResult>(services, registry, nameof(RematchOrchestrator));
        Orchestrator<RetentionOrchestrator, RetentionInput, RetentionResult>(services, registry, nameof(RetentionOrchestrator));
        Orchestrator<ClearanceReminderOrchestrator, ClearanceReminderInput, int>(services, registry, nameof(ClearanceReminderOrchestrator));

        Activity<ApplyCohortUploadActivity, ApplyCohortUploadInput, ApplyCohortUploadResult>(services, registry, nameof(ApplyCohortUploadActivity));
        Activity<EndBrokenMatchesActivity, ApplyCohortUploadInput, IReadOnlyList<string>>(services, registry, nameof(EndBrokenMatchesActivity));
        Activity<EnsureSchemeInstancesActivity, DateTime, int>(services, registry, nameof(EnsureSchemeInstancesActivity));
        Activity<MatchWaitingMenteesActivity, MatchingInput, MatchingResult>(services, registry, nameof(MatchWaitingMenteesActivity));
        Activity<StartMatchLifecyclesActivity, StartLifecyclesInput, int>(services, registry, nameof(StartMatchLifecyclesActivity));
        Activity<RunMatchMilestoneActivity, MatchMilestoneInput, EmailBatchResult>(services, registry, nameof(RunMatchMilestoneActivity));
        Activity<CheckInPageActivity, SweepPageInput, SweepPageResult>(services, registry, nameof(CheckInPageActivity));
        Activity<ClosurePageActivity, SweepPageInput, SweepPageResult>(services, registry, nameof(ClosurePageActivity));
        Activity<AlertConcernActivity, ConcernStepInput, Domain.Concerns.ConcernAlertLevel>(services, registry, nameof(AlertConcernActivity));
        Activity<AcknowledgeConcernActivity, ConcernStepInput, bool>(services, registry, nameof(AcknowledgeConcernActivity));
        Activity<RemindConcernActivity, ConcernStepInput, bool>(services, registry, nameof(RemindConcernActivity));
        Activity<DecideConcernActivity, ConcernDecisionInput, ConcernDecisionApplied>(services, registry, nameof(DecideConcernActivity));
        Activity<ReleaseErasureHoldsActivity, ConcernStepInput, int>(services, registry, nameof(ReleaseErasureHoldsActivity));
        Activity<RecordLeavingActivity, RecordLeavingInput, LeavingRecorded>(services, registry, nameof(RecordLeavingActivity));
        Activity<SendLeavingEmailsActivity, LeavingEmailsInput, EmailBatchResult>(services, registry, nameof(SendLeavingEmailsActivity));
        Activity<EraseParticipantActivity, EraseParticipantInput, ErasureOutcome>(services, registry, nameof(EraseParticipantActivity));
        Activity<EraseDueParticipantsActivity, ErasureSweepInput, ErasureSweepResult>(services, registry, nameof(EraseDueParticipantsActivity));
        Activity<FinishRetentionActivity, DateTime, int>(services, registry, nameof(FinishRetentionActivity));
        Activity<StartClearanceRemindersActivity, DateTime, int>(services, registry, nameof(StartClearanceRemindersActivity));
        Activity<SendClearanceReminderActivity, ClearanceReminderStep, bool>(services, registry, nameof(SendClearanceReminderActivity));
        return registry;
    }

    /// <summary>Orchestrators and activities hold only injected services, so one instance of each serves every call.</summary>
    private static void Orchestrator<T, TInput, TOutput>(IServiceCollection services, WorkflowRegistry registry, string name)
        where T : class, IOrchestrator<TInput, TOutput>
    {
        services.AddSingleton<T>();
        registry.AddOrchestrator<TInput, TOutput>(name, provider => provider.GetRequiredService<T>());
    }

    private static void Activity<T, TInput, TOutput>(IServiceCollection services, WorkflowRegistry registry, string name)
        where T : class, IActivity<TInput, TOutput>
    {
        services.AddSingleton<T>();
        registry.AddActivity<TInput, TOutput>(name, provider => provider.GetRequiredService<T>());
    }
}
