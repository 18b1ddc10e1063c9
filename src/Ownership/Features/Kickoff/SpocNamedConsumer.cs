using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Projects;
using Crewline.Ownership.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crewline.Ownership.Features.Kickoff;

/// <summary>
/// Records the SPOC that client communications named (R-COMM-1) on the project, one of the R-KICK-1
/// conditions. Redeliveries are dropped by the inbox; an older naming than the recorded one is ignored.
/// A naming for a project not known here (yet) is not dropped: <see cref="NotKnownYetException"/>
/// has it delivered again later, and parked in the <c>_error</c> queue if the project never appears.
/// </summary>
public sealed class SpocNamedConsumer(OwnershipDbContext db, ProjectEventPublisher publisher, ILogger<SpocNamedConsumer> logger)
    : IConsumer<SpocNamed>
{
    public async Task Consume(ConsumeContext<SpocNamed> context)
    {
        var e = context.Message;
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == e.ProjectId, context.CancellationToken);
        if (project is null) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        ProjectRole? role = e.Role switch
        {
            "SPOC_ROLE_PRODUCER" => ProjectRole.Producer,
            "SPOC_ROLE_PROJECT_MANAGER" => ProjectRole.ProjectManager,
            _ => null,
        };
        if (role is null)
        {
            logger.LogWarning("SpocNamed with unknown role {Role} for project {ProjectId}; ignored.", e.Role, e.ProjectId);
            return;
        }
        if (project.MarkSpocNamed(role.Value, e.PersonSubject, e.PersonName, e.NamedAt))
            await publisher.SaveAsync(project, e.NamedBy, context.CancellationToken);
    }
}
