using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Plan;

/// <summary>How one plan item's dates moved.</summary>
public sealed record ItemShift(
    Guid ItemId, string Title, ProjectRole OwnerRole, DateOnly OldStart, DateOnly OldDue, DateOnly NewStart, DateOnly NewDue)
{
    /// <summary>Days the start moved (negative: earlier).</summary>
    public int StartDays => NewStart.DayNumber - OldStart.DayNumber;

    /// <summary>Days the due date moved (negative: earlier).</summary>
    public int DueDays => NewDue.DayNumber - OldDue.DayNumber;
}

/// <summary>What a reschedule did: the moved item, and every dependent it pushed (transitively), in push order.</summary>
public sealed record ScheduleImpact(ItemShift Moved, IReadOnlyList<ItemShift> Pushed);
