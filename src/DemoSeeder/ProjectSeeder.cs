using Grpc.Core;
using Comms = Crewline.Contracts.ClientComms.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using Scope = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.DemoSeeder;

/// <summary>
/// Seeds one demo project through the public API, each call made by the person whose job it is:
/// created by its PM, staffed, kicked off and started (unless its failure mode keeps it in setup),
/// decisions by the functions' owners, then what it is seeded to show (failure modes, scope changes,
/// a client conversation, vendor invoices). Logs what it made.
/// </summary>
public sealed class ProjectSeeder(DemoPlan plan, DemoGateway gateway, IReadOnlyDictionary<string, string> personIds, ILogger logger)
{
    private const string Creative = "casey";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task SeedAsync(DemoProject project, CancellationToken ct)
    {
        var pm = plan.Person(project.ProjectManager);
        var producer = plan.Person(project.Producer);
        var created = await new Own.OwnershipService.OwnershipServiceClient(await gateway.AsAsync(pm, ct)).CreateProjectAsync(
            new Own.CreateProjectRequest { Name = project.Name, Type = project.Type, CreatorRoles = { Common.ProjectRole.ProjectManager } }, cancellationToken: ct);
        var id = created.ProjectId;
        var projects = await ProjectsAsync(pm, ct);
        await projects.AddMemberAsync(new Own.AddMemberRequest { ProjectId = id, PersonId = personIds[producer.Subject], Role = Common.ProjectRole.Producer }, cancellationToken: ct);
        await projects.AddMemberAsync(new Own.AddMemberRequest { ProjectId = id, PersonId = personIds[Creative], Role = Common.ProjectRole.CreativeLead }, cancellationToken: ct);
        var matrix = await projects.GetMatrixAsync(new Own.GetMatrixRequest { ProjectId = id }, cancellationToken: ct);
        var ctx = new Context(project, id, pm, producer, matrix);
        logger.LogInformation("Demo project {Project} ({Type}, {Weight}) created: {ProjectId}.", project.Name, project.Type,
            project.ProductionHeavy ? "production-heavy" : "flow-heavy", id);

        if (project.Failures.Contains(DemoFailure.UnownedFunction))
        {
            await projects.DeclareHierarchyAsync(new Own.DeclareHierarchyRequest { ProjectId = id, Hierarchy = project.Hierarchy }, cancellationToken: ct);
            await projects.RemoveRoleAsync(new Own.RemoveRoleRequest { ProjectId = id, PersonId = personIds[producer.Subject], Role = Common.ProjectRole.Producer }, cancellationToken: ct);
            logger.LogInformation("{Project}: R-FAIL-2 gap: {Producer} left the producer role before kickoff; the producer's functions have no owner.", project.Name, producer.Name);
            return;
        }
        if (project.Started) await KickOffAndStartAsync(ctx, ct);
        else logger.LogInformation("{Project}: left in setup: no reporting line declared (R-FAIL-3), so kickoff cannot start (R-KICK-1).", project.Name);

        await OwnerDecisionsAsync(ctx, ct);
        foreach (var failure in project.Failures) await ShowAsync(ctx, failure, ct);
        foreach (var change in project.ScopeChanges) await ScopeChangeAsync(ctx, change, ct);
        if (project.ClientConversation) await ClientConversationAsync(ctx, ct);
        if (project.Started && project.ProductionHeavy) await CurrentInvoicesAsync(ctx, ct);
    }

