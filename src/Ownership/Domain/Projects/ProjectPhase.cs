namespace Crewline.Ownership.Domain.Projects;

/// <summary>Where a project is in its life: it leaves kickoff only through the R-KICK-1 gate and closes only through R-CLOSE-1..2.</summary>
public enum ProjectPhase
{
    Kickoff = 1,
    Active = 2,
    Closed = 3,
}
