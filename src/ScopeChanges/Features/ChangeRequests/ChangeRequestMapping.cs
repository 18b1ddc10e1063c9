using Crewline.Contracts;
using Crewline.ScopeChanges.Domain;
using Google.Protobuf.WellKnownTypes;
using Proto = Crewline.Contracts.ScopeChanges.V1;

namespace Crewline.ScopeChanges.Features.ChangeRequests;

internal static class ChangeRequestMapping
{
    public static Proto.ChangeRequestStatus ToProto(this ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.AwaitingAssessment => Proto.ChangeRequestStatus.AwaitingAssessment,
        _ => throw ProtoEnums.Unmapped(status),
    };

    public static Proto.ChangeRequest ToProto(this ChangeRequest request) => new()
    {
        ChangeRequestId = request.Id.ToString(),
        ProjectId = request.ProjectId.ToString(),
        OrgId = request.OrgId.ToString(),
        Title = request.Title,
        Description = request.Description,
        Status = request.Status.ToProto(),
        SubmittedBy = request.SubmittedBy,
        SubmittedAt = Timestamp.FromDateTimeOffset(request.SubmittedAt),
    };
}
