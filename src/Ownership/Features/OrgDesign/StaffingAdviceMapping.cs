using Crewline.Ownership.Domain.OrgDesign;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.OrgDesign;

internal static class StaffingAdviceMapping
{
    public static Proto.StaffingAdvice ToProto(this StaffingAdvice advice)
    {
        var answer = new Proto.StaffingAdvice
        {
            Quadrant = (Proto.StaffingQuadrant)(int)advice.Quadrant,
            Intensity = (Proto.ExternalProductionIntensity)(int)advice.Intensity,
            ConcurrentProductions = advice.ConcurrentProductions,
            Volume = (Proto.VolumeBand)(int)advice.Volume,
            Borderline = advice.IsBorderline,
            OneRoleTitle = advice.OneRoleTitle is { } title ? (Proto.OneRoleTitle)(int)title : Proto.OneRoleTitle.Unspecified,
            Summary = advice.Summary,
        };
        answer.Neighbours.AddRange(advice.Neighbours.Select(q => (Proto.StaffingQuadrant)(int)q));
        answer.Reasons.AddRange(advice.Reasons);
        return answer;
    }
}
