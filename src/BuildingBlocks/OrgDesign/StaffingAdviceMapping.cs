using Crewline.BuildingBlocks.OrgDesign;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.BuildingBlocks.OrgDesign;

public static class StaffingAdviceMapping
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
