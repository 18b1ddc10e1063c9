using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.Reporting.Features;
using Crewline.Reporting.Features.Findings;
using Crewline.Reporting.Features.Projects;
using Crewline.Reporting.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ReportingDbContext>(ResourceNames.Reporting, ResourceNames.ReportingDb,
    bus =>
    {
        bus.AddConsumer<ProjectCreatedConsumer>();
        bus.AddMembershipReplica(withKnownProjects: false);
    });
builder.Services.AddScoped<ProjectSummaryQueries>();
builder.AddFindings();

var app = builder.Build();
app.MapCrewlineService<ReportingGrpcService>();
app.MapFindings();
return app.RunCrewlineService(args);

public partial class Program;
