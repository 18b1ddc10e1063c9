using Crewline.TestSupport;
using Grpc.Core;
using Grpc.Net.Client;
using Comms = Crewline.Contracts.ClientComms.V1;
using Common = Crewline.Contracts.Common.V1;
using Own = Crewline.Contracts.Ownership.V1;
using GDate = Google.Type.Date;

namespace Crewline.EndToEnd.Tests;

/// <summary>
/// The scripted walk-through of issue 3, all over gRPC through the gateway: an advertising
/// project (PM and producer peers) and a film project (producer senior), each from creation
/// through kickoff (SPOC named in client communications, milestones of both roles on the
/// shared plan), the SPOC announced to the client and a message out and a reply back through
/// client communications, a crisis, a decision override and closeout.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class ProjectWalkthroughTests(SuiteFixture suite)
{
    [Fact]
    [Trait("Rule", "R-IND-1")]
    [Trait("Rule", "R-KICK-1")]
    [Trait("Rule", "R-CRISIS-2")]
    [Trait("Rule", "R-ROUTE-2")]
    [Trait("Rule", "R-CLOSE-1")]
    [Trait("Rule", "R-COMM-1")]
    [Trait("Rule", "R-COMM-3")]
    [Trait("Rule", "R-COMM-4")]
    public Task An_advertising_project_with_peer_roles_walks_from_creation_to_closeout() => WalkAsync(new Walk(
        Own.IndustryPreset.Advertising, Own.ProjectType.CommercialProduction, Own.Hierarchy.Peers,
        CrisisSource: Own.CrisisSource.VendorFellThrough, ExpectedCrisisLead: Common.ProjectRole.Producer,
        OverrideFunction: "vendor-selection", OverrideBy: "pm"));

    [Fact]
    [Trait("Rule", "R-IND-2")]
    [Trait("Rule", "R-KICK-1")]
    [Trait("Rule", "R-CRISIS-1")]
    [Trait("Rule", "R-CRISIS-3")]
    [Trait("Rule", "R-ROUTE-2")]
    [Trait("Rule", "R-CLOSE-2")]
    public Task A_film_project_with_a_senior_producer_walks_from_creation_to_closeout() => WalkAsync(new Walk(
        Own.IndustryPreset.FilmTvContent, Own.ProjectType.Film, Own.Hierarchy.ProducerSenior,
        // A flow-side crisis is led by the PM although the producer is senior (R-CRISIS-1, R-CRISIS-3).
        CrisisSource: Own.CrisisSource.TeamMemberDeparted, ExpectedCrisisLead: Common.ProjectRole.ProjectManager,
        // The senior producer deciding a PM-owned function is recorded as an override (R-ROUTE-2).
        OverrideFunction: "revision-rounds", OverrideBy: "producer"));

    private sealed record Walk(
        Own.IndustryPreset Preset, Own.ProjectType Type, Own.Hierarchy Hierarchy,
        Own.CrisisSource CrisisSource, Common.ProjectRole ExpectedCrisisLead, string OverrideFunction, string OverrideBy);

    private async Task WalkAsync(Walk walk)
    {
        var org = Guid.NewGuid();
        var people = new People(suite, org);

        // An org with its preset and three people linked to their token subjects.
        var orgs = new Own.OrgService.OrgServiceClient(await people.ChannelAsync("pm"));
        // The PM adds themself first, so is the org's admin, and configures the org.
        var pm = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Alex PM", Email = "alex@example.com", Subject = "pm" });
        await orgs.ConfigureOrgAsync(new Own.ConfigureOrgRequest { Name = $"{walk.Preset} org", IndustryPreset = walk.Preset });
        var producer = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Sam Producer", Email = "sam@example.com", Subject = "producer" });
        var creative = await orgs.AddPersonAsync(new Own.AddPersonRequest { Name = "Casey Creative", Email = "casey@example.com", Subject = "creative" });

        // Creation: the PM creates it and staffs it.
        var project = await (await people.OwnershipAsync("pm")).CreateProjectAsync(new Own.CreateProjectRequest
        {
            Name = "Walk-through", Type = walk.Type, CreatorRoles = { Common.ProjectRole.ProjectManager },
        });
        var id = project.ProjectId;
        var pmProjects = await people.ProjectsAsync("pm");
        await pmProjects.AddMemberAsync(new Own.AddMemberRequest { ProjectId = id, PersonId = producer.PersonId, Role = Common.ProjectRole.Producer });
        await pmProjects.AddMemberAsync(new Own.AddMemberRequest { ProjectId = id, PersonId = creative.PersonId, Role = Common.ProjectRole.CreativeLead });

        // Kickoff cannot start yet, and says everything that is missing.
        var early = await Assert.ThrowsAsync<RpcException>(() => pmProjects.StartProjectAsync(new Own.StartProjectRequest { ProjectId = id }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Contains("R-KICK-1", early.Status.Detail);
        var unmet = (await pmProjects.GetKickoffStatusAsync(new Own.GetKickoffStatusRequest { ProjectId = id })).Unmet.Select(u => u.Kind).ToHashSet();
        Assert.Superset(new HashSet<Own.KickoffConditionKind>
        {
            Own.KickoffConditionKind.SpocNotNamed, Own.KickoffConditionKind.HierarchyUndeclared, Own.KickoffConditionKind.CadenceNotSet,
            Own.KickoffConditionKind.MilestonesMissing, Own.KickoffConditionKind.FunctionNotConfirmed, Own.KickoffConditionKind.StepNotDone,
        }, unmet);

        // The SPOC is named in client communications; ownership learns it from the SpocNamed event.
        var comms = new Comms.ClientCommsService.ClientCommsServiceClient(await people.ChannelAsync("pm"));
        await Eventually.Until(async () => await Succeeds(() => comms.NameSpocAsync(new Comms.NameSpocRequest
        {
            ProjectId = id, Role = Common.ProjectRole.Producer, PersonId = producer.PersonId, PersonSubject = "producer", PersonName = "Sam Producer",
        }).ResponseAsync));
        await Eventually.Until(async () => (await pmProjects.GetProjectDetailAsync(new Own.GetProjectDetailRequest { ProjectId = id })).Spoc is not null);

        // Milestones of both roles on the one shared plan, each added by its owner.
        await (await people.PlanAsync("pm")).AddPlanItemAsync(new Own.AddPlanItemRequest
        {
            ProjectId = id, Kind = Own.PlanItemKind.Milestone, OwnerRole = Common.ProjectRole.ProjectManager, Title = "Brief lock",
            Start = Day(2027, 1, 4), Due = Day(2027, 1, 8),
        });
        await (await people.PlanAsync("producer")).AddPlanItemAsync(new Own.AddPlanItemRequest
        {
            ProjectId = id, Kind = Own.PlanItemKind.Milestone, OwnerRole = Common.ProjectRole.Producer, Title = "Shoot day",
            Start = Day(2027, 2, 1), Due = Day(2027, 2, 1),
        });

        // The relationship in writing: hierarchy, cadence, the six kickoff steps, every function confirmed by its owner.
        await pmProjects.DeclareHierarchyAsync(new Own.DeclareHierarchyRequest { ProjectId = id, Hierarchy = walk.Hierarchy });
        await pmProjects.SetCadenceAsync(new Own.SetCadenceRequest { ProjectId = id, Frequency = Own.CadenceFrequency.Weekly, Note = "Mondays 10:00" });
        foreach (var (step, subject) in new[]
                 {
                     (Own.KickoffStep.ProductionPlanPresented, "producer"), (Own.KickoffStep.ProjectPlanPresented, "pm"),
                     (Own.KickoffStep.ReviewProcessPresented, "pm"), (Own.KickoffStep.BriefWalkedThrough, "creative"),
                     (Own.KickoffStep.ProductionScopeConfirmed, "producer"), (Own.KickoffStep.ProjectFlowScopeConfirmed, "pm"),
                 })
            await (await people.ProjectsAsync(subject)).CompleteKickoffStepAsync(new Own.CompleteKickoffStepRequest { ProjectId = id, Step = step });

        var matrix = await pmProjects.GetMatrixAsync(new Own.GetMatrixRequest { ProjectId = id });
        foreach (var row in matrix.Rows)
        foreach (var owner in row.Owners)
            await (await people.ProjectsAsync(SubjectOf(owner))).ConfirmFunctionAsync(new Own.ConfirmFunctionRequest { ProjectId = id, FunctionKey = row.FunctionKey });

        var client = new ClientConversation(suite, id, $"jo.{Guid.NewGuid():N}@client.example");
        await client.AddContactAsync(await people.ChannelAsync("pm"));

        var started = await pmProjects.StartProjectAsync(new Own.StartProjectRequest { ProjectId = id });
        Assert.Equal(Own.ProjectPhase.Active, started.Phase);
        Assert.Equal(walk.Hierarchy, started.Hierarchy);

        // Client communications: the producer is the SPOC here, so the PM's send is the one handed over.
        await client.RunAsync(spoc: await people.ChannelAsync("producer"), other: await people.ChannelAsync("pm"), otherPersonId: pm.PersonId, spocName: "Sam Producer");

        // A crisis: led by the owner of its source, not by whoever is senior.
        var crises = new Own.CrisisService.CrisisServiceClient(await people.ChannelAsync("pm"));
        var crisis = await crises.OpenCrisisAsync(new Own.OpenCrisisRequest { ProjectId = id, Source = walk.CrisisSource, Description = "It happened." });
        Assert.Equal(walk.ExpectedCrisisLead, crisis.LeadRole);
        var lead = new Own.CrisisService.CrisisServiceClient(await people.ChannelAsync(SubjectOf(walk.ExpectedCrisisLead)));
        var resolved = await lead.ResolveCrisisAsync(new Own.ResolveCrisisRequest { ProjectId = id, CrisisId = crisis.CrisisId, Resolution = "Handled." });
        Assert.NotNull(resolved.ResolvedAt);

        // A decision by the role that does not own the function is kept, flagged as an override.
        var decisions = new Own.DecisionService.DecisionServiceClient(await people.ChannelAsync(walk.OverrideBy));
        var decision = await decisions.RecordDecisionAsync(new Own.RecordDecisionRequest
        {
            ProjectId = id, FunctionKey = walk.OverrideFunction, What = "Went ahead", Why = "No time to wait",
        });
        Assert.True(decision.IsOverride);

        // Closeout: each half confirmed by its owner, the retro recorded jointly, then closed.
        foreach (var (function, subject) in new[]
                 {
                     ("asset-handoff", "producer"), ("rights-documentation", "producer"), ("budget-reconciliation", "producer"),
                     ("final-files", "pm"), ("brand-documentation", "pm"), ("archive", "pm"), ("client-sign-off", "pm"),
                 })
            await (await people.ProjectsAsync(subject)).ConfirmCloseoutItemAsync(new Own.ConfirmCloseoutItemRequest { ProjectId = id, FunctionKey = function });
        var noRetro = await Assert.ThrowsAsync<RpcException>(() => pmProjects.CloseProjectAsync(new Own.CloseProjectRequest { ProjectId = id }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, noRetro.StatusCode);
        Assert.Contains("R-CLOSE-2", noRetro.Status.Detail);
        await pmProjects.RecordRetroAsync(new Own.RecordRetroRequest
        {
            ProjectId = id, Notes = "Vendor backup list worked; brief lock came late.", FacilitatedBy = { pm.PersonId, producer.PersonId },
        });
        var closed = await pmProjects.CloseProjectAsync(new Own.CloseProjectRequest { ProjectId = id });
        Assert.Equal(Own.ProjectPhase.Closed, closed.Phase);
    }

    private static string SubjectOf(Common.ProjectRole role) => role switch
    {
        Common.ProjectRole.ProjectManager => "pm",
        Common.ProjectRole.Producer => "producer",
        Common.ProjectRole.CreativeLead => "creative",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "No one in the walk-through holds it."),
    };

    private static GDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static async Task<bool> Succeeds(Func<Task> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.FailedPrecondition)
        {
            return false; // the project, or its members and their roles, have not reached client communications yet
        }
    }

    /// <summary>Gateway channels per person of one org, each with a token minted for that person.</summary>
    private sealed class People(SuiteFixture suite, Guid org)
    {
        private readonly Dictionary<string, GrpcChannel> _channels = new();

        public async Task<GrpcChannel> ChannelAsync(string subject)
        {
            if (!_channels.TryGetValue(subject, out var channel))
                _channels[subject] = channel = suite.GatewayChannel(await suite.TokenAsync(subject, org));
            return channel;
        }

        public async Task<Own.OwnershipService.OwnershipServiceClient> OwnershipAsync(string subject) => new(await ChannelAsync(subject));
        public async Task<Own.ProjectService.ProjectServiceClient> ProjectsAsync(string subject) => new(await ChannelAsync(subject));
        public async Task<Own.PlanService.PlanServiceClient> PlanAsync(string subject) => new(await ChannelAsync(subject));
    }
}
