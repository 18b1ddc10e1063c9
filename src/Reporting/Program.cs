using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.Reporting.Features;
using Crewline.Reporting.Features.Exports;
using Crewline.Reporting.Features.Findings;
using Crewline.Reporting.Features.Portfolio;
using Crewline.Reporting.Features.Projects;
using Crewline.Reporting.Infrastructure;
using Crewline.Reporting.Projections;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ReportingDbContext>(ResourceNames.Reporting, ResourceNames.ReportingDb,
    bus =>
    {
        bus.AddProjectingConsumers();
        bus.AddMembershipReplica(withKnownProjects: false);
    });
builder.Services.AddScoped<ProjectSummaryQueries>();
builder.Services.AddPortfolioProjections();
builder.AddFindings();

var app = builder.Build();
app.MapCrewlineService<ReportingGrpcService>();
app.MapCrewlineGrpc<PortfolioGrpcService>();
app.MapReportDownloads();
app.MapFindings();
return ReplayCommand.IsInvoked(args)
    ? await ReplayCommand.RunAsync(app.Services, args, Console.Out)
    : app.RunCrewlineService(args);

public partial class Program;
