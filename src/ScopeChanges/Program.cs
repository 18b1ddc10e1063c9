using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.ScopeChanges.Features;
using Crewline.ScopeChanges.Features.ChangeRequests;
using Crewline.ScopeChanges.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ScopeChangesDbContext>(ResourceNames.ScopeChanges, ResourceNames.ScopeChangesDb,
    bus => bus.AddMembershipReplica());
builder.Services.AddScoped<SubmitChangeRequestHandler>();
builder.Services.AddScoped<ChangeRequestQueries>();

var app = builder.Build();
app.MapCrewlineService<ScopeChangesGrpcService>();
return app.RunCrewlineService(args);

public partial class Program;
