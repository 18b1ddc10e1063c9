using Crewline.Contracts.Reporting.V1;
using Crewline.Dashboard.Live;
using Microsoft.AspNetCore.Components;

namespace Crewline.Dashboard.Components.Shared;

/// <summary>
/// A page that reads from the API and reads again whenever a live update concerns it, re-rendering
/// in place (server push, no reload). A failed read shows as <see cref="Error"/>.
/// </summary>
public abstract class LivePage : ComponentBase, IDisposable
{
    [Inject] protected LiveUpdates Live { get; set; } = default!;

    protected Exception? Error { get; private set; }
    protected bool Loading { get; private set; } = true;

    /// <summary>Reads everything the page shows.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Whether an update changes what the page shows.</summary>
    protected abstract bool Concerns(LiveUpdate update);

    protected override async Task OnInitializedAsync()
    {
        Live.Updated += OnUpdatedAsync;
        await ReloadAsync();
    }

    protected async Task ReloadAsync()
    {
        try
        {
            await LoadAsync();
            Error = null;
        }
        catch (Exception e) when (e is Grpc.Core.RpcException or HttpRequestException or InvalidOperationException)
        {
            Error = e;
        }
        finally
        {
            Loading = false;
        }
    }

    private Task OnUpdatedAsync(LiveUpdate update) =>
        Concerns(update) ? InvokeAsync(async () => { await ReloadAsync(); StateHasChanged(); }) : Task.CompletedTask;

    public virtual void Dispose()
    {
        Live.Updated -= OnUpdatedAsync;
        GC.SuppressFinalize(this);
    }
}
