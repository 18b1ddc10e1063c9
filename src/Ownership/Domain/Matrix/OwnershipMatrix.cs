using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Functions;
using Crewline.Ownership.Domain.Orgs;

namespace Crewline.Ownership.Domain.Matrix;

/// <summary>
/// A project's ownership matrix (R-OWN-1): one row per function of the org's catalog (built-in
/// and the org's own, R-OWN-8), owners proposed by the industry preset.
/// </summary>
public sealed class OwnershipMatrix
{
    private readonly List<MatrixRow> _rows = [];
    private readonly Dictionary<string, MatrixRow> _byKey = [];

    public IReadOnlyList<MatrixRow> Rows => _rows;

    public static OwnershipMatrix From(FunctionCatalog catalog, PresetProposal proposal)
    {
        var matrix = new OwnershipMatrix();
        foreach (var function in catalog.All) matrix.Add(function, proposal);
        return matrix;
    }

    public MatrixRow? Find(string functionKey) => _byKey.GetValueOrDefault(functionKey);

    /// <summary>The row of a function; a <see cref="ValidationException"/> when the matrix has no such function.</summary>
    public MatrixRow Get(string functionKey) =>
        Find(functionKey) ?? throw new ValidationException("function_key", $"the project's matrix has no function '{functionKey}'");

    /// <summary>Adds a function's row with the proposed owners (R-OWN-8: an org function added later).</summary>
    internal MatrixRow Add(FunctionDefinition function, PresetProposal proposal)
    {
        if (_byKey.ContainsKey(function.Key))
            throw new ConflictException($"The project's matrix already has function '{function.Key}'.");
        var row = new MatrixRow(function, proposal.OwnersOf(function));
        _rows.Add(row);
        _byKey.Add(function.Key, row);
        return row;
    }
}
