namespace Crewline.Ownership.Domain.Roles;

/// <summary>A role a person holds on a project. One person may hold several (one role wears both hats).</summary>
public enum ProjectRole
{
    /// <summary>Creative PM: project flow, internal team, scope discipline, reviews, client process.</summary>
    ProjectManager = 1,
    /// <summary>External production: shoots, post, talent, crew, locations, vendors, production budget.</summary>
    Producer = 2,
    /// <summary>Authors and refines the brief.</summary>
    CreativeLead = 3,
    /// <summary>Head of production, executive producer, creative leadership: receives joint escalations.</summary>
    Leadership = 4,
}
