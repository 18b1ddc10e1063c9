using Crewline.Contracts;
using Crewline.Reporting.Domain.Findings;
using Google.Protobuf.WellKnownTypes;
using Common = Crewline.Contracts.Common.V1;
using Proto = Crewline.Contracts.Reporting.V1;

namespace Crewline.Reporting.Features.Findings;

/// <summary>A finding as the API answers it: the shared R-FAIL-4 shape with its identity and lifetime.</summary>
public static class FindingProtos
{
    public static Proto.ReportedFinding ToProto(this ReportedFinding f, string projectName)
    {
        ProtoEnums.TryParse<Common.FindingKind>(f.Kind, out var kind);
        var proto = new Proto.ReportedFinding
        {
            FindingId = f.FindingId.ToString(),
            Finding = new Common.Finding
            {
                Kind = kind,
                RuleId = f.RuleId,
                ProjectId = f.ProjectId.ToString(),
                FunctionKey = f.FunctionKey,
                Evidence = f.Evidence,
                Fix = f.Fix,
            },
            ProjectName = projectName,
            OpenedAt = Timestamp.FromDateTimeOffset(f.OpenedAt),
            Cause = f.Cause,
        };
        if (f.ClosedAt is { } closed) proto.ClosedAt = Timestamp.FromDateTimeOffset(closed);
        return proto;
    }
}
