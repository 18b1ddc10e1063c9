using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain.Crises;

/// <summary>Who leads a crisis and who coordinates, with the reason.</summary>
public sealed record CrisisLeadership(ProjectRole LeadRole, ProjectRole CoordinatingRole, string CoordinationDuty, string Reason)
{
    /// <summary>
    /// R-CRISIS-1: the lead is the owner of the source function in the project's matrix, never
    /// the senior role. A source owned by one role: that role. A shared source (spec silent): the
    /// role its area routes to first (external production → producer, internal flow → PM); a
    /// joint-area function (scope changes, closeout, retro, timeline) is process, so the PM leads.
    /// The coordinator: the producer adjusts production timing when the PM leads, and the PM
    /// coordinates downstream flow otherwise (R-CRISIS-2, R-CRISIS-3).
    /// </summary>
    public static CrisisLeadership For(IProjectOwnership project, string functionKey)
    {
        var function = project.FunctionOf(functionKey)
            ?? throw new ValidationException("function_key", $"'{functionKey}' is not a function of this project's matrix.");
        var owners = project.OwnersOf(functionKey);
        if (owners.Count == 0)
            throw new RuleViolationException("R-OWN-7", $"Nobody owns {functionKey}, the source of the crisis, so nobody leads it: name an owner.");

        ProjectRole lead;
        string why;
        if (owners.Count == 1)
        {
            lead = owners[0];
            why = $"{functionKey} is owned by the {Name(lead)} in this project's matrix";
        }
        else
        {
            var areaRole = function.Area switch
            {
                FunctionArea.ExternalProduction => ProjectRole.Producer,
                _ => ProjectRole.ProjectManager,
            };
            lead = owners.Contains(areaRole) ? areaRole : owners[0];
            why = $"{functionKey} is shared by {string.Join(" and ", owners.Select(Name))}; the {Name(lead)} leads as the role its area ({function.Area}) routes to first";
        }

        var (coordinator, duty) = lead == ProjectRole.ProjectManager
            ? (ProjectRole.Producer, "adjusts production timing")
            : (ProjectRole.ProjectManager, "coordinates downstream flow");
        var rule = lead switch
        {
            ProjectRole.Producer => "R-CRISIS-2",
            ProjectRole.ProjectManager => "R-CRISIS-3",
            _ => "R-CRISIS-1",
        };
        return new CrisisLeadership(lead, coordinator, duty,
            $"{why}: the owner of the source leads, whoever is senior (R-CRISIS-1); the {Name(coordinator)} {duty} ({rule}).");
    }

    private static string Name(ProjectRole role) => role == ProjectRole.ProjectManager ? "PM" : role.ToString().ToLowerInvariant();
}
