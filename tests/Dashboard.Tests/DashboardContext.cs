using Bunit;
using Crewline.Dashboard.Api;
using Crewline.Dashboard.Auth;
using Crewline.Dashboard.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Crewline.Dashboard.Tests;

/// <summary>Renders dashboard components against <see cref="FakeReportingApi"/>, signed in.</summary>
public abstract class DashboardContext : BunitContext
{
    protected DashboardContext(FakeReportingApi? api = null)
    {
        Api = api ?? Samples.Org();
        JSInterop.Mode = JSRuntimeMode.Loose; // Fluent UI's web components call into JS
        Services.AddLogging();
        Services.AddFluentUIComponents();
        Services.AddSingleton<IReportingApi>(Api);
        Services.AddScoped<SignedInUser>();
        Services.AddScoped<LiveUpdates>();
    }

    protected FakeReportingApi Api { get; }

    /// <summary>Opens this circuit's live stream, as the layout does once interactive.</summary>
    protected LiveUpdates StartLive()
    {
        var live = Services.GetRequiredService<LiveUpdates>();
        live.Start();
        return live;
    }
}
