using Crewline.BuildingBlocks.Errors;
using Crewline.BuildingBlocks.Membership;
using Crewline.ServiceDefaults.Auth;
using Crewline.ClientComms.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Spocs;

/// <summary>Reads the SPOC of a project of the caller's org, with the role R-COMM-2 proposes for it; project members only.</summary>
public sealed class GetSpocHandler(ClientCommsDbContext db)
{
    public async Task<Proto.Spoc> HandleAsync(Proto.GetSpocRequest request, CallerIdentity caller, CancellationToken cancellationToken)
    {
        var validator = new RequestValidator();
        var projectId = validator.Uuid(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();
        var project = (await db.RequireMemberAsync(projectId, caller, cancellationToken)).Project;
        var spoc = await db.Spocs.AsNoTracking().SingleOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        return spoc.ToProto(project, await db.HistoryAsync(projectId, cancellationToken));
    }
}
