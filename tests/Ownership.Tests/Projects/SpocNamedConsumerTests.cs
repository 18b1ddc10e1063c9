using Crewline.Contracts.Events.ClientComms;
using Crewline.Contracts.Common.V1;
using Crewline.Contracts.Ownership.V1;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Projects;

/// <summary>
/// Publishing helper: every service host the collection started (the shared one and the extra
/// hosts of some tests) consumes the same ownership queues on the one broker, so a message may
/// land on a host whose database lacks the project (it is ignored there). A fresh SpocNamed (new
/// message id, same content: recording it twice changes nothing) is published until it is recorded.
/// </summary>
public static class SpocEvents
{
    public static Task PublishUntilRecordedAsync(IBus bus, SpocNamed spoc, Func<Task<bool>> recorded) =>
        Eventually.Until(async () =>
        {
            if (await recorded()) return true;
            await bus.Publish(spoc);
            await Task.Delay(300);
            return await recorded();
        });
}

[Collection(OwnershipCollection.Name)]
public sealed class SpocNamedConsumerTests(OwnershipFixture fixture)
{
    [Fact]
    public async Task R_COMM_1_a_published_SpocNamed_is_recorded_on_the_project_and_publishes_ProjectSpocRecorded()
    {
        var s = await ProjectScenario.StartAsync(fixture);
        var pm = s.Projects("pm");
        var namedAt = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

        await SpocEvents.PublishUntilRecordedAsync(fixture.Service.Services.GetRequiredService<IBus>(),
            new SpocNamed(s.Org, Guid.Parse(s.ProjectId), "PROJECT_ROLE_PROJECT_MANAGER", "pm", "Alex PM", "producer", namedAt),
            async () => (await pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId })).Spoc is not null);

        var detail = await pm.GetProjectDetailAsync(new GetProjectDetailRequest { ProjectId = s.ProjectId });
        Assert.Equal(ProjectRole.ProjectManager, detail.Spoc.Role);
        Assert.Equal("pm", detail.Spoc.PersonSubject);
        Assert.Equal(namedAt, detail.Spoc.NamedAt.ToDateTimeOffset());
        var status = await pm.GetKickoffStatusAsync(new GetKickoffStatusRequest { ProjectId = s.ProjectId });
        Assert.DoesNotContain(status.Unmet, u => u.Kind == KickoffConditionKind.SpocNotNamed);
        Assert.Single(await fixture.OutboxOfAsync(s.Org), m => m.MessageType.StartsWith("Crewline.Contracts.Events.Ownership.ProjectSpocRecorded,"));
    }
}
