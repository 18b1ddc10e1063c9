using Crewline.BuildingBlocks.Persistence;
using Crewline.Ownership.Infrastructure;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crewline.Ownership.Tests.Concurrency;

/// <summary>
/// Forces two commands of one org to race, deterministically: once armed, the next
/// <c>parties</c> saves of that org each wait until all of them have arrived, so every racing
/// command has read the aggregate before any of them writes. Counts the saves that lost on the
/// aggregate's version (<see cref="DbUpdateConcurrencyException"/>).
/// </summary>
public sealed class SaveRace : SaveChangesInterceptor
{
    private readonly Lock _gate = new();
    private Guid _org;
    private int _parties;
    private int _arrived;
    private int _conflicts;
    private TaskCompletionSource? _allArrived;

    /// <summary>The saves of the armed org that failed on a concurrent save, since it was armed.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public void Arm(Guid org, int parties)
    {
        lock (_gate)
        {
            (_org, _parties, _arrived, _conflicts) = (org, parties, 0, 0);
            _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Task? allArrived = null;
        lock (_gate)
        {
            if (_allArrived is { } all && IsArmedOrg(eventData.Context))
            {
                allArrived = all.Task;
                if (++_arrived == _parties)
                {
                    all.SetResult();
                    _allArrived = null; // later saves (the loser's retry) pass straight through
                }
            }
        }
        if (allArrived is not null) await allArrived.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (IsArmedOrg(eventData.Context)) Interlocked.Increment(ref _conflicts);
        return ValueTask.FromResult(result);
    }

    private bool IsArmedOrg(DbContext? context) => context is ServiceDbContext db && db.CurrentOrgId == _org && _org != Guid.Empty;
}

/// <summary>The ownership service (its own database) with a <see cref="SaveRace"/> on its DbContext.</summary>
public sealed class RaceHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _host;

    private RaceHost(OwnershipFixture fixture)
    {
        Database = fixture.CreateFactory();
        _host = Database.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<OwnershipDbContext>(o => o.AddInterceptors(Race))));
        _ = _host.Server;
    }

    public SaveRace Race { get; } = new();

    /// <summary>An instance of the service on the same database, for reading rows past the API.</summary>
    public TestSupport.ServiceFactory<Program> Database { get; }

    public static RaceHost Start(OwnershipFixture fixture) => new(fixture);

    public GrpcChannel Channel(string? token)
    {
        HttpMessageHandler handler = _host.Server.CreateHandler();
        if (token is not null) handler = new Bearer(token) { InnerHandler = handler };
        return GrpcChannel.ForAddress(_host.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private sealed class Bearer(string token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
