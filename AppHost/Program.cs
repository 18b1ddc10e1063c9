using Crewline.AppHost;
using Crewline.AppHost.Infrastructure;
using Crewline.Contracts;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = CrewlineInfrastructure.Create(builder);
var auth = AuthSettings.From(builder.Configuration);

var ownership = builder.AddProject<Projects.Ownership>(ResourceNames.Ownership)
    .AsCrewlineService(infrastructure, ResourceNames.OwnershipDb, auth);
var reporting = builder.AddProject<Projects.Reporting>(ResourceNames.Reporting)
    .AsCrewlineService(infrastructure, ResourceNames.ReportingDb, auth);

builder.AddProject<Projects.Gateway>(ResourceNames.Gateway)
    .AsCrewlineGateway([ownership, reporting], auth, enableDevTokens: builder.ExecutionContext.IsRunMode);

builder.Build().Run();
