using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Features;
using Crewline.ClientComms.Features.Spocs;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ClientCommsDbContext>(ResourceNames.ClientComms, ResourceNames.ClientCommsDb,
    bus => bus.AddMembershipReplica());
builder.Services.AddScoped<NameSpocHandler>();
builder.Services.AddScoped<GetSpocHandler>();

var app = builder.Build();
app.MapCrewlineService<ClientCommsGrpcService>();
return app.RunCrewlineService(args);

public partial class Program;
