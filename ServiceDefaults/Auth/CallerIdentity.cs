using System.Security.Claims;

namespace Crewline.ServiceDefaults.Auth;

/// <summary>The authenticated caller: who (subject), in which org, under which display name.</summary>
public sealed record CallerIdentity(string Subject, Guid OrgId, string Name)
{
    /// <summary>
    /// Reads the caller from a principal; null when the principal is not authenticated
    /// or lacks a subject or a well-formed org claim.
    /// </summary>
    public static CallerIdentity? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        var subject = principal.FindFirst(CrewlineClaims.Subject)?.Value
                      ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var org = principal.FindFirst(CrewlineClaims.Org)?.Value;
        if (string.IsNullOrWhiteSpace(subject) || !Guid.TryParse(org, out var orgId) || orgId == Guid.Empty)
            return null;
        var name = principal.FindFirst(CrewlineClaims.Name)?.Value ?? subject;
        return new CallerIdentity(subject, orgId, name);
    }
}
