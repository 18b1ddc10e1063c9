namespace Crewline.BuildingBlocks.Errors;

/// <summary>Base of the errors a handler raises on purpose; each maps to one gRPC status.</summary>
public abstract class CrewlineException(string message) : Exception(message);

/// <summary>Bad input (gRPC <c>InvalidArgument</c>): names every bad field and why.</summary>
public sealed class ValidationException(IReadOnlyList<FieldViolation> violations)
    : CrewlineException(string.Join("; ", violations))
{
    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    public ValidationException(string field, string description) : this([new FieldViolation(field, description)]) { }
}

/// <summary>The thing does not exist in the caller's org (gRPC <c>NotFound</c>).</summary>
public sealed class NotFoundException(string entity, string id) : CrewlineException($"{entity} '{id}' was not found.");

/// <summary>A domain rule forbids the change (gRPC <c>FailedPrecondition</c>); the message starts with the rule id.</summary>
public class RuleViolationException(string ruleId, string message) : CrewlineException($"[{ruleId}] {message}")
{
    public string RuleId { get; } = ruleId;
}

/// <summary>The caller is authenticated but may not do this (gRPC <c>PermissionDenied</c>).</summary>
public sealed class PermissionDeniedException(string message) : CrewlineException(message);

/// <summary>The thing already exists (gRPC <c>AlreadyExists</c>).</summary>
public sealed class ConflictException(string message) : CrewlineException(message);
