namespace Crewline.BuildingBlocks.Errors;

/// <summary>One bad input field: its name as the API spells it, and why it is bad.</summary>
public sealed record FieldViolation(string Field, string Description)
{
    public override string ToString() => $"{Field}: {Description}";
}
