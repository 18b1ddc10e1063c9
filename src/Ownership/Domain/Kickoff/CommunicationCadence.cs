using Crewline.BuildingBlocks.Errors;

namespace Crewline.Ownership.Domain.Kickoff;

/// <summary>The PM–producer communication cadence agreed at kickoff (R-KICK-1).</summary>
public sealed record CommunicationCadence
{
    public const int MaxNoteLength = 500;

    public CommunicationCadence(CadenceFrequency frequency, string? note = null)
    {
        if (!Enum.IsDefined(frequency)) throw new ValidationException("cadence.frequency", $"unknown frequency {frequency}");
        if (note is { Length: > MaxNoteLength })
            throw new ValidationException("cadence.note", $"must be at most {MaxNoteLength} characters");
        Frequency = frequency;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public CadenceFrequency Frequency { get; }
    /// <summary>E.g. "Monday stand-up, Thursday budget check".</summary>
    public string? Note { get; }
}
