using Crewline.Ownership.Domain;
using Crewline.Ownership.Domain.Closing;
using Crewline.Ownership.Domain.Kickoff;
using Crewline.Ownership.Domain.Matrix;
using Google.Protobuf.WellKnownTypes;
using Proto = Crewline.Contracts.Ownership.V1;
using Crewline.Ownership.Features.Mapping;

namespace Crewline.Ownership.Features.Projects;

internal static class ProjectDetailMapping
{
    public static Proto.ProjectDetail ToDetail(this Project p)
    {
        var d = new Proto.ProjectDetail
        {
            Project = p.ToProto(),
            Phase = p.Phase.ToProto(),
            Hierarchy = p.Hierarchy.ToProto(),
            ProposedHierarchy = p.ProposedHierarchy.ToProto(),
            IndustryPreset = p.Proposal.Preset.ToProto(),
        };
        foreach (var person in p.Members.People.OrderBy(x => x))
        {
            var m = new Proto.Member { PersonId = person.ToString() };
            m.Roles.AddRange(p.Members.RolesOf(person).OrderBy(r => r).Select(r => r.ToProto()));
            d.Members.Add(m);
        }
        if (p.Cadence is { } c) d.Cadence = new Proto.Cadence { Frequency = c.Frequency.ToProto(), Note = c.Note ?? "" };
        if (p.Spoc is { } s)
            d.Spoc = new Proto.Spoc { Role = s.Role.ToProto(), PersonSubject = s.PersonSubject, PersonName = s.PersonName, NamedAt = Timestamp.FromDateTimeOffset(s.NamedAt) };
        d.KickoffStepsDone.AddRange(p.KickoffStepsDone.OrderBy(x => x).Select(x => x.ToProto()));
        if (p.StartedAt is { } started) d.StartedAt = Timestamp.FromDateTimeOffset(started);
        if (p.ClosedAt is { } closed) d.ClosedAt = Timestamp.FromDateTimeOffset(closed);
        if (p.Retro is { } r)
        {
            d.Retro = new Proto.Retro { Notes = r.Notes, RecordedBy = r.RecordedBy.ToString(), RecordedAt = Timestamp.FromDateTimeOffset(r.RecordedAt) };
            d.Retro.FacilitatedBy.AddRange(r.FacilitatedBy.Select(x => x.ToString()));
        }
        foreach (var (key, signOffs) in p.CloseoutConfirmations)
        {
            var list = new Proto.SignOffs();
            list.Items.AddRange(signOffs.All.OrderBy(x => x.Role).Select(ToProto));
            d.CloseoutConfirmations[key] = list;
        }
        return d;
    }

    public static Proto.SignOff ToProto(SignOff s) => new() { Role = s.Role.ToProto(), PersonId = s.PersonId.ToString(), At = Timestamp.FromDateTimeOffset(s.At) };

    public static Proto.MatrixRow ToProto(this MatrixRow row)
    {
        var proto = new Proto.MatrixRow
        {
            FunctionKey = row.Key, Name = row.Function.Name, Area = row.Function.Area.ToProto(),
            IsShared = row.IsShared, Confirmed = row.IsConfirmed,
            Ownership = row.Ownership.ToProto(),
        };
        proto.Owners.AddRange(row.Owners.Select(r => r.ToProto()));
        proto.Confirmations.AddRange(row.Confirmations.All.OrderBy(x => x.Role).Select(ToProto));
        return proto;
    }

    public static Proto.UnmetKickoffCondition ToProto(this UnmetKickoffCondition u)
    {
        var proto = new Proto.UnmetKickoffCondition
        {
            Kind = u.Kind.ToProto(), Description = u.Description, RuleId = u.RuleId,
            FunctionKey = u.FunctionKey ?? "", Step = u.Step?.ToProto() ?? Proto.KickoffStep.Unspecified,
        };
        proto.Roles.AddRange((u.Roles ?? []).Select(r => r.ToProto()));
        return proto;
    }

    public static Proto.UnmetCloseoutItem ToProto(this UnmetCloseoutItem u)
    {
        var proto = new Proto.UnmetCloseoutItem { RuleId = u.RuleId, FunctionKey = u.FunctionKey ?? "", Description = u.Description };
        proto.Roles.AddRange(u.Roles.Select(r => r.ToProto()));
        return proto;
    }
}
