using Crewline.ClientComms.Domain.Contacts;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Proto = Crewline.Contracts.ClientComms.V1;

namespace Crewline.ClientComms.Features.Contacts;

internal static class ContactMapping
{
    public static Proto.ClientContact ToProto(this ClientContact c) => new()
    {
        ContactId = c.Id.ToString(), ProjectId = c.ProjectId.ToString(), Name = c.Name, Email = c.Email, RoleAtClient = c.RoleAtClient,
        AddedBy = c.AddedBy, AddedAt = Timestamp.FromDateTimeOffset(c.AddedAt),
    };
}
