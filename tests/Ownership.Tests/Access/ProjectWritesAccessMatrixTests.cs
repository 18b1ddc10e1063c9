using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using Google.Protobuf;
using Grpc.Core;
using static Grpc.Core.StatusCode;

namespace Crewline.Ownership.Tests.Access;

/// <summary>
/// Every change of a project in Ownership's project services (ProjectService, DecisionService,
/// CrisisService, PlanService, LedgerService) against every kind of caller (docs/ARCHITECTURE.md,
/// "The documented answers"). Each row runs on a fresh project of one org (its PM, producer,
/// creative lead and leadership member on it; a plain member and an admin of the org not on it),
/// so an OK row is a real change that succeeds for the role the call needs, and every refused row
/// is checked to have changed nothing: no event in the outbox, and the project reads the same.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class ProjectWritesAccessMatrixTests(OwnershipFixture fixture)
{
    private static readonly object Gate = new();
    private static Task<World>? _world;

    // Answers in AccessCaller order: OutsideOrg, NotAPerson, OrgMemberNotOnProject, WrongRole (the creative lead), RightRole, OrgAdmin.
    private static readonly StatusCode[] RoleNeeded = [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, OK, PermissionDenied];
    private static readonly StatusCode[] AnyMember = [NotFound, PermissionDenied, PermissionDenied, OK, OK, PermissionDenied];
    /// <summary>Access passes for the right role; the fresh project (in kickoff) breaks the rule the call checks next.</summary>
    private static readonly StatusCode[] RoleNeededNotReady = [NotFound, PermissionDenied, PermissionDenied, PermissionDenied, FailedPrecondition, PermissionDenied];
    /// <summary>Closeout calls: the project must be active (R-CLOSE), checked before the role, so any member of the project in kickoff meets the rule.</summary>
    private static readonly StatusCode[] MembersNotActive = [NotFound, PermissionDenied, PermissionDenied, FailedPrecondition, FailedPrecondition, PermissionDenied];

    /// <summary>Who holds the right role for each call (the project manager unless named here).</summary>
    private static readonly Dictionary<string, string> RightRole = new()
    {
        ["ResolveJointEscalation"] = "leader",
        ["ConfirmFunction"] = "producer", ["MarkVendorInvoicePaid"] = "producer", // the advertising catalog gives vendor-payments to the producer
        ["AddBudgetLine"] = "producer", ["UpdateBudgetLine"] = "producer", ["ReceiveVendorInvoice"] = "producer",
    };

    public static TheoryData<string, AccessCaller, StatusCode> Rows => AccessMatrix.Rows(
        ("AddMember", RoleNeeded), ("RemoveRole", RoleNeeded),
        ("ReassignOwner", RoleNeeded), ("AddOwner", RoleNeeded), ("MarkShared", RoleNeeded), ("ConfirmFunction", RoleNeeded),
        ("DeclareHierarchy", RoleNeeded), ("SetCadence", RoleNeeded), ("CompleteKickoffStep", RoleNeeded), ("ApplyTemplate", RoleNeeded),
        ("StartProject", RoleNeededNotReady), ("ConfirmCloseoutItem", MembersNotActive), ("RecordRetro", MembersNotActive),
        ("CloseProject", MembersNotActive),
        ("RecordDecision", AnyMember), ("RaiseJointEscalation", RoleNeeded), ("ResolveJointEscalation", RoleNeeded),
        ("OpenCrisis", AnyMember), ("ResolveCrisis", RoleNeeded),
        ("AddPlanItem", RoleNeeded), ("AddPlanDependency", RoleNeeded), ("ReschedulePlanItem", RoleNeeded), ("ChangePlanItemStatus", RoleNeeded),
        ("AddBudgetLine", RoleNeeded), ("UpdateBudgetLine", RoleNeeded), ("ReceiveVendorInvoice", RoleNeeded), ("MarkVendorInvoicePaid", RoleNeeded));

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_project_write_answers_each_caller_as_documented_and_a_refused_one_changes_nothing(string rpc, AccessCaller caller, StatusCode expected)
    {
        var world = await WorldAsync();
        var id = await NewProjectAsync(world);
        var prepared = await PrepareAsync(world, rpc, id);
        var subject = caller == AccessCaller.RightRole ? RightRole.GetValueOrDefault(rpc, "pm") : world.Subjects[caller];
        var channel = fixture.Service.CreateChannel(fixture.Service.TokenFor(subject, caller == AccessCaller.OutsideOrg ? world.OtherOrg : world.Org));
        var before = await StateAsync(world, id);

        await AccessMatrix.Answers(expected, Call(new Clients(channel), rpc, id, world, prepared));

        if (expected != OK) Assert.Equal(before, await StateAsync(world, id));
    }

    [Fact]
    public void The_read_and_write_matrices_cover_every_rpc_of_the_project_services() =>
        Assert.Equal(
            new[] { ProjectService.Descriptor, DecisionService.Descriptor, CrisisService.Descriptor, PlanService.Descriptor, LedgerService.Descriptor }
                .SelectMany(s => s.Methods).Select(m => m.Name).Order(),
            Rows.Concat(ProjectReadsAccessMatrixTests.Rows).Select(r => (string)r[0]).Distinct().Order());

    private static Func<Task> Call(Clients c, string rpc, string id, World world, Prepared p) => rpc switch
    {
        "AddMember" => () => c.Projects.AddMemberAsync(new AddMemberRequest { ProjectId = id, PersonId = world.MemberPersonId, Role = ProjectRole.Producer }).ResponseAsync,
        "RemoveRole" => () => c.Projects.RemoveRoleAsync(new RemoveRoleRequest { ProjectId = id, PersonId = world.CreativePersonId, Role = ProjectRole.CreativeLead }).ResponseAsync,
        "ReassignOwner" => () => c.Projects.ReassignOwnerAsync(new ChangeOwnerRequest { ProjectId = id, FunctionKey = VendorPayments, Owner = ProjectRole.Producer }).ResponseAsync,
        "AddOwner" => () => c.Projects.AddOwnerAsync(new ChangeOwnerRequest { ProjectId = id, FunctionKey = VendorPayments, Owner = ProjectRole.Producer }).ResponseAsync,
        "MarkShared" => () => c.Projects.MarkSharedAsync(new MarkSharedRequest
            { ProjectId = id, FunctionKey = VendorPayments, CoOwners = { ProjectRole.ProjectManager, ProjectRole.Producer } }).ResponseAsync,
        "ConfirmFunction" => () => c.Projects.ConfirmFunctionAsync(new ConfirmFunctionRequest { ProjectId = id, FunctionKey = VendorPayments }).ResponseAsync,
        "DeclareHierarchy" => () => c.Projects.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = id, Hierarchy = Hierarchy.ProjectManagerSenior }).ResponseAsync,
        "SetCadence" => () => c.Projects.SetCadenceAsync(new SetCadenceRequest { ProjectId = id, Frequency = CadenceFrequency.Weekly, Note = "Monday stand-up" }).ResponseAsync,
        "CompleteKickoffStep" => () => c.Projects.CompleteKickoffStepAsync(new CompleteKickoffStepRequest { ProjectId = id, Step = KickoffStep.ProjectPlanPresented }).ResponseAsync,
        "ApplyTemplate" => () => c.Projects.ApplyTemplateAsync(new ApplyTemplateRequest { ProjectId = id, SourceProjectId = world.TemplateProjectId }).ResponseAsync,
        "StartProject" => () => c.Projects.StartProjectAsync(new StartProjectRequest { ProjectId = id }).ResponseAsync,
        "ConfirmCloseoutItem" => () => c.Projects.ConfirmCloseoutItemAsync(new ConfirmCloseoutItemRequest { ProjectId = id, FunctionKey = "final-files" }).ResponseAsync,
        "RecordRetro" => () => c.Projects.RecordRetroAsync(new RecordRetroRequest { ProjectId = id, Notes = "What went well", FacilitatedBy = { world.PmPersonId } }).ResponseAsync,
        "CloseProject" => () => c.Projects.CloseProjectAsync(new CloseProjectRequest { ProjectId = id }).ResponseAsync,
        "RecordDecision" => () => c.Decisions.RecordDecisionAsync(new RecordDecisionRequest
            { ProjectId = id, FunctionKey = VendorPayments, What = "Pay the caterer net 30", Why = "Cash flow" }).ResponseAsync,
        "RaiseJointEscalation" => () => c.Decisions.RaiseJointEscalationAsync(new RaiseJointEscalationRequest
            { ProjectId = id, OtherPersonId = world.ProducerPersonId, Subject = "The shoot date must move", Why = "The location fell through." }).ResponseAsync,
        "ResolveJointEscalation" => () => c.Decisions.ResolveJointEscalationAsync(new ResolveJointEscalationRequest
            { ProjectId = id, EscalationId = p.Id, Outcome = "Move it a week" }).ResponseAsync,
        "OpenCrisis" => () => c.Crises.OpenCrisisAsync(new OpenCrisisRequest { ProjectId = id, Source = CrisisSource.TeamMemberDeparted, Description = "The designer resigned" }).ResponseAsync,
        "ResolveCrisis" => () => c.Crises.ResolveCrisisAsync(new ResolveCrisisRequest { ProjectId = id, CrisisId = p.Id, Resolution = "Hired a freelancer" }).ResponseAsync,
        "AddPlanItem" => () => c.Plan.AddPlanItemAsync(Milestone(id, "Storyboard locked")).ResponseAsync,
        "AddPlanDependency" => () => c.Plan.AddPlanDependencyAsync(new AddPlanDependencyRequest { ProjectId = id, ItemId = p.Id, DependsOn = p.Other }).ResponseAsync,
        "ReschedulePlanItem" => () => c.Plan.ReschedulePlanItemAsync(new ReschedulePlanItemRequest
            { ProjectId = id, ItemId = p.Id, Start = Day(12), Due = Day(22) }).ResponseAsync,
        "ChangePlanItemStatus" => () => c.Plan.ChangePlanItemStatusAsync(new ChangePlanItemStatusRequest { ProjectId = id, ItemId = p.Id, Status = PlanItemStatus.InProgress }).ResponseAsync,
        "AddBudgetLine" => () => c.Ledger.AddBudgetLineAsync(new AddBudgetLineRequest
            { ProjectId = id, Category = BudgetCategory.Shoot, Description = "Studio", Estimate = Eur(10_000), Actual = Eur(0) }).ResponseAsync,
        "UpdateBudgetLine" => () => c.Ledger.UpdateBudgetLineAsync(new UpdateBudgetLineRequest { ProjectId = id, LineId = p.Id, Estimate = Eur(12_000), Actual = Eur(500) }).ResponseAsync,
        "ReceiveVendorInvoice" => () => c.Ledger.ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
            { ProjectId = id, VendorName = "Lighting rental", Amount = Eur(4_200), ReceivedOn = Day(0), PaymentTermsDays = 30 }).ResponseAsync,
        "MarkVendorInvoicePaid" => () => c.Ledger.MarkVendorInvoicePaidAsync(new MarkVendorInvoicePaidRequest { ProjectId = id, InvoiceId = p.Id, PaidOn = Day(0) }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "no call for this RPC"),
    };

    /// <summary>What a call acts on, made by the members who may (an escalation, a crisis, plan items, a budget line, an invoice).</summary>
    private async Task<Prepared> PrepareAsync(World world, string rpc, string id)
    {
        Clients As(string subject) => new(fixture.Service.CreateChannel(fixture.Service.TokenFor(subject, world.Org)));
        switch (rpc)
        {
            case "ResolveJointEscalation":
                var raised = await As("pm").Decisions.RaiseJointEscalationAsync(new RaiseJointEscalationRequest
                    { ProjectId = id, OtherPersonId = world.ProducerPersonId, Subject = "The shoot date must move", Why = "The location fell through." });
                return new Prepared(raised.EscalationId);
            case "ResolveCrisis":
                return new Prepared((await As("pm").Crises.OpenCrisisAsync(new OpenCrisisRequest
                    { ProjectId = id, Source = CrisisSource.TeamMemberDeparted, Description = "The designer resigned" })).CrisisId);
            case "AddPlanDependency":
                var first = await As("pm").Plan.AddPlanItemAsync(Milestone(id, "Brief locked"));
                var second = await As("pm").Plan.AddPlanItemAsync(Milestone(id, "Storyboard locked", 30));
                return new Prepared(second.ItemId, first.ItemId);
            case "ReschedulePlanItem" or "ChangePlanItemStatus":
                return new Prepared((await As("pm").Plan.AddPlanItemAsync(Milestone(id, "Brief locked"))).ItemId);
            case "UpdateBudgetLine":
                return new Prepared((await As("producer").Ledger.AddBudgetLineAsync(new AddBudgetLineRequest
                    { ProjectId = id, Category = BudgetCategory.Shoot, Description = "Studio", Estimate = Eur(10_000), Actual = Eur(0) })).LineId);
            case "MarkVendorInvoicePaid":
                return new Prepared((await As("producer").Ledger.ReceiveVendorInvoiceAsync(new ReceiveVendorInvoiceRequest
                    { ProjectId = id, VendorName = "Lighting rental", Amount = Eur(4_200), ReceivedOn = Day(0), PaymentTermsDays = 30 })).InvoiceId);
            default:
                return new Prepared("");
        }
    }

    /// <summary>Everything the project's members can read of it, and how many events the org has in its outbox.</summary>
    private async Task<string> StateAsync(World world, string id)
    {
        var pm = new Clients(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", world.Org)));
        IMessage[] reads =
        [
            await pm.Projects.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = id }),
            await pm.Projects.GetMatrixAsync(new GetMatrixRequest { ProjectId = id }),
            await pm.Decisions.ListDecisionsAsync(new ListDecisionsRequest { ProjectId = id }),
            await pm.Decisions.ListJointEscalationsAsync(new ListJointEscalationsRequest { ProjectId = id }),
            await pm.Crises.ListCrisesAsync(new ListCrisesRequest { ProjectId = id }),
            await pm.Plan.GetPlanAsync(new GetPlanRequest { ProjectId = id }),
            await pm.Ledger.GetBudgetAsync(new GetBudgetRequest { ProjectId = id }),
            await pm.Ledger.ListVendorInvoicesAsync(new ListVendorInvoicesRequest { ProjectId = id }),
        ];
        var events = (await fixture.OutboxOfAsync(world.Org)).Count;
        return $"{events} events\n" + string.Join("\n", reads.Select(r => r.ToString()));
    }

    private const string VendorPayments = "vendor-payments";

    private static AddPlanItemRequest Milestone(string id, string title, int startsIn = 10) => new()
        { ProjectId = id, Kind = PlanItemKind.Milestone, OwnerRole = ProjectRole.ProjectManager, Title = title, Start = Day(startsIn), Due = Day(startsIn + 10) };

    private static Google.Type.Money Eur(long units) => new() { CurrencyCode = "EUR", Units = units };

    private static Google.Type.Date Day(int fromToday)
    {
        var d = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday);
        return new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day };
    }

    /// <summary>A project of the world's org created by its PM, with the producer, creative lead and leadership member added and peers declared.</summary>
    private async Task<string> NewProjectAsync(World world)
    {
        var pm = new Clients(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", world.Org)));
        var project = await new OwnershipService.OwnershipServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", world.Org)))
            .CreateProjectAsync(new CreateProjectRequest { Name = "Matrix write", Type = ProjectType.CommercialProduction, CreatorRoles = { ProjectRole.ProjectManager } });
        foreach (var (person, role) in new[] { (world.ProducerPersonId, ProjectRole.Producer), (world.CreativePersonId, ProjectRole.CreativeLead), (world.LeaderPersonId, ProjectRole.Leadership) })
            await pm.Projects.AddMemberAsync(new AddMemberRequest { ProjectId = project.ProjectId, PersonId = person, Role = role });
        await pm.Projects.DeclareHierarchyAsync(new DeclareHierarchyRequest { ProjectId = project.ProjectId, Hierarchy = Hierarchy.Peers });
        return project.ProjectId;
    }

    private Task<World> WorldAsync()
    {
        lock (Gate) return _world ??= BuildAsync();
    }

    /// <summary>An org (advertising preset) whose admin added a PM, a producer, a creative lead, a leadership member and a plain member; a template project; another org where the PM's subject is a person too.</summary>
    private async Task<World> BuildAsync()
    {
        var org = Guid.NewGuid();
        var otherOrg = Guid.NewGuid();
        var admin = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("admin", org)));
        await admin.AddPersonAsync(new AddPersonRequest { Name = "Ada Admin", Email = "ada@example.com", Subject = "admin" });
        await admin.ConfigureOrgAsync(new ConfigureOrgRequest { Name = "Matrix writes", IndustryPreset = IndustryPreset.Advertising });
        async Task<string> Add(string subject) =>
            (await admin.AddPersonAsync(new AddPersonRequest { Name = subject, Email = $"{subject}@example.com", Subject = subject })).PersonId;
        var pm = await Add("pm");
        var producer = await Add("producer");
        var creative = await Add("creative");
        var leader = await Add("leader");
        var member = await Add("member");
        var template = await new OwnershipService.OwnershipServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", org)))
            .CreateProjectAsync(new CreateProjectRequest { Name = "Template", Type = ProjectType.CommercialProduction, CreatorRoles = { ProjectRole.ProjectManager } });

        var outsider = new OrgService.OrgServiceClient(fixture.Service.CreateChannel(fixture.Service.TokenFor("pm", otherOrg)));
        await outsider.AddPersonAsync(new AddPersonRequest { Name = "Other PM", Email = "other@example.com", Subject = "pm" });

        return new World(org, otherOrg, pm, producer, creative, leader, member, template.ProjectId, new Dictionary<AccessCaller, string>
        {
            [AccessCaller.OutsideOrg] = "pm",
            [AccessCaller.NotAPerson] = "stranger",
            [AccessCaller.OrgMemberNotOnProject] = "member",
            [AccessCaller.WrongRole] = "creative",
            [AccessCaller.OrgAdmin] = "admin",
        });
    }

    private sealed record World(Guid Org, Guid OtherOrg, string PmPersonId, string ProducerPersonId, string CreativePersonId, string LeaderPersonId,
        string MemberPersonId, string TemplateProjectId, IReadOnlyDictionary<AccessCaller, string> Subjects);

    private sealed record Prepared(string Id, string Other = "");

    private sealed class Clients(Grpc.Net.Client.GrpcChannel channel)
    {
        public ProjectService.ProjectServiceClient Projects { get; } = new(channel);
        public DecisionService.DecisionServiceClient Decisions { get; } = new(channel);
        public CrisisService.CrisisServiceClient Crises { get; } = new(channel);
        public PlanService.PlanServiceClient Plan { get; } = new(channel);
        public LedgerService.LedgerServiceClient Ledger { get; } = new(channel);
    }
}
