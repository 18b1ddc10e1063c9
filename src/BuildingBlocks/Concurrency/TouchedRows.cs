using System.Text.Json;

namespace Crewline.BuildingBlocks.Concurrency;

/// <summary>
/// The rows of an aggregate one command writes, as the command read them: a name for people
/// ("Function 'vendor-payments'") and a fingerprint of their content. Two reads of the same rows
/// have equal fingerprints exactly when nobody changed those rows in between.
/// </summary>
public sealed record TouchedRows(string What, string Fingerprint)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The rows' fingerprint is their content serialized (each value under its runtime type).</summary>
    public static TouchedRows Of(string what, params object?[] rows) => new(what, JsonSerializer.Serialize(rows, Json));

    /// <summary>A command that only adds new rows: it touches nothing another edit could have changed.</summary>
    public static TouchedRows NewRowsOnly(string what) => new(what, "");
}
