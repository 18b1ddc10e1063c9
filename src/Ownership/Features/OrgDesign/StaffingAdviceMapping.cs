using Crewline.Ownership.Domain.OrgDesign;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.OrgDesign;

internal static class StaffingAdviceMapping
{
    public static Proto.StaffingAdvice ToProto(this StaffingAdvice advice)
    {
        var answer = new Proto.StaffingAdvice
        {
            Quadrant = advice.Quadrant.ToProto(),
            Intensity = advice.Intensity.ToProto(),
            ConcurrentProductions = advice.ConcurrentProductions,
            Volume = advice.Volume.ToProto(),
            Borderline = advice.IsBorderline,
            OneRoleTitle = advice.OneRoleTitle?.ToProto() ?? Proto.OneRoleTitle.Unspecified,
            Summary = advice.Summary,
        };
        answer.Neighbours.AddRange(advice.Neighbours.Select(q => q.ToProto()));
        answer.Reasons.AddRange(advice.Reasons);
        return answer;
    }
}
