using Crewline.BuildingBlocks.Errors;
using Crewline.Ownership.Domain.Closing;
using Crewline.Ownership.Domain.Matrix;
using Crewline.Ownership.Domain.Members;
using Crewline.Ownership.Domain.Projects;
using Crewline.Ownership.Domain.Projects.Events;
using Crewline.Ownership.Domain.Roles;

namespace Crewline.Ownership.Domain;

/// <summary>Closeout (R-CLOSE-1..2): both halves confirmed by their owners, the retro recorded jointly.</summary>
public sealed partial class Project
{
    private readonly Dictionary<string, RoleSignOffs> _closeoutConfirmations = [];

    /// <summary>The closeout confirmations so far, by function key.</summary>
    public IReadOnlyDictionary<string, RoleSignOffs> CloseoutConfirmations => _closeoutConfirmations;

    public RetroRecord? Retro { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>
    /// Confirms a closeout item (R-CLOSE-1). Only a member holding the item's owner role per the
    /// matrix may: reassigning the function moves who confirms it.
    /// </summary>
    public void ConfirmCloseoutItem(string functionKey, Guid by, DateTimeOffset now)
    {
        if (!CloseoutItems.Contains(functionKey))
            throw new ValidationException("function_key", $"'{functionKey}' is not a closeout item (one of {string.Join(", ", CloseoutItems.All)})");
        EnsureActive("confirm a closeout item");
        var row = Matrix.Get(functionKey);
        EnsureConfirmable(row, "confirmed at closeout");
        var roles = row.Owners.Where(Members.RolesOf(by).Contains).ToList();
        if (roles.Count == 0)
            throw new PermissionDeniedException($"Only a member holding the owner role of {row.Describe()} ({RoleNames.Of(row.Owners)}) may confirm it at closeout.");
        if (!_closeoutConfirmations.TryGetValue(row.Key, out var signOffs)) _closeoutConfirmations[row.Key] = signOffs = new RoleSignOffs();
        signOffs.Sign(roles, by, now);
        Raise(new CloseoutItemConfirmed(Id, row.Key, roles, by, now));
    }

    /// <summary>
    /// Records the retro (R-CLOSE-2): the facilitators, members together holding both the PM and the
    /// producer role (one both-hats member suffices), and the notes. Recorded by a PM or producer.
    /// </summary>
    public void RecordRetro(string notes, IReadOnlyCollection<Guid> facilitatedBy, Guid by, DateTimeOffset now)
    {
        EnsureActive("record the retro");
        EnsureHoldsAny(by, "record the retro", PmOrProducer);
        if (string.IsNullOrWhiteSpace(notes)) throw new ValidationException("notes", "must not be empty");
        if (notes.Length > RetroRecord.MaxNotesLength) throw new ValidationException("notes", $"must be at most {RetroRecord.MaxNotesLength} characters");
        var facilitators = facilitatedBy.Distinct().ToList();
        var rolesPresent = facilitators.SelectMany(p => Members.RolesOf(p)).ToHashSet();
        var absent = PmOrProducer.Where(r => !rolesPresent.Contains(r)).ToList();
        if (absent.Count > 0)
            throw new RuleViolationException(CloseoutGate.RetroRuleId,
                $"The retro is facilitated jointly by the PM and the producer; no facilitator holds the {RoleNames.Of(absent)} role.");
        Retro = new RetroRecord(notes.Trim(), facilitators, by, now);
        Raise(new RetroRecorded(Id, facilitators, by, now));
    }

    /// <summary>Every item still keeping the project from closing (empty when it may close).</summary>
    public IReadOnlyList<UnmetCloseoutItem> UnmetCloseoutItems() => CloseoutGate.Evaluate(Matrix, _closeoutConfirmations, Retro);

    /// <summary>
    /// Closes an active project; throws <see cref="CloseoutNotReadyException"/> (R-CLOSE-1, or
    /// R-CLOSE-2 when only the retro is missing) listing every unmet item.
    /// </summary>
    public void Close(Guid by, DateTimeOffset now)
    {
        EnsureActive("close the project");
        EnsureHoldsAny(by, "close the project", PmOrProducer);
        var unmet = UnmetCloseoutItems();
        if (unmet.Count > 0) throw new CloseoutNotReadyException(unmet);
        Phase = ProjectPhase.Closed;
        ClosedAt = now;
        Raise(new ProjectClosed(Id, by, now));
    }

    private void EnsureActive(string action)
    {
        if (Phase != ProjectPhase.Active)
            throw new RuleViolationException(CloseoutGate.ItemsRuleId, $"Only an active project can {action}; this one is in {Phase}.");
    }
}
