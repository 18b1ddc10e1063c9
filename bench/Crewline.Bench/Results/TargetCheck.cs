namespace Crewline.Bench.Results;

/// <summary>One target of the acceptance list, what this run measured for it, and whether it was met.</summary>
public sealed record TargetCheck(string Target, string Measured, bool Met);
