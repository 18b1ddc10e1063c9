using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ScopeChanges.Domain;

/// <summary>
/// A client's request to change a project's scope. Both roles assess it (R-SCOPE-1) before one
/// combined response is signed off by both (R-SCOPE-2, R-SCOPE-3).
/// </summary>
public sealed class ChangeRequest : IOrgOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    private ChangeRequest() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ChangeRequestStatus Status { get; private set; }
    public string SubmittedBy { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    /// <summary>Optimistic concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    /// <summary>A new request, awaiting both roles' assessments (R-SCOPE-1).</summary>
    public static ChangeRequest Submit(Guid id, Guid orgId, Guid projectId, string title, string? description, string submittedBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitleLength)
            throw new ArgumentException($"A change request's title has 1 to {MaxTitleLength} characters.", nameof(title));
        if (description?.Length > MaxDescriptionLength)
            throw new ArgumentException($"A change request's description has at most {MaxDescriptionLength} characters.", nameof(description));
        return new ChangeRequest
        {
            Id = id,
            OrgId = orgId,
            ProjectId = projectId,
            Title = title.Trim(),
            Description = description ?? "",
            Status = ChangeRequestStatus.AwaitingAssessment,
            SubmittedBy = submittedBy,
            SubmittedAt = now,
        };
    }
}