    private async Task KickOffAndStartAsync(Context ctx, CancellationToken ct)
    {
        var id = ctx.ProjectId;
        var pmProjects = await ProjectsAsync(ctx.Pm, ct);
        // The PM is the single point of contact; ClientComms knows the project shortly after Ownership.
        var pmComms = await CommsAsync(ctx.Pm, ct);
        await Patience.OnceReplicatedAsync(() => pmComms.NameSpocAsync(new Comms.NameSpocRequest
        {
            ProjectId = id, Role = Common.ProjectRole.ProjectManager, PersonId = personIds[ctx.Pm.Subject], PersonSubject = ctx.Pm.Subject,
            PersonName = ctx.Pm.Name, Reason = "The PM runs this client relationship.",
        }, cancellationToken: ct).ResponseAsync, $"client comms to know {ctx.Project.Name}", ct, alsoWhileFailedPrecondition: true);
        await pmComms.AddContactAsync(new Comms.AddContactRequest
        {
            ProjectId = id, Name = "Jo Rivera", Email = $"jo.rivera+{Slug(ctx.Project.Name)}@client.example", RoleAtClient = "Marketing lead",
        }, cancellationToken: ct);
        await Patience.UntilTrueAsync(async () => (await pmProjects.GetProjectDetailAsync(new Own.GetProjectDetailRequest { ProjectId = id }, cancellationToken: ct)).Spoc is not null,
            $"ownership to learn the SPOC of {ctx.Project.Name}", ct);

        await (await PlanAsync(ctx.Pm, ct)).AddPlanItemAsync(new Own.AddPlanItemRequest
        {
            ProjectId = id, Kind = Own.PlanItemKind.Milestone, OwnerRole = Common.ProjectRole.ProjectManager, Title = "Brief lock",
            Start = Day(-3), Due = Day(4),
        }, cancellationToken: ct);
        await (await PlanAsync(ctx.Producer, ct)).AddPlanItemAsync(new Own.AddPlanItemRequest
        {
            ProjectId = id, Kind = Own.PlanItemKind.Milestone, OwnerRole = Common.ProjectRole.Producer,
            Title = ctx.Project.ProductionHeavy ? "Shoot day" : "Print proofs approved", Start = Day(21), Due = Day(23),
        }, cancellationToken: ct);
        await pmProjects.DeclareHierarchyAsync(new Own.DeclareHierarchyRequest { ProjectId = id, Hierarchy = ctx.Project.Hierarchy }, cancellationToken: ct);
        await pmProjects.SetCadenceAsync(new Own.SetCadenceRequest { ProjectId = id, Frequency = Own.CadenceFrequency.Weekly, Note = "Mondays 10:00" }, cancellationToken: ct);
        foreach (var (step, role) in KickoffSteps)
            await (await ProjectsAsync(Holder(ctx, role), ct)).CompleteKickoffStepAsync(new Own.CompleteKickoffStepRequest { ProjectId = id, Step = step }, cancellationToken: ct);
        foreach (var row in ctx.Matrix.Rows)
        foreach (var owner in row.Owners)
            await (await ProjectsAsync(Holder(ctx, owner), ct)).ConfirmFunctionAsync(new Own.ConfirmFunctionRequest { ProjectId = id, FunctionKey = row.FunctionKey }, cancellationToken: ct);
        await pmProjects.StartProjectAsync(new Own.StartProjectRequest { ProjectId = id }, cancellationToken: ct);
        logger.LogInformation("{Project}: kicked off and started: SPOC {Pm}, hierarchy {Hierarchy}, weekly cadence, milestones of both roles, every function confirmed.", ctx.Project.Name,
            ctx.Pm.Name, ctx.Project.Hierarchy);
    }

    private static readonly (Own.KickoffStep Step, Common.ProjectRole Role)[] KickoffSteps =
    [
        (Own.KickoffStep.ProductionPlanPresented, Common.ProjectRole.Producer), (Own.KickoffStep.ProjectPlanPresented, Common.ProjectRole.ProjectManager),
        (Own.KickoffStep.ReviewProcessPresented, Common.ProjectRole.ProjectManager), (Own.KickoffStep.BriefWalkedThrough, Common.ProjectRole.CreativeLead),
        (Own.KickoffStep.ProductionScopeConfirmed, Common.ProjectRole.Producer), (Own.KickoffStep.ProjectFlowScopeConfirmed, Common.ProjectRole.ProjectManager),
    ];

