using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts;
using Crewline.Reporting.Infrastructure;
using Crewline.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crewline.Reporting.Tests;

/// <summary>
/// A reporting service of its own (own servers: no other instance competes for its queue) with
/// one in-place retry and two 1-second redeliveries, so "retry, then redelivery, then _error" runs fast.
/// </summary>
public sealed class RedeliveryFixture() : ServiceFixture<Program>(ResourceNames.ReportingDb)
{
    protected override IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["Messaging:Retry:Attempts"] = "1",
        ["Messaging:Retry:MinInterval"] = "00:00:00.050",
        ["Messaging:Retry:MaxInterval"] = "00:00:00.100",
        ["Messaging:Retry:IntervalDelta"] = "00:00:00.050",
        ["Messaging:Redelivery:Intervals:0"] = "00:00:01",
        ["Messaging:Redelivery:Intervals:1"] = "00:00:01",
    };

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    /// <summary>Takes the reporting table away (every consume then fails) or puts it back.</summary>
    public async Task SetSummaryTableAvailableAsync(bool available)
    {
        await using var connection = new NpgsqlConnection(Service.DatabaseConnectionString);
        await connection.OpenAsync();
        var sql = available
            ? "ALTER TABLE project_summaries_unavailable RENAME TO project_summaries"
            : "ALTER TABLE project_summaries RENAME TO project_summaries_unavailable";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The redeliveries scheduled for a message (outbox rows addressed back to its queue).</summary>
    public Task<List<BuildingBlocks.Outbox.OutboxMessage>> RedeliveriesOfAsync(Guid messageId) => Service.InScopeAsync(null, sp =>
        sp.GetRequiredService<ReportingDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.MessageId == messageId && m.Destination != null).OrderBy(m => m.RedeliveryCount).ToListAsync());

    public Task<bool> HasSummaryAsync(Guid org, Guid projectId) => Service.InScopeAsync(org, sp =>
        sp.GetRequiredService<ReportingDbContext>().ProjectSummaries.AnyAsync(p => p.ProjectId == projectId));
}

[CollectionDefinition(Name)]
public sealed class RedeliveryCollection : ICollectionFixture<RedeliveryFixture>
{
    public const string Name = "reporting service with fast redelivery";
}

[Collection(RedeliveryCollection.Name)]
public sealed class RedeliveryTests(RedeliveryFixture fixture)
{
    [Fact]
    public async Task Redelivery_a_message_that_still_fails_after_its_retries_is_handed_back_to_its_queue_later_and_then_handled()
    {
        var created = ReportingFixture.NewProjectCreated(Guid.NewGuid(), "Failing at first");
        var messageId = NewId.NextGuid();
        await fixture.SetSummaryTableAvailableAsync(false);
        try
        {
            await fixture.Bus.Publish(created, ctx => ctx.MessageId = messageId);
            await Eventually.Until(async () => (await fixture.RedeliveriesOfAsync(messageId)).Count >= 1);
        }
        finally
        {
            await fixture.SetSummaryTableAvailableAsync(true);
        }

        await Eventually.Until(() => fixture.HasSummaryAsync(created.OrgId, created.ProjectId));
        var redelivery = (await fixture.RedeliveriesOfAsync(messageId))[0];
        Assert.Equal(1, redelivery.RedeliveryCount);
        Assert.EndsWith("reporting-projections", redelivery.Destination);
        await Eventually.Until(async () => (await fixture.RedeliveriesOfAsync(messageId)).All(r => r.DispatchedAt is not null));
    }

    [Fact]
    public async Task Redelivery_a_message_that_fails_past_every_redelivery_goes_to_the_error_queue()
    {
        var created = ReportingFixture.NewProjectCreated(Guid.NewGuid(), "Failing for good");
        var messageId = NewId.NextGuid();
        var errorQueue = $"reporting-projections_error";
        await fixture.SetSummaryTableAvailableAsync(false);
        var deadLettered = new List<ProbedMessage>();
        try
        {
            await fixture.Bus.Publish(created, ctx => ctx.MessageId = messageId);
            await Eventually.Until(async () =>
            {
                deadLettered.AddRange(await RabbitMqProbe.TakeAllAsync(fixture.Service.Broker, errorQueue));
                return deadLettered.Any(m => m.MessageId == messageId.ToString());
            });
        }
        finally
        {
            await fixture.SetSummaryTableAvailableAsync(true);
        }

        var redeliveries = await fixture.RedeliveriesOfAsync(messageId);
        Assert.Equal([1, 2], redeliveries.Select(r => r.RedeliveryCount));
        Assert.False(await fixture.HasSummaryAsync(created.OrgId, created.ProjectId));
    }
}
