namespace Crewline.BuildingBlocks.Errors;

/// <summary>
/// One unmet condition of a refused change, sent as a google.rpc.PreconditionFailure violation:
/// <paramref name="RuleId"/> as its type (e.g. R-KICK-1), <paramref name="Subject"/> as what is
/// unmet (a function key such as <c>vendor-invoices</c>, or a condition such as <c>spoc</c>),
/// <paramref name="Description"/> as prose.
/// </summary>
public sealed record PreconditionViolation(string RuleId, string Subject, string Description);
