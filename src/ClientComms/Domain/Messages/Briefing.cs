using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Messages;

/// <summary>
/// R-COMM-4: the other role (the one the SPOC does not hold) was briefed on an outbound message before
/// it went out: who was briefed, who recorded it, when, and what was said.
/// </summary>
public sealed class Briefing : IOrgOwned
{
    public const string RuleId = "R-COMM-4";
    public const int MaxSummaryLength = 2000;

    private Briefing() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid MessageId { get; private set; }
    public BriefingKind Kind { get; private set; }
    public SpocRole BriefedRole { get; private set; }
    public Guid? BriefedPersonId { get; private set; }
    public string BriefedBy { get; private set; } = "";
    public DateTimeOffset BriefedAt { get; private set; }
    public string Summary { get; private set; } = "";

    internal static Briefing Record(Guid orgId, Guid messageId, BriefingKind kind, SpocRole briefedRole, Guid? briefedPersonId, string briefedBy, string summary, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(summary)) throw new ArgumentException("A briefing says what was said.", nameof(summary));
        return new Briefing
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, MessageId = messageId, Kind = kind, BriefedRole = briefedRole,
            BriefedPersonId = briefedPersonId, BriefedBy = briefedBy, BriefedAt = now, Summary = summary.Trim(),
        };
    }

    /// <summary>The role to brief: the one the SPOC does not hold.</summary>
    public static SpocRole OtherRoleThan(SpocRole spocRole) =>
        spocRole == SpocRole.ProjectManager ? SpocRole.Producer : SpocRole.ProjectManager;
}
