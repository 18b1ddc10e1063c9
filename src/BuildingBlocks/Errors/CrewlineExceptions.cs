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

/// <summary>
/// A domain rule forbids the change (gRPC <c>FailedPrecondition</c>); the message starts with the rule
/// id, and <see cref="Violations"/> lists every unmet condition (sent as a google.rpc.PreconditionFailure).
/// </summary>
public class RuleViolationException : CrewlineException
{
    /// <summary>One unmet condition: the rule itself, with the message as its description.</summary>
    public RuleViolationException(string ruleId, string message) : this(ruleId, message, [new PreconditionViolation(ruleId, "", message)]) { }

    /// <summary>Several unmet conditions, each with its own rule id and subject.</summary>
    public RuleViolationException(string ruleId, string message, IReadOnlyList<PreconditionViolation> violations) : base($"[{ruleId}] {message}")
    {
        RuleId = ruleId;
        Violations = violations;
    }

    public string RuleId { get; }

    public IReadOnlyList<PreconditionViolation> Violations { get; }
}

/// <summary>The caller is authenticated but may not do this (gRPC <c>PermissionDenied</c>).</summary>
public sealed class PermissionDeniedException(string message) : CrewlineException(message);

/// <summary>The thing already exists (gRPC <c>AlreadyExists</c>).</summary>
public sealed class ConflictException(string message) : CrewlineException(message);
