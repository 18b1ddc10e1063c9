using Crewline.BuildingBlocks.Hosting;
using Crewline.Contracts;
using Crewline.Ownership.Features;
using Crewline.Ownership.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<OwnershipDbContext>(ResourceNames.Ownership, ResourceNames.OwnershipDb, OwnershipFeatures.AddOwnershipConsumers);
builder.Services.AddOwnershipFeatures();

var app = builder.Build();
app.MapOwnershipFeatures();
return app.RunCrewlineService(args);

public partial class Program;
