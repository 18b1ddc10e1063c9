namespace Crewline.Ownership.Features.People;

/// <summary>
/// What a person may do in their org (not on a project). Admins configure the org and its function
/// catalog, add people and set their org role; members read. The org's first person is its first admin.
/// </summary>
public enum OrgRole
{
    Admin = 1,
    Member = 2,
}
