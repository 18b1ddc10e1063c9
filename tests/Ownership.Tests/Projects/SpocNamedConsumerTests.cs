using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using DomainProject = Crewline.Ownership.Domain.Project;
using DomainProjectType = Crewline.Ownership.Domain.ProjectType;

namespace Crewline.Ownership.Tests.Projects;

/// <summary>
/// Client communications' <see cref="SpocNamed"/> in both arrival orders: after the project exists
/// (recorded at once), and before it exists (refused, delivered again later, recorded once the project
/// is there) — and, for a project that never appears, parked in the _error queue with the reason.
/// Each SpocNamed is published once; the tests wait on its effect.
/// </summary>
[Collection(OwnershipCollection.Name)]
public sealed class SpocNamedConsumerTests(OwnershipFixture fixture)
{
    private const string SpocRecordedType = "Crewline.Contracts.Events.Ownership.ProjectSpocRecorded,";
    private const string ErrorQueue = "ownership-spoc-named_error";

    private IBus Bus => fixture.Service.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task R_COMM_1_a_published_SpocNamed_is_recorded_on_the_project_and_publishes_ProjectSpocRecorded()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        var namedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        await Bus.Publish(new SpocNamed(s.Org, Guid.Parse(s.ProjectId), "PROJECT_ROLE_PROJECT_MANAGER", "pm", "Alex PM", "producer", namedAt));
        await Eventually.Until(async () => (await pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId })).Spoc is not null);

        var detail = await pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });
        Assert.Equal(ProjectRole.ProjectManager, detail.Spoc.Role);
        Assert.Equal("pm", detail.Spoc.PersonSubject);
        Assert.Equal(namedAt, detail.Spoc.NamedAt.ToDateTimeOffset());
        var status = await pm.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = s.ProjectId });
        Assert.DoesNotContain(status.Unmet, u => u.Kind == KickoffConditionKind.SpocNotNamed);
        Assert.Single(await fixture.OutboxOfAsync(s.Org), m => m.MessageType.StartsWith(SpocRecordedType));
    }

    [Fact]
    public async Task R_COMM_1_a_SpocNamed_arriving_before_its_project_is_delivered_again_and_recorded_once_the_project_exists()
    {
        var org = Guid.NewGuid();
        var projectId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        await Bus.Publish(new SpocNamed(org, projectId, "PROJECT_ROLE_PRODUCER", "producer", "Sam Producer", "pm", DateTimeOffset.UtcNow),
            ctx => ctx.MessageId = messageId);
        // Refused as not known yet: its redelivery is scheduled (in the outbox, addressed back to the queue).
        await Eventually.Until(async () => (await fixture.OutboxOfAsync(org)).Any(m => m.BusMessageId == messageId && m.Destination is not null));
        Assert.Null((await fixture.ProjectsOfAsync(org)).SingleOrDefault());

        // The project appears (as stored by a create) after the first delivery was refused.
        await fixture.Service.InScopeAsync(org, async sp =>
        {
            var db = sp.GetRequiredService<OwnershipDbContext>();
            db.Projects.Add(DomainProject.Create(projectId, org, "Late spot", DomainProjectType.CommercialProduction, "pm", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        await Eventually.Until(async () => (await fixture.ProjectsOfAsync(org)).Single().Spoc is not null);
        var recorded = (await fixture.ProjectsOfAsync(org)).Single().Spoc!;
        Assert.Equal(Domain.Roles.ProjectRole.Producer, recorded.Role);
        Assert.Equal("producer", recorded.PersonSubject);
        Assert.Single(await fixture.OutboxOfAsync(org), m => m.MessageType.StartsWith(SpocRecordedType));
    }

    [Fact]
    public async Task A_SpocNamed_for_a_project_that_never_appears_is_parked_in_the_error_queue_with_the_reason()
    {
        var org = Guid.NewGuid();
        var projectId = Guid.NewGuid();
        var messageId = NewId.NextGuid();

        await Bus.Publish(new SpocNamed(org, projectId, "PROJECT_ROLE_PRODUCER", "producer", "Sam Producer", "pm", DateTimeOffset.UtcNow),
            ctx => ctx.MessageId = messageId);

        var parked = new List<ProbedMessage>();
        await Eventually.Until(async () =>
        {
            parked.AddRange(await RabbitMqProbe.TakeAllAsync(fixture.Service.Broker, ErrorQueue));
            return parked.Any(m => m.MessageId == messageId.ToString());
        });
        var message = parked.Single(m => m.MessageId == messageId.ToString());
        Assert.Equal(projectId.ToString(), message["projectId"]);
        Assert.Contains(nameof(NotKnownYetException), message.Headers["MT-Fault-ExceptionType"]);
        Assert.Contains($"Project {projectId} of org {org} is not known here yet", message.Headers["MT-Fault-Message"]);
        var outbox = await fixture.OutboxOfAsync(org);
        Assert.DoesNotContain(outbox, m => m.MessageType.StartsWith(SpocRecordedType));
        // Delivered again after each redelivery interval (three configured) before it was parked.
        Assert.Equal([1, 2, 3], outbox.Where(m => m.BusMessageId == messageId && m.Destination is not null).Select(m => m.RedeliveryCount));
    }
}
