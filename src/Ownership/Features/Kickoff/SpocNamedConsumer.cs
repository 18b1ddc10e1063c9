using Crewline.BuildingBlocks.Messaging;
using Crewline.Contracts;
using Crewline.Contracts.Events.ClientComms;
using Crewline.Ownership.Domain.Roles;
using Crewline.Ownership.Features.Mapping;
using Crewline.Ownership.Features.Projects;
using Crewline.Ownership.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Common = Crewline.Contracts.Common.V1;

namespace Crewline.Ownership.Features.Kickoff;

/// <summary>
/// Records the SPOC that client communications named (R-COMM-1) on the project, one of the R-KICK-1
/// conditions. Redeliveries are dropped by the inbox; an older naming than the recorded one is ignored.
/// A naming for a project not known here (yet) is not dropped: <see cref="NotKnownYetException"/>
/// has it delivered again later, and parked in the <c>_error</c> queue if the project never appears.
/// </summary>
public sealed class SpocNamedConsumer(OwnershipDbContext db, ProjectEventPublisher publisher)
    : IConsumer<SpocNamed>
{
    public async Task Consume(ConsumeContext<SpocNamed> context)
    {
        var e = context.Message;
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == e.ProjectId, context.CancellationToken);
        if (project is null) throw new NotKnownYetException("Project", e.ProjectId, e.OrgId);
        // A role this version cannot read is not dropped either: the message fails and ends up parked with the reason.
        var role = ProtoEnums.TryParse<Common.ProjectRole>(e.Role, out var named) ? named.ToDomain()
            : throw new InvalidOperationException($"SpocNamed for project {e.ProjectId} names the unknown role '{e.Role}'.");
        if (project.MarkSpocNamed(role, e.PersonSubject, e.PersonName, e.NamedAt))
            await publisher.SaveAsync(project, e.NamedBy, context.CancellationToken);
    }
}
