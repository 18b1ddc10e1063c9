using Crewline.Contracts;
using Crewline.Dashboard.Api;
using Crewline.Dashboard.Auth;
using Crewline.Dashboard.Components;
using Crewline.ServiceDefaults;
using Microsoft.FluentUI.AspNetCore.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddFluentUIComponents();
builder.Services.AddDashboardApi(builder.Configuration);

var app = builder.Build();
// Served at /dashboard through the gateway (and at /dashboard directly); health stays at the root.
app.UsePathBase(ResourceNames.DashboardPath);
app.UseRouting();
app.UseAntiforgery();
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapSignInEndpoints();
app.MapExportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

public partial class Program;
