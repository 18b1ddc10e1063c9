using Crewline.Contracts;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Mapping;
using Crewline.Ownership.Features.Projects;
using Crewline.Ownership.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Common = Crewline.Contracts.Common.V1;

namespace Crewline.Ownership.Features.Kickoff;

/// <summary>
/// Records the SPOC that client communications named (R-COMM-1) on the project, one of the R-KICK-1
/// conditions. Redeliveries are dropped by the inbox; an older naming than the recorded one is ignored.
/// </summary>
public sealed class SpocNamedConsumer(OwnershipDbContext db, ProjectEventPublisher publisher, ILogger<SpocNamedConsumer> logger)
    : IConsumer<SpocNamed>
{
    public async Task Consume(ConsumeContext<SpocNamed> context)
    {
        var e = context.Message;
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == e.ProjectId, context.CancellationToken);
        if (project is null)
        {
            logger.LogWarning("SpocNamed for unknown project {ProjectId} of org {OrgId}; ignored.", e.ProjectId, e.OrgId);
            return;
        }
        ProjectRole? role = ProtoEnums.TryParse<Common.ProjectRole>(e.Role, out var named) ? named.ToDomain() : null;
        if (role is null)
        {
            logger.LogWarning("SpocNamed with unknown role {Role} for project {ProjectId}; ignored.", e.Role, e.ProjectId);
            return;
        }
        if (project.MarkSpocNamed(role.Value, e.PersonSubject, e.PersonName, e.NamedAt))
            await publisher.SaveAsync(project, e.NamedBy, context.CancellationToken);
    }
}
