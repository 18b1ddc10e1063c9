namespace Crewline.ClientComms.Features.Status;

/// <summary>Status to the client (configuration section <c>ClientComms:Status</c>).</summary>
public sealed class StatusOptions
{
    public const string SectionName = "ClientComms:Status";

    /// <summary>R-COMM-5's cadence window: within it, the client hears one status voice.</summary>
    public TimeSpan CadenceWindow { get; set; } = TimeSpan.FromDays(7);
}
