namespace Crewline.BuildingBlocks.Messaging;

/// <summary>
/// A consumer was handed a message about something this service has not learnt of yet — most
/// often a project whose creation has not reached it. Thrown instead of acknowledging the message
/// without effect: the in-place retries pass it straight on (an immediate retry would not find it
/// either, see <see cref="MessagingSetup"/>), redelivery hands the message back to its queue later,
/// and once the redeliveries run out it is parked in the queue's <c>_error</c> queue with this
/// exception's message as the reason.
/// </summary>
public sealed class NotKnownYetException : Exception
{
    public NotKnownYetException(string kind, Guid id, Guid? orgId = null)
        : base($"{kind} {id}{(orgId is { } org ? $" of org {org}" : "")} is not known here yet; the message is delivered again later.")
    {
        Kind = kind;
        Id = id;
        OrgId = orgId;
    }

    /// <summary>What is not known, e.g. <c>Project</c>.</summary>
    public string Kind { get; }

    public Guid Id { get; }

    public Guid? OrgId { get; }
}
