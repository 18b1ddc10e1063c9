using Crewline.BuildingBlocks.Outbox;

namespace Crewline.BuildingBlocks.Tests;

/// <summary>
/// The dispatcher waits on the signal only between passes. A commit that lands while a pass runs (after
/// the pass's claiming query) must not wait for the poll: its notification is kept, and the next wait
/// returns at once, so the next pass starts as soon as the current one ends. Waits here use a poll
/// far beyond the test and are checked for completion where it is synchronous.
/// </summary>
public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_commit_notified_during_a_pass_wakes_the_next_wait_at_once()
    {
        var signal = new OutboxSignal();
        signal.Notify(); // no one is waiting: the dispatcher is in a pass

        var wait = signal.WaitAsync(Poll, CancellationToken.None);

        Assert.True(wait.IsCompleted, "the wait after the pass must not block until the poll");
        await wait;
    }

    [Fact]
    public async Task Many_commits_during_a_pass_make_one_more_pass_not_one_each()
    {
        var signal = new OutboxSignal();
        for (var i = 0; i < 5; i++) signal.Notify();

        var first = signal.WaitAsync(Poll, CancellationToken.None);
        Assert.True(first.IsCompleted);
        await first;
        using var stop = new CancellationTokenSource();
        var second = signal.WaitAsync(Poll, stop.Token);
        Assert.False(second.IsCompleted, "one pass takes every row committed before it: one wake is enough");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }

    // The waiter's task completes on the thread pool after Notify: awaited, with the test's timeout as the failure.
    [Fact(Timeout = 60_000)]
    public async Task A_wait_started_before_the_commit_is_woken_by_it()
    {
        var signal = new OutboxSignal();
        var wait = signal.WaitAsync(Poll, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        signal.Notify();

        await wait;
    }
}
