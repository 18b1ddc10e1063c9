using Crewline.BuildingBlocks.Tenancy;

namespace Crewline.ClientComms.Domain.Contacts;

/// <summary>A person at the client that a project's messages go to.</summary>
public sealed class ClientContact : IOrgOwned
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 320;
    public const int MaxRoleLength = 200;

    private ClientContact() { }

    public Guid Id { get; private set; }
    public Guid OrgId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The address, lower-cased (one contact per address per project).</summary>
    public string Email { get; private set; } = "";
    public string RoleAtClient { get; private set; } = "";
    public string AddedBy { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }

    public static ClientContact Add(Guid orgId, Guid projectId, string name, string email, string roleAtClient, string addedBy, DateTimeOffset now)
    {
        if (!EmailAddresses.IsValid(email)) throw new ArgumentException("Not a single valid email address.", nameof(email));
        return new ClientContact
        {
            Id = Guid.CreateVersion7(), OrgId = orgId, ProjectId = projectId, Name = name.Trim(), Email = EmailAddresses.Normalize(email),
            RoleAtClient = roleAtClient.Trim(), AddedBy = addedBy, AddedAt = now,
        };
    }
}
