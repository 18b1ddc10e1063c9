namespace Crewline.Contracts.Events.Ownership;

/// <summary>An org's profile (name, industry preset) was configured (R-IND).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="Name">The org's display name.</param>
/// <param name="IndustryPreset">The proto enum name of the preset, e.g. <c>INDUSTRY_PRESET_ADVERTISING</c>.</param>
/// <param name="ConfiguredBy">The subject of the caller who configured it.</param>
/// <param name="ConfiguredAt">When it was configured.</param>
public sealed record OrgProfileConfigured(Guid OrgId, string Name, string IndustryPreset, string ConfiguredBy, DateTimeOffset ConfiguredAt) : IOrgEvent;

/// <summary>A person was added to an org.</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="PersonId">The new person's id.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Email">The person's email.</param>
/// <param name="Subject">The token subject linked to the person, if any.</param>
/// <param name="AddedBy">The subject of the caller who added the person.</param>
/// <param name="AddedAt">When the person was added.</param>
/// <param name="OrgRole">The proto enum name of the person's org role, <c>ORG_ROLE_ADMIN</c> or <c>ORG_ROLE_MEMBER</c>.</param>
public sealed record PersonAdded(Guid OrgId, Guid PersonId, string Name, string Email, string? Subject, string AddedBy, DateTimeOffset AddedAt,
    string OrgRole = "ORG_ROLE_MEMBER") : IOrgEvent;

/// <summary>A person's org role changed (admin or member); an org always keeps at least one admin (R-ACCESS-1).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="PersonId">The person.</param>
/// <param name="Subject">The token subject linked to the person, if any.</param>
/// <param name="Name">The person's name.</param>
/// <param name="OrgRole">The proto enum name of the new org role, <c>ORG_ROLE_ADMIN</c> or <c>ORG_ROLE_MEMBER</c>.</param>
/// <param name="ChangedBy">The subject of the admin who changed it.</param>
/// <param name="ChangedAt">When it changed.</param>
public sealed record PersonOrgRoleChanged(Guid OrgId, Guid PersonId, string? Subject, string Name, string OrgRole, string ChangedBy, DateTimeOffset ChangedAt) : IOrgEvent;

/// <summary>An org added its own function to its catalog (R-OWN-8).</summary>
/// <param name="OrgId">The org (tenant).</param>
/// <param name="FunctionKey">The function's key.</param>
/// <param name="Name">The function's name.</param>
/// <param name="DefaultOwners">The proto enum names of its default owner roles.</param>
/// <param name="AddedBy">The subject of the caller who added it.</param>
/// <param name="AddedAt">When it was added.</param>
public sealed record OrgFunctionAdded(Guid OrgId, string FunctionKey, string Name, IReadOnlyList<string> DefaultOwners, string AddedBy, DateTimeOffset AddedAt) : IOrgEvent;
