using Crewline.Contracts;
using Crewline.Ownership.Domain.Findings;
using Common = Crewline.Contracts.Common.V1;

namespace Crewline.Ownership.Features.Mapping;

/// <summary>Between the domain's findings and the one proto <c>crewline.common.v1.Finding</c>.</summary>
internal static class FindingMapping
{
    public static Common.FindingKind ToProto(this FindingKind value) => value switch
    {
        FindingKind.DuplicatedFunction => Common.FindingKind.DuplicatedFunction,
        FindingKind.UnownedFunction => Common.FindingKind.UnownedFunction,
        FindingKind.AgingWork => Common.FindingKind.AgingWork,
        FindingKind.UnstatedHierarchy => Common.FindingKind.UnstatedHierarchy,
        _ => throw ProtoEnums.Unmapped(value),
    };

    public static FindingKind ToDomain(this Common.FindingKind value) => value switch
    {
        Common.FindingKind.DuplicatedFunction => FindingKind.DuplicatedFunction,
        Common.FindingKind.UnownedFunction => FindingKind.UnownedFunction,
        Common.FindingKind.AgingWork => FindingKind.AgingWork,
        Common.FindingKind.UnstatedHierarchy => FindingKind.UnstatedHierarchy,
        _ => throw ProtoEnums.Unmapped(value),
    };

    /// <summary>The one shape of a finding every findings call answers (R-FAIL-4).</summary>
    public static Common.Finding ToProto(this Finding finding) => new()
    {
        Kind = finding.Kind.ToProto(),
        RuleId = finding.RuleId,
        ProjectId = finding.ProjectId.ToString(),
        FunctionKey = finding.FunctionKey ?? "",
        Evidence = finding.Evidence,
        Fix = finding.Fix,
    };
}
