using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts.ClientComms.V1;
using Crewline.Contracts.Events.Ownership;
using Crewline.TestSupport;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.ClientComms.Tests;

/// <summary>R-COMM-5: status to the client is read from the one shared plan, and the two roles cannot send it different status in one cadence window.</summary>
[Collection(ClientCommsCollection.Name)]
public sealed class StatusTests(ClientCommsFixture fixture)
{
    private async Task PlanAsync(CommsProject p, params (string Title, DateOnly Start, DateOnly Due)[] items)
    {
        var ids = new List<Guid>();
        foreach (var (title, start, due) in items)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await fixture.Bus.Publish(new PlanItemAdded(p.Org, p.Project, id, "PLAN_ITEM_KIND_MILESTONE", "PROJECT_ROLE_PRODUCER", title, start, due, null, "pm-alex"));
        }
        await Eventually.Until(async () => (await fixture.Service.InScopeAsync(p.Org, sp =>
            sp.GetRequiredService<ClientCommsDbContext>().PlanItems.CountAsync(i => ids.Contains(i.ItemId)))) == ids.Count);
    }

    [Fact]
    [Trait("Rule", "R-COMM-5")]
    public async Task R_COMM_5_a_status_is_composed_from_the_shared_plan_kept_current_from_Ownerships_events()
    {
        var p = await CommsProject.CreateAsync(fixture);
        await PlanAsync(p, ("Shoot day", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 11)), ("Brief signed", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)));
        var shoot = (await fixture.Service.InScopeAsync(p.Org, sp => sp.GetRequiredService<ClientCommsDbContext>().PlanItems.AsNoTracking().SingleAsync(i => i.Title == "Shoot day")));
        await fixture.Bus.Publish(new PlanItemRescheduled(p.Org, p.Project,
            new PlanItemShift(shoot.ItemId, "Shoot day", "PROJECT_ROLE_PRODUCER", shoot.Start, shoot.Due, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 15)), [], "producer-sam"));
        await Eventually.Until(async () => (await fixture.Service.InScopeAsync(p.Org, sp =>
            sp.GetRequiredService<ClientCommsDbContext>().PlanItems.AsNoTracking().SingleAsync(i => i.ItemId == shoot.ItemId))).Start == new DateOnly(2026, 12, 14));

        var status = await p.Pm.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = p.Project.ToString(), Note = "Weekly update." });

        Assert.Equal((MessageKind.Status, MessageState.Draft, "pm-alex"), (status.Kind, status.State, status.DraftedBy));
        Assert.Equal("Weekly update.\n\nWhere Spring spot stands, from the project plan:\n\n"
                     + "- Brief signed: 2026-12-01 to 2026-12-02 (planned)\n- Shoot day: 2026-12-14 to 2026-12-15 (planned)\n", status.Body);
    }

    [Fact]
    [Trait("Rule", "R-COMM-5")]
    public async Task R_COMM_5_a_different_status_from_the_other_role_in_the_cadence_window_is_refused_and_reported_as_the_duplicated_function()
    {
        var probe = await RabbitMqProbe.BindAsync(fixture.Service.Broker, RabbitMqProbe.ExchangeOf(typeof(Crewline.Contracts.Events.ClientComms.ConflictingClientStatusRefused)));
        var p = await CommsProject.CreateAsync(fixture);
        await PlanAsync(p, ("Edit", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5)));
        var pmStatus = await p.Pm.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = p.Project.ToString() });

        var same = await p.Producer.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = p.Project.ToString() });
        var error = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () =>
            p.Producer.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = p.Project.ToString(), Note = "We are running late!" }).ResponseAsync);
        var pmUpdate = await p.Pm.ComposeStatusAsync(new ComposeStatusRequest { ProjectId = p.Project.ToString(), Note = "Small update." });

        Assert.Equal(pmStatus.MessageId, same.MessageId); // the same plan read by either role is the same status
        Assert.Contains("R-COMM-5", error.Status.Detail);
        Assert.NotEqual(pmStatus.MessageId, pmUpdate.MessageId); // the same role may update its own status
        Assert.Equal(2, (await fixture.MessagesOfAsync(p.Org)).Count(m => m.Kind == Domain.Messages.MessageKind.Status));
        var received = new List<ProbedMessage>();
        await Eventually.Until(async () => { received.AddRange(await probe.DrainAsync()); return received.Any(m => m["projectId"] == p.Project.ToString()); });
        var e = Assert.Single(received, m => m["projectId"] == p.Project.ToString());
        Assert.Equal(("producer-sam", "PROJECT_ROLE_PRODUCER", pmStatus.MessageId, "PROJECT_ROLE_PROJECT_MANAGER"),
            (e["refusedSubject"], e["refusedRole"], e["earlierMessageId"], e["earlierRole"]));
    }
}
