namespace Crewline.ClientComms.Domain.Plan;

/// <summary>An earlier status of the project in the cadence window: its message, author role and content hash.</summary>
public sealed record EarlierStatus(Guid MessageId, SpocRole AuthorRole, string ContentHash);

/// <summary>
/// R-COMM-5: within one cadence window the client hears one status. A status from the other role in
/// the window that says something else is a conflict (the duplicated function, R-FAIL-1); the same
/// content is the same status, and the same role may update its own.
/// </summary>
public static class StatusCadenceRule
{
    /// <summary>The other role's status in the window that the new one conflicts with, if any.</summary>
    public static EarlierStatus? ConflictWith(IEnumerable<EarlierStatus> inWindow, SpocRole authorRole, string contentHash) =>
        inWindow.FirstOrDefault(s => s.AuthorRole != authorRole && s.ContentHash != contentHash);

    /// <summary>An earlier status in the window with exactly this content (answered instead of a second one).</summary>
    public static EarlierStatus? SameAs(IEnumerable<EarlierStatus> inWindow, string contentHash) =>
        inWindow.FirstOrDefault(s => s.ContentHash == contentHash);
}
