using Crewline.BuildingBlocks.Hosting;
using Crewline.Contracts;
using Crewline.Ownership.Features;
using Crewline.Ownership.Features.Projects;
using Crewline.Ownership.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<OwnershipDbContext>(ResourceNames.Ownership, ResourceNames.OwnershipDb);
builder.Services.AddScoped<CreateProjectHandler>();
builder.Services.AddScoped<GetProjectHandler>();

var app = builder.Build();
app.MapCrewlineService<OwnershipGrpcService>();
app.Run();

public partial class Program;
