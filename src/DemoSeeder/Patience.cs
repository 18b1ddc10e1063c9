using Grpc.Core;

namespace Crewline.DemoSeeder;

/// <summary>
/// Waiting for the suite's eventual consistency, as an integrator has to: ScopeChanges, ClientComms
/// and Reporting learn of a project and its members from Ownership's events shortly after it
/// answered, and answer NotFound or PermissionDenied until then (README, "Eventual consistency").
/// </summary>
public static class Patience
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Calls until the call is not refused for a replica that has not caught up yet (and, with
    /// <paramref name="alsoWhileFailedPrecondition"/>, while a member's roles have not arrived).
    /// </summary>
    public static Task<T> OnceReplicatedAsync<T>(Func<Task<T>> call, string what, CancellationToken cancellationToken, bool alsoWhileFailedPrecondition = false) =>
        UntilAsync(async () =>
        {
            try
            {
                return (true, await call());
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.PermissionDenied
                                          || (alsoWhileFailedPrecondition && ex.StatusCode == StatusCode.FailedPrecondition))
            {
                return (false, default(T)!);
            }
        }, what, cancellationToken);

    /// <summary>Asks until the answer is true.</summary>
    public static Task UntilTrueAsync(Func<Task<bool>> condition, string what, CancellationToken cancellationToken) =>
        UntilAsync(async () => (await condition(), true), what, cancellationToken);

    private static async Task<T> UntilAsync<T>(Func<Task<(bool Done, T Value)>> attempt, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + Limit;
        while (true)
        {
            var (done, value) = await attempt();
            if (done) return value;
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what} after {Limit.TotalMinutes} minutes.");
            await Task.Delay(Pause, cancellationToken);
        }
    }
}
