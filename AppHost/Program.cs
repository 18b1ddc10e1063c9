using Crewline.AppHost;
using Crewline.AppHost.Infrastructure;
using Crewline.Contracts;
using Microsoft.Extensions.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = CrewlineInfrastructure.Create(builder);
var auth = AuthSettings.From(builder);

var ownership = builder.AddProject<Projects.Ownership>(ResourceNames.Ownership)
    .AsCrewlineService(infrastructure, ResourceNames.OwnershipDb, auth);
var scopeChanges = builder.AddProject<Projects.ScopeChanges>(ResourceNames.ScopeChanges)
    .AsCrewlineService(infrastructure, ResourceNames.ScopeChangesDb, auth);
var clientComms = builder.AddProject<Projects.ClientComms>(ResourceNames.ClientComms)
    .AsCrewlineService(infrastructure, ResourceNames.ClientCommsDb, auth)
    .WithMailCapture(builder);
var reporting = builder.AddProject<Projects.Reporting>(ResourceNames.Reporting)
    .AsCrewlineService(infrastructure, ResourceNames.ReportingDb, auth);

var dashboard = builder.AddProject<Projects.Dashboard>(ResourceNames.Dashboard);
var gateway = builder.AddProject<Projects.Gateway>(ResourceNames.Gateway)
    .AsCrewlineGateway([ownership, scopeChanges, clientComms, reporting], auth, enableDevTokens: builder.ExecutionContext.IsRunMode && builder.Environment.IsDevelopment())
    .WithReference(dashboard);
dashboard.AsCrewlineDashboard(gateway, auth);
builder.AddDemoOrg(auth, gateway, ownership, scopeChanges);

builder.Build().Run();
