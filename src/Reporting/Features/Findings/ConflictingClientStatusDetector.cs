using Crewline.Contracts.Events.ClientComms;
using Crewline.Reporting.Features.Findings.Detection;
using Crewline.Reporting.Projections;

namespace Crewline.Reporting.Features.Findings;

/// <summary>
/// R-FAIL-1, duplicated function: conflicting status to the client (R-COMM-5). Opens when a role's
/// status is refused because the other role composed a different one in the same cadence window
/// (<see cref="ConflictingClientStatusRefused"/>); closes when the next status goes out to the client
/// (<see cref="ClientMessageSent"/> of kind status, sent after the refusal): the one status, from the
/// plan, through the SPOC. One finding per project (it is about the project's client, not a function).
/// </summary>
public sealed class ConflictingClientStatusDetector : IProjector<ConflictingClientStatusRefused>, IProjector<ClientMessageSent>
{
    public const string StatusKind = "MESSAGE_KIND_STATUS";
    private static readonly FindingCause Cause = FindingCause.ConflictingClientStatus;

    public Task ApplyAsync(ConflictingClientStatusRefused e, ProjectionContext context, CancellationToken cancellationToken) =>
        CauseFacts.PresentAsync(context, e.OrgId, e.ProjectId, Cause, "", "",
            $"On {Words.Date(e.RefusedAt)} the {Words.Role(e.RefusedRole)} ({e.RefusedSubject}) composed a status for the client that differs from "
            + $"the one the {Words.Role(e.EarlierRole)} composed in the same cadence window (from {Words.Date(e.WindowStart)}): "
            + "two roles were about to send the client different status; it was refused.",
            e.RefusedAt, cancellationToken);

    public Task ApplyAsync(ClientMessageSent e, ProjectionContext context, CancellationToken cancellationToken) =>
        e.Kind == StatusKind
            ? CauseFacts.GoneAsync(context, e.OrgId, e.ProjectId, Cause, "", e.SentAt, forGood: false, cancellationToken)
            : Task.CompletedTask;
}
