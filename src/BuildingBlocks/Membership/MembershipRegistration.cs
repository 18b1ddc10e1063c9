using Crewline.BuildingBlocks.ProjectRegistry;
using MassTransit;

namespace Crewline.BuildingBlocks.Membership;

public static class MembershipRegistration
{
    /// <summary>
    /// The consumers that keep the service's known projects (<see cref="KnownProjectConsumer"/>) and
    /// membership replica (<see cref="MembershipReplicaConsumer"/>); pair it with
    /// <see cref="MembershipReplicaModel.AddMembershipReplica"/> in the service's DbContext.
    /// </summary>
    public static IBusRegistrationConfigurator AddMembershipReplica(this IBusRegistrationConfigurator bus, bool withKnownProjects = true)
    {
        if (withKnownProjects) bus.AddConsumer<KnownProjectConsumer>();
        bus.AddConsumer<MembershipReplicaConsumer>();
        return bus;
    }
}
