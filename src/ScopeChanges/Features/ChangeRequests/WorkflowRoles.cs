using Crewline.BuildingBlocks.Membership;
using Crewline.Contracts;
using Crewline.ScopeChanges.Domain;
using Common = Crewline.Contracts.Common.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

/// <summary>Between the workflow's two roles and the shared ProjectRole vocabulary (proto enum and its event names).</summary>
public static class WorkflowRoles
{
    public static string MembershipName(this WorkflowRole role) => role switch
    {
        WorkflowRole.ProjectManager => MembershipNames.ProjectManager,
        WorkflowRole.Producer => MembershipNames.Producer,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static Common.ProjectRole ToProto(this WorkflowRole role) => role switch
    {
        WorkflowRole.ProjectManager => Common.ProjectRole.ProjectManager,
        WorkflowRole.Producer => Common.ProjectRole.Producer,
        _ => throw ProtoEnums.Unmapped(role),
    };

    /// <summary>The workflow role a proto role names; null for any other role.</summary>
    public static WorkflowRole? FromProto(Common.ProjectRole role) => role switch
    {
        Common.ProjectRole.ProjectManager => WorkflowRole.ProjectManager,
        Common.ProjectRole.Producer => WorkflowRole.Producer,
        _ => null,
    };

    public static IReadOnlyList<string> EventNames(this IEnumerable<WorkflowRole> roles) => roles.Select(MembershipName).ToArray();
}
