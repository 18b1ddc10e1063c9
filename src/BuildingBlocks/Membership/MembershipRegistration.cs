using Crewline.BuildingBlocks.ProjectRegistry;
using MassTransit;

namespace Crewline.BuildingBlocks.Membership;

public static class MembershipRegistration
{
    /// <summary>
    /// The consumers that keep the service's known projects and membership replica; pair it with
    /// <see cref="MembershipReplicaModel.AddMembershipReplica"/> in the service's DbContext.
    /// </summary>
    public static IBusRegistrationConfigurator AddMembershipReplica(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<KnownProjectConsumer>();
        bus.AddConsumer<MembershipReplicaConsumer>();
        return bus;
    }
}
