using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Plan;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Plan;

/// <summary>Between the plan's domain types and its proto messages (enums: <see cref="Mapping.PlanEnumMapping"/>).</summary>
public static class PlanMapping
{
    public static Google.Type.Date ToProto(this DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>A full calendar date (year, month and day set); otherwise a violation on <paramref name="field"/>.</summary>
    public static DateOnly Day(this RequestValidator validator, Google.Type.Date? date, string field)
    {
        if (date is null)
        {
            validator.Check(false, field, "must be set");
            return default;
        }
        if (date.Year is >= 1 and <= 9999 && date.Month is >= 1 and <= 12 && date.Day >= 1
            && date.Day <= DateTime.DaysInMonth(date.Year, date.Month))
            return new DateOnly(date.Year, date.Month, date.Day);
        validator.Check(false, field, "must be a full calendar date (year, month and day)");
        return default;
    }

    public static Proto.PlanItem ToProto(this PlanItem item) => new()
    {
        ItemId = item.Id.ToString(),
        Kind = item.Kind.ToProto(),
        OwnerRole = item.OwnerRole.ToProto(),
        Title = item.Title,
        Start = item.Start.ToProto(),
        Due = item.Due.ToProto(),
        Status = item.Status.ToProto(),
        DependsOn = { item.DependsOn.Select(d => d.ToString()) },
        ChangeRequestId = item.ChangeRequestId?.ToString() ?? "",
        AwaitingChangeAcceptance = item.AwaitingChangeAcceptance,
    };

    public static Proto.SharedPlan ToProto(this SharedPlan? plan, Guid projectId) => new()
    {
        ProjectId = projectId.ToString(),
        Items = { (plan?.Items ?? []).OrderBy(i => i.Start).ThenBy(i => i.Id).Select(ToProto) },
    };

    public static Proto.ItemShift ToProto(this ItemShift shift) => new()
    {
        ItemId = shift.ItemId.ToString(),
        Title = shift.Title,
        OwnerRole = shift.OwnerRole.ToProto(),
        OldStart = shift.OldStart.ToProto(),
        OldDue = shift.OldDue.ToProto(),
        NewStart = shift.NewStart.ToProto(),
        NewDue = shift.NewDue.ToProto(),
        DueDays = shift.DueDays,
    };

    public static Contracts.Events.Ownership.PlanItemShift ToContract(this ItemShift shift) => new(
        shift.ItemId, shift.Title, shift.OwnerRole.ContractName(), shift.OldStart, shift.OldDue, shift.NewStart, shift.NewDue);
}
