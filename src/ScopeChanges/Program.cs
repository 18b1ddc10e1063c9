using Crewline.BuildingBlocks.Hosting;
using Crewline.Contracts;
using Crewline.ScopeChanges.Features;
using Crewline.ScopeChanges.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ScopeChangesDbContext>(ResourceNames.ScopeChanges, ResourceNames.ScopeChangesDb, ScopeChangesFeatures.AddScopeChangesConsumers);
builder.Services.AddScopeChangesFeatures();

var app = builder.Build();
app.MapScopeChangesFeatures();
return app.RunCrewlineService(args);

public partial class Program;
