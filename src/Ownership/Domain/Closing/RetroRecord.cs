namespace Crewline.Ownership.Domain.Closing;

/// <summary>The project retro, jointly facilitated by the PM and the producer and recorded (R-CLOSE-2).</summary>
public sealed record RetroRecord(string Notes, IReadOnlyList<Guid> FacilitatedBy, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public const int MaxNotesLength = 10_000;
}
