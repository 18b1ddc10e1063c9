using Crewline.Contracts;

namespace Crewline.BuildingBlocks.Errors;

/// <summary>
/// Collects every field violation of a request, then throws them together so the caller
/// learns all that is wrong in one answer.
/// </summary>
public sealed class RequestValidator
{
    private readonly List<FieldViolation> _violations = [];

    public RequestValidator Check(bool ok, string field, string description)
    {
        if (!ok) _violations.Add(new FieldViolation(field, description));
        return this;
    }

    /// <summary>Requires 1..maxLength characters that are not all white space.</summary>
    public RequestValidator RequiredText(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return Check(false, field, "must not be empty");
        return Check(value.Length <= maxLength, field, $"must be at most {maxLength} characters (got {value.Length})");
    }

    /// <summary>Allows an empty value, else at most maxLength characters.</summary>
    public RequestValidator OptionalText(string? value, string field, int maxLength) =>
        Check(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters");

    /// <summary>Requires a defined, non-zero enum value.</summary>
    public RequestValidator KnownEnum<TEnum>(TEnum value, string field) where TEnum : struct, Enum =>
        Check(Convert.ToInt32(value) != 0 && Enum.IsDefined(value), field,
            $"must be one of {string.Join(", ", Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v) != 0).Select(ProtoEnums.NameOf))}");

    /// <summary>Requires a UUID; returns it (or Guid.Empty when invalid, with the violation recorded).</summary>
    public Guid Uuid(string? value, string field)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty) return id;
        Check(false, field, string.IsNullOrWhiteSpace(value) ? "must not be empty" : "must be a UUID");
        return Guid.Empty;
    }

    public void ThrowIfInvalid()
    {
        if (_violations.Count > 0) throw new ValidationException(_violations.ToList());
    }
}
