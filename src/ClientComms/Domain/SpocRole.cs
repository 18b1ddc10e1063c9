namespace Crewline.ClientComms.Domain;

/// <summary>The project role a single point of contact holds.</summary>
public enum SpocRole
{
    ProjectManager = 1,
    Producer = 2,
}
