using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Crewline.TestSupport;

/// <summary>
/// Waits for an asynchronous effect (a message consumed, a row dispatched). Not a timing
/// assert: the timeout only bounds how long a broken system is waited for, and expiring
/// fails the test naming the condition.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task Until(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        [CallerArgumentExpression(nameof(condition))] string? description = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Still not true after {timeout.TotalSeconds:0.#} s: {description}");
            await Task.Delay(PollInterval);
        }
    }

    public static Task Until(Func<Task<bool>> condition, [CallerArgumentExpression(nameof(condition))] string? description = null) =>
        Until(condition, DefaultTimeout, description);
}
