using Crewline.BuildingBlocks.Hosting;
using Crewline.BuildingBlocks.Membership;
using Crewline.ClientComms.Features;
using Crewline.ClientComms.Features.Inbound;
using Crewline.ClientComms.Infrastructure;
using Crewline.Contracts;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrewlineService<ClientCommsDbContext>(ResourceNames.ClientComms, ResourceNames.ClientCommsDb, bus =>
{
    bus.AddMembershipReplica();
    ClientCommsRegistration.AddConsumers(bus);
});
builder.AddClientComms();

var app = builder.Build();
app.MapCrewlineService<ClientCommsGrpcService>();
app.MapInboundMail();
return app.RunCrewlineService(args);

public partial class Program;
