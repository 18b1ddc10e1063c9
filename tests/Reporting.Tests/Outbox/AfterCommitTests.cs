using Crewline.BuildingBlocks.Persistence;
using Crewline.Reporting.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Reporting.Tests.Outbox;

/// <summary>
/// <see cref="ServiceDbContext.OnCommitted"/>: work that wakes a background reader of what was saved
/// (the outbox dispatcher, ClientComms' delivery sender) runs only once the save is committed, so
/// a consumer's save (committed later, by the inbox) does not wake the reader too early.
/// </summary>
[Collection(OutboxCollection.Name)]
public sealed class AfterCommitTests(OutboxFixture fixture)
{
    [Fact]
    public async Task Work_given_inside_an_open_transaction_runs_once_when_it_commits_and_not_before()
    {
        var runs = new List<string>();
        await fixture.First.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ReportingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("SELECT 1");
            db.OnCommitted(() => runs.Add("woken"));
            Assert.Empty(runs);
            await transaction.CommitAsync();
            Assert.Equal(["woken"], runs);

            // A later transaction's commit does not run it again.
            await using var next = await db.Database.BeginTransactionAsync();
            await next.CommitAsync();
            return 0;
        });
        Assert.Equal(["woken"], runs);
    }

    [Fact]
    public async Task Work_given_inside_a_transaction_that_rolls_back_or_is_abandoned_never_runs()
    {
        var runs = new List<string>();
        await fixture.First.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ReportingDbContext>();
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                db.OnCommitted(() => runs.Add("rolled back"));
                await rolledBack.RollbackAsync();
            }
            await using (var abandoned = await db.Database.BeginTransactionAsync())
            {
                db.OnCommitted(() => runs.Add("abandoned"));
            }
            await using var next = await db.Database.BeginTransactionAsync();
            await next.CommitAsync();
            return 0;
        });
        Assert.Empty(runs);
    }

    [Fact]
    public async Task Work_given_with_no_transaction_open_runs_at_once()
    {
        var runs = new List<string>();
        await fixture.First.InScopeAsync(null, sp =>
        {
            sp.GetRequiredService<ReportingDbContext>().OnCommitted(() => runs.Add("woken"));
            return Task.FromResult(0);
        });
        Assert.Equal(["woken"], runs);
    }
}
