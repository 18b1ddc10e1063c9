using Crewline.BuildingBlocks.Membership;
using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Events.Ownership;
using Crewline.Contracts.ScopeChanges.V1;
using Crewline.ScopeChanges.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ownership = Crewline.Contracts.Ownership.V1;

namespace Crewline.ScopeChanges.Tests.Workflow;

/// <summary>
/// A project of a fresh org as the scope changes service knows it: a PM (pm-alex), a producer (producer-sam),
/// a creative lead (creative-kim), an org member not on the project (member-lee), each with a client acting as them.
/// </summary>
public sealed record WorkflowProject(ServiceFactory<Program> Service, Guid Org, Guid Project)
{
    public ScopeChangeService.ScopeChangeServiceClient Pm => As("pm-alex");
    public ScopeChangeService.ScopeChangeServiceClient Producer => As("producer-sam");
    public ScopeChangeService.ScopeChangeServiceClient Creative => As("creative-kim");
    public ScopeChangeService.ScopeChangeServiceClient Outsider => As("member-lee");

    public ScopeChangeService.ScopeChangeServiceClient As(string subject) => new(Service.CreateChannel(Service.TokenFor(subject, Org)));

    public static async Task<WorkflowProject> CreateAsync(ServiceFactory<Program> service, MembershipSeeder<Program> members)
    {
        var org = Guid.NewGuid();
        var project = await members.ProjectAsync(new ProjectCreated(org, Guid.CreateVersion7(), "Summer campaign", "PROJECT_TYPE_CAMPAIGN_DEVELOPMENT",
            "pm-alex", DateTimeOffset.UtcNow));
        await members.MemberAsync(org, project, "pm-alex", MembershipNames.ProjectManager);
        await members.MemberAsync(org, project, "producer-sam", MembershipNames.Producer);
        await members.MemberAsync(org, project, "creative-kim", MembershipNames.CreativeLead);
        await members.PersonAsync(org, "member-lee");
        return new WorkflowProject(service, org, project);
    }

    public Task<ChangeRequest> SubmitAsync(string title = "Add a 15-second cut-down") =>
        Pm.SubmitChangeRequestAsync(new SubmitChangeRequestRequest
        {
            ProjectId = Project.ToString(), Title = title, Description = "The client wants a cut-down for social.",
            RequestedDeliverables = { "15-second cut-down" }, RequestedBy = "Dana Client <dana@client.example>",
            DueBy = new Google.Type.Date { Year = 2027, Month = 4, Day = 30 },
        }).ResponseAsync;

    public static SubmitProductionAssessmentRequest Production(ChangeRequest change, long euros = 1500, int days = 2, string key = "") => new()
    {
        ChangeRequestId = change.ChangeRequestId,
        CostDeltas =
        {
            new CostDelta { Category = Ownership.BudgetCategory.Shoot, Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = euros, Nanos = 500_000_000 } },
            new CostDelta { Category = Ownership.BudgetCategory.Post, Amount = new Google.Type.Money { CurrencyCode = "EUR", Units = 250 } },
        },
        ScheduleImpactDays = days,
        MovedMilestones = { "Final delivery" },
        VendorImplications = "The edit house needs one more day.",
        PlanItems = { Item("Extra edit day", 5, 6) },
        IdempotencyKey = key,
    };

    public static SubmitFlowAssessmentRequest Flow(ChangeRequest change, int rounds = 1, string key = "") => new()
    {
        ChangeRequestId = change.ChangeRequestId,
        ExtraRevisionRounds = rounds,
        Capacity = { new TeamHours { Team = "Design", Hours = "12.5" } },
        TimelineImpactDays = 3,
        PlanItems = { Item("Extra client review", 7, 7) },
        IdempotencyKey = key,
    };

    public static ProposedPlanItem Item(string title, int startDay, int dueDay) => new()
    {
        Kind = Ownership.PlanItemKind.ProductionItem, Title = title,
        Start = new Google.Type.Date { Year = 2027, Month = 5, Day = startDay }, Due = new Google.Type.Date { Year = 2027, Month = 5, Day = dueDay },
    };

    public static SignChangeResponseRequest Sign(ChangeRequest change, ProjectRole role, int? version = null, string key = "") => new()
    {
        ChangeRequestId = change.ChangeRequestId, Version = version ?? change.CurrentVersion, Role = role, IdempotencyKey = key,
    };

    /// <summary>A request with both assessments in: version 1 of the combined response, unsigned.</summary>
    public async Task<ChangeRequest> CombinedAsync(string title = "Add a 15-second cut-down")
    {
        var change = await SubmitAsync(title);
        await Producer.SubmitProductionAssessmentAsync(Production(change));
        return await Pm.SubmitFlowAssessmentAsync(Flow(change));
    }

    /// <summary>A request both roles signed: approved, its change order written and sent.</summary>
    public async Task<ChangeRequest> ApprovedAsync(string title = "Add a 15-second cut-down")
    {
        var change = await CombinedAsync(title);
        await Pm.SignChangeResponseAsync(Sign(change, ProjectRole.ProjectManager));
        return await Producer.SignChangeResponseAsync(Sign(change, ProjectRole.Producer));
    }

    public Task<ChangeRequest> GetAsync(ChangeRequest change) =>
        Pm.GetChangeRequestAsync(new GetChangeRequestRequest { ChangeRequestId = change.ChangeRequestId }).ResponseAsync;

    /// <summary>The org's outbox rows, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxAsync() => Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ScopeChangesDbContext>().OutboxMessages.AsNoTracking().Where(m => m.OrgId == Org).OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>The org's outbox rows of one event type (by its short name).</summary>
    public async Task<List<OutboxMessage>> EventsAsync(string eventName) =>
        (await OutboxAsync()).Where(m => m.MessageType.Split(',')[0].EndsWith("." + eventName, StringComparison.Ordinal)).ToList();

    public IBus Bus => Service.Services.GetRequiredService<IBus>();
}
