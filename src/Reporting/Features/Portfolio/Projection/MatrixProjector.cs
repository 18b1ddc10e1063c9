using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>The ownership matrix: owners by the latest change (event time), confirmation against the latest clearing change.</summary>
public sealed class MatrixProjector : IProjector<FunctionOwnershipChanged>, IProjector<FunctionConfirmed>
{
    public async Task ApplyAsync(FunctionOwnershipChanged e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.MatrixRowAsync(e.OrgId, e.ProjectId, e.FunctionKey, ct);
        var owners = string.Join(',', e.Owners);
        if (row.OwnersAt is not { } at || e.At > at || (e.At == at && string.CompareOrdinal(owners, row.Owners) > 0))
        {
            row.Owners = owners;
            row.IsShared = e.IsShared;
            row.OwnersAt = e.At;
        }
        if (e.ConfirmationsCleared) row.ClearedAt = ReadModelRows.Later(row.ClearedAt, e.At);
    }

    public async Task ApplyAsync(FunctionConfirmed e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.MatrixRowAsync(e.OrgId, e.ProjectId, e.FunctionKey, ct);
        row.ConfirmedAt = ReadModelRows.Later(row.ConfirmedAt, e.At);
    }
}