    /// <summary>Everyday decisions, each taken by the function's owner (R-ROUTE-2: no override).</summary>
    private async Task OwnerDecisionsAsync(Context ctx, CancellationToken ct)
    {
        if (OwnedBy(ctx, Common.ProjectRole.ProjectManager, "revision-rounds", "internal-review").FirstOrDefault() is { } pmFunction)
            await DecideAsync(ctx, ctx.Pm, pmFunction, "Two revision rounds on the key visual, then lock", "The client's review board meets only twice before the deadline", ct);
        if (OwnedBy(ctx, Common.ProjectRole.Producer, "vendor-selection", "production-budget").FirstOrDefault() is { } producerFunction)
            await DecideAsync(ctx, ctx.Producer, producerFunction, "Book Lightbox Studios over the second bid", "Same price, and they hold the dates", ct);
    }

    private async Task ShowAsync(Context ctx, DemoFailure failure, CancellationToken ct)
    {
        switch (failure)
        {
            case DemoFailure.DuplicatedOwner:
            {
                var function = OwnedBy(ctx, Common.ProjectRole.ProjectManager, "deliverable-tracking", "internal-team-coordination").First();
                await (await ProjectsAsync(ctx.Pm, ct)).AddOwnerAsync(new Own.ChangeOwnerRequest { ProjectId = ctx.ProjectId, FunctionKey = function, Owner = Common.ProjectRole.Producer }, cancellationToken: ct);
                logger.LogInformation("{Project}: R-FAIL-1 duplicated function: {Function} now has two accountable owners (PM and producer).", ctx.Project.Name, function);
                break;
            }
            case DemoFailure.ConflictingClientStatus:
            {
                await (await CommsAsync(ctx.Pm, ct)).ComposeStatusAsync(new Comms.ComposeStatusRequest { ProjectId = ctx.ProjectId, Note = "On track for the launch date." }, cancellationToken: ct);
                try
                {
                    await (await CommsAsync(ctx.Producer, ct)).ComposeStatusAsync(new Comms.ComposeStatusRequest { ProjectId = ctx.ProjectId, Note = "The shoot moves a week." }, cancellationToken: ct);
                    throw new InvalidOperationException("ClientComms accepted a second, different status in the cadence window (R-COMM-5 expected a refusal).");
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
                {
                    logger.LogInformation("{Project}: R-FAIL-1 conflicting client status: the producer's status after the PM's was refused ({Detail}).", ctx.Project.Name, ex.Status.Detail);
                }
                break;
            }
            case DemoFailure.InvoicePastTerms:
            {
                var ledger = await LedgerAsync(ctx.Producer, ct);
                await ReceiveInvoiceAsync(ledger, ctx, "Brightline Lighting Rental", 8_400, daysAgo: 75, termsDays: 30, ct);
                var paid = await ReceiveInvoiceAsync(ledger, ctx, "Propworks", 3_100, daysAgo: 60, termsDays: 30, ct);
                await ledger.MarkVendorInvoicePaidAsync(new Own.MarkVendorInvoicePaidRequest { ProjectId = ctx.ProjectId, InvoiceId = paid.InvoiceId, PaidOn = Day(-25) }, cancellationToken: ct);
                logger.LogInformation("{Project}: R-FAIL-2 aging work: Brightline Lighting Rental's invoice, received 75 days ago on 30-day terms, is unpaid (Ownership's overdue scan reports it).", ctx.Project.Name);
                break;
            }
            case DemoFailure.AwaitingSignature:
            {
                var change = await CombinedChangeAsync(ctx, "Add a limited-edition gift box", ct);
                await (await ScopeAsync(ctx.Pm, ct)).SignChangeResponseAsync(new Scope.SignChangeResponseRequest
                    { ChangeRequestId = change.ChangeRequestId, Version = change.CurrentVersion, Role = Common.ProjectRole.ProjectManager }, cancellationToken: ct);
                logger.LogInformation("{Project}: R-FAIL-2 aging work: scope change {Change} is signed by the PM and waits on the producer's signature; it is escalated once its sign-off deadline passes.", ctx.Project.Name,
                    change.ChangeRequestId);
                break;
            }
            case DemoFailure.NoReportingLine:
                logger.LogInformation("{Project}: R-FAIL-3 unstated hierarchy: {Pm} (PM) and {Producer} (producer), and no reporting line declared.", ctx.Project.Name, ctx.Pm.Name, ctx.Producer.Name);
                break;
            case DemoFailure.RepeatedOverrides:
            {
                var functions = OwnedBy(ctx, Common.ProjectRole.ProjectManager, "revision-rounds", "internal-review", "deliverable-tracking", "internal-capacity").ToList();
                string[] what = ["Skip the second internal review", "Cut the revision rounds to one", "Move the edit team onto the trailer"];
                for (var i = 0; i < what.Length; i++)
                    await DecideAsync(ctx, ctx.Producer, functions[i % functions.Count], what[i], "The festival deadline does not move", ct);
                logger.LogInformation("{Project}: R-FAIL-3 unstated hierarchy: the producer took {Count} decisions on PM-owned functions (overrides, R-ROUTE-2).", ctx.Project.Name, what.Length);
                break;
            }
            case DemoFailure.UnownedFunction: // seeded while staffing (SeedAsync)
            default:
                break;
        }
    }

    private async Task ScopeChangeAsync(Context ctx, DemoScopeChange state, CancellationToken ct)
    {
        var pmScope = await ScopeAsync(ctx.Pm, ct);
        switch (state)
        {
            case DemoScopeChange.Cancelled:
            {
                var change = await SubmitChangeAsync(ctx, "A second language version", ct);
                await pmScope.CancelChangeRequestAsync(new Scope.CancelChangeRequestRequest { ChangeRequestId = change.ChangeRequestId, Reason = "The client withdrew the request." }, cancellationToken: ct);
                break;
            }
            case DemoScopeChange.InAssessment:
            {
                var change = await SubmitChangeAsync(ctx, "Extend the identity to the mobile app", ct);
                await ProductionAssessmentAsync(ctx, change.ChangeRequestId, "App icon set", ct);
                break;
            }
            case DemoScopeChange.Approved:
            {
                var change = await CombinedChangeAsync(ctx, ctx.Project.ProductionHeavy ? "A 15-second cut-down" : "Three extra social formats", ct);
                await pmScope.SignChangeResponseAsync(new Scope.SignChangeResponseRequest { ChangeRequestId = change.ChangeRequestId, Version = change.CurrentVersion, Role = Common.ProjectRole.ProjectManager }, cancellationToken: ct);
                await (await ScopeAsync(ctx.Producer, ct)).SignChangeResponseAsync(new Scope.SignChangeResponseRequest
                    { ChangeRequestId = change.ChangeRequestId, Version = change.CurrentVersion, Role = Common.ProjectRole.Producer }, cancellationToken: ct);
                break;
            }
            case DemoScopeChange.Rejected:
            {
                var change = await CombinedChangeAsync(ctx, "Add a live event in three cities", ct);
                await pmScope.RejectChangeResponseAsync(new Scope.RejectChangeResponseRequest
                    { ChangeRequestId = change.ChangeRequestId, Version = change.CurrentVersion, Role = Common.ProjectRole.ProjectManager, Reason = "Out of this campaign's scope; quoted separately." }, cancellationToken: ct);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, null);
        }
        logger.LogInformation("{Project}: scope change left {State}.", ctx.Project.Name, state);
    }

    private async Task<Scope.ChangeRequest> SubmitChangeAsync(Context ctx, string title, CancellationToken ct)
    {
        var pmScope = await ScopeAsync(ctx.Pm, ct);
        return await Patience.OnceReplicatedAsync(() => pmScope.SubmitChangeRequestAsync(new Scope.SubmitChangeRequestRequest
        {
            ProjectId = ctx.ProjectId, Title = title, Description = $"The client asked for it on the weekly call: {title.ToLowerInvariant()}.",
            RequestedBy = "Jo Rivera (client)", RequestedDeliverables = { title },
        }, cancellationToken: ct).ResponseAsync, $"scope changes to know {ctx.Project.Name}", ct);
    }

    private async Task ProductionAssessmentAsync(Context ctx, string changeId, string item, CancellationToken ct) =>
        await (await ScopeAsync(ctx.Producer, ct)).SubmitProductionAssessmentAsync(new Scope.SubmitProductionAssessmentRequest
        {
            ChangeRequestId = changeId, ScheduleImpactDays = 3, VendorImplications = "The studio holds two more days.",
            CostDeltas = { new Scope.CostDelta { Category = Own.BudgetCategory.Post, Amount = Eur(4_200) } },
            PlanItems = { new Scope.ProposedPlanItem { Kind = Own.PlanItemKind.ProductionItem, Title = item, Start = Day(30), Due = Day(33) } },
        }, cancellationToken: ct);

    /// <summary>A change both roles assessed: one combined response waiting for their signatures (R-SCOPE-1..3).</summary>
    private async Task<Scope.ChangeRequest> CombinedChangeAsync(Context ctx, string title, CancellationToken ct)
    {
        var change = await SubmitChangeAsync(ctx, title, ct);
        await ProductionAssessmentAsync(ctx, change.ChangeRequestId, title, ct);
        return await (await ScopeAsync(ctx.Pm, ct)).SubmitFlowAssessmentAsync(new Scope.SubmitFlowAssessmentRequest
        {
            ChangeRequestId = change.ChangeRequestId, ExtraRevisionRounds = 1, TimelineImpactDays = 3,
            Capacity = { new Scope.TeamHours { Team = "Design", Hours = "16" } },
        }, cancellationToken: ct);
    }

    /// <summary>The producer's mail is handed to the PM (the SPOC), who briefs the producer and sends it; then a status from the plan.</summary>
    private async Task ClientConversationAsync(Context ctx, CancellationToken ct)
    {
        var producerComms = await CommsAsync(ctx.Producer, ct);
        var pmComms = await CommsAsync(ctx.Pm, ct);
        var draft = await producerComms.DraftMessageAsync(new Comms.DraftMessageRequest
            { ProjectId = ctx.ProjectId, Subject = "Shoot plan for your review", Body = "Here is the shoot plan: two days at the studio, one on location." }, cancellationToken: ct);
        await producerComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = ctx.ProjectId, MessageId = draft.MessageId }, cancellationToken: ct);
        await pmComms.BriefOtherRoleAsync(new Comms.BriefOtherRoleRequest
            { ProjectId = ctx.ProjectId, MessageId = draft.MessageId, BriefedPersonId = personIds[ctx.Producer.Subject], Summary = "Agreed the shoot plan wording." }, cancellationToken: ct);
        await pmComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = ctx.ProjectId, MessageId = draft.MessageId }, cancellationToken: ct);
        var status = await pmComms.ComposeStatusAsync(new Comms.ComposeStatusRequest { ProjectId = ctx.ProjectId, Note = "Brief locked; the shoot is booked." }, cancellationToken: ct);
        await pmComms.BriefOtherRoleAsync(new Comms.BriefOtherRoleRequest
            { ProjectId = ctx.ProjectId, MessageId = status.MessageId, BriefedPersonId = personIds[ctx.Producer.Subject], Summary = "This week's status, from the plan." }, cancellationToken: ct);
        await pmComms.SendMessageAsync(new Comms.SendMessageRequest { ProjectId = ctx.ProjectId, MessageId = status.MessageId }, cancellationToken: ct);
        logger.LogInformation("{Project}: client conversation: the producer's mail went out through the SPOC after a briefing, then a status from the shared plan.", ctx.Project.Name);
    }

    private async Task CurrentInvoicesAsync(Context ctx, CancellationToken ct)
    {
        var ledger = await LedgerAsync(ctx.Producer, ct);
        await ReceiveInvoiceAsync(ledger, ctx, "Cutroom Post", 5_600, daysAgo: 12, termsDays: 30, ct);
        await ReceiveInvoiceAsync(ledger, ctx, "Casting Partners", 1_900, daysAgo: 26, termsDays: 45, ct);
    }

    private static Task<Own.VendorInvoice> ReceiveInvoiceAsync(Own.LedgerService.LedgerServiceClient ledger, Context ctx, string vendor, long amount, int daysAgo, int termsDays, CancellationToken ct) =>
        ledger.ReceiveVendorInvoiceAsync(new Own.ReceiveVendorInvoiceRequest
        {
            ProjectId = ctx.ProjectId, VendorName = vendor, Amount = Eur(amount), ReceivedOn = Day(-daysAgo), PaymentTermsDays = termsDays,
        }, cancellationToken: ct).ResponseAsync;

    private async Task DecideAsync(Context ctx, DemoPerson by, string function, string what, string why, CancellationToken ct) =>
        await new Own.DecisionService.DecisionServiceClient(await gateway.AsAsync(by, ct)).RecordDecisionAsync(new Own.RecordDecisionRequest
            { ProjectId = ctx.ProjectId, FunctionKey = function, What = what, Why = why }, cancellationToken: ct);

    /// <summary>The functions (from <paramref name="preferred"/>, in that order, else any) that only <paramref name="role"/> owns.</summary>
    private static IEnumerable<string> OwnedBy(Context ctx, Common.ProjectRole role, params string[] preferred)
    {
        var owned = ctx.Matrix.Rows.Where(r => r.Owners.Count == 1 && r.Owners[0] == role).Select(r => r.FunctionKey).ToList();
        return preferred.Where(owned.Contains).Concat(owned.Except(preferred));
    }

    private DemoPerson Holder(Context ctx, Common.ProjectRole role) => role switch
    {
        Common.ProjectRole.ProjectManager => ctx.Pm,
        Common.ProjectRole.Producer => ctx.Producer,
        Common.ProjectRole.CreativeLead => plan.Person(Creative),
        _ => throw new InvalidOperationException($"Nobody on a demo project holds {role}."),
    };

    private async Task<Own.ProjectService.ProjectServiceClient> ProjectsAsync(DemoPerson p, CancellationToken ct) => new(await gateway.AsAsync(p, ct));
    private async Task<Own.PlanService.PlanServiceClient> PlanAsync(DemoPerson p, CancellationToken ct) => new(await gateway.AsAsync(p, ct));
    private async Task<Own.LedgerService.LedgerServiceClient> LedgerAsync(DemoPerson p, CancellationToken ct) => new(await gateway.AsAsync(p, ct));
    private async Task<Comms.ClientCommsService.ClientCommsServiceClient> CommsAsync(DemoPerson p, CancellationToken ct) => new(await gateway.AsAsync(p, ct));
    private async Task<Scope.ScopeChangeService.ScopeChangeServiceClient> ScopeAsync(DemoPerson p, CancellationToken ct) => new(await gateway.AsAsync(p, ct));

    private static Google.Type.Date Day(int offsetDays)
    {
        var day = Today.AddDays(offsetDays);
        return new Google.Type.Date { Year = day.Year, Month = day.Month, Day = day.Day };
    }

    private static Google.Type.Money Eur(long units) => new() { CurrencyCode = "EUR", Units = units };

    private static string Slug(string name) => new(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    private sealed record Context(DemoProject Project, string ProjectId, DemoPerson Pm, DemoPerson Producer, Own.Matrix Matrix);
}
