using Crewline.Contracts.Events.Ownership;
using Crewline.Reporting.Domain.Portfolio;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Portfolio.Projection;

/// <summary>The ownership matrix: owners by the latest change (event time), confirmation against the latest clearing change.</summary>
public sealed class MatrixProjector : IProjector<ProjectCreated>, IProjector<FunctionOwnershipChanged>, IProjector<FunctionConfirmed>
{
    /// <summary>The matrix the project starts with: every function, at the creation time (any later change wins).</summary>
    public async Task ApplyAsync(ProjectCreated e, ProjectionContext context, CancellationToken ct)
    {
        var functions = e.Matrix ?? [];
        var rows = await context.Db.MatrixRowsAsync(e.OrgId, e.ProjectId, functions.Select(f => f.FunctionKey), ct);
        foreach (var (function, row) in functions.Zip(rows))
        {
            row.Name = function.Name;
            SetOwners(row, string.Join(',', function.Owners), function.IsShared, e.CreatedAt);
        }
    }

    public async Task ApplyAsync(FunctionOwnershipChanged e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.MatrixRowAsync(e.OrgId, e.ProjectId, e.FunctionKey, ct);
        SetOwners(row, string.Join(',', e.Owners), e.IsShared, e.At);
        if (e.ConfirmationsCleared) row.ClearedAt = ReadModelRows.Later(row.ClearedAt, e.At);
    }

    private static void SetOwners(MatrixRow row, string owners, bool isShared, DateTimeOffset at)
    {
        if (row.OwnersAt is not { } held || at > held || (at == held && string.CompareOrdinal(owners, row.Owners) > 0))
        {
            row.Owners = owners;
            row.IsShared = isShared;
            row.OwnersAt = at;
        }
    }

    public async Task ApplyAsync(FunctionConfirmed e, ProjectionContext context, CancellationToken ct)
    {
        var row = await context.Db.MatrixRowAsync(e.OrgId, e.ProjectId, e.FunctionKey, ct);
        row.ConfirmedAt = ReadModelRows.Later(row.ConfirmedAt, e.At);
    }
}
