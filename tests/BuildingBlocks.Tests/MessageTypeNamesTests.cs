using Crewline.BuildingBlocks.Outbox;
using Crewline.Contracts.Events.Ownership;

namespace Crewline.BuildingBlocks.Tests;

public sealed class MessageTypeNamesTests
{
    [Fact]
    public void An_event_type_name_is_its_full_name_and_assembly_without_version()
    {
        Assert.Equal("Crewline.Contracts.Events.Ownership.ProjectCreated, Crewline.Contracts", MessageTypeNames.NameOf(typeof(ProjectCreated)));
    }

    [Fact]
    public void A_stored_name_resolves_back_to_the_same_type()
    {
        Assert.Same(typeof(ProjectCreated), MessageTypeNames.Resolve(MessageTypeNames.NameOf(typeof(ProjectCreated))));
        Assert.Same(typeof(OutboxMessage), MessageTypeNames.Resolve(MessageTypeNames.NameOf(typeof(OutboxMessage))));
    }

    [Fact]
    public void An_unknown_name_does_not_resolve_silently()
    {
        Assert.ThrowsAny<Exception>(() => MessageTypeNames.Resolve("Crewline.Contracts.Events.Nope, Crewline.Contracts"));
    }
}
