using Crewline.Ownership.Domain;
using Crewline.Ownership.Features.Projects;
using Microsoft.Extensions.Caching.Memory;
using Proto = Crewline.Contracts.Ownership.V1;

namespace Crewline.Ownership.Features.Access;

/// <summary>
/// Projects restored from their stored document, kept per process and keyed by (org, project) with
/// the row version (PostgreSQL xmin) they were read at. A read asks the database for the current
/// version first (<see cref="ProjectAccess.ReadAsync"/>) and uses an entry only when its org, id and
/// version all match, so it never serves another org's project and never a version older than the
/// last committed write (every write, the caller's own included, changes xmin). Entries are never
/// changed: a cached project is only read (its state is restored once; callers must not call its
/// behaviour methods), and its detail answer is built once and shared. Bounded by
/// <see cref="ProjectReadCacheOptions.MaxProjects"/>; an entry not read for
/// <see cref="ProjectReadCacheOptions.IdleExpiry"/> is dropped.
/// </summary>
public sealed class ProjectReadCache(ProjectReadCacheOptions options) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.MaxProjects });

    /// <summary>The project at exactly this version, when cached.</summary>
    public CachedProject? Find(Guid orgId, Guid projectId, uint version) =>
        _entries.TryGetValue((orgId, projectId), out CachedProject? entry) && entry!.Project.Version == version && entry.Project.OrgId == orgId
            ? entry
            : null;

    /// <summary>Keeps a project read (untracked) from the database; replaces the entry of an older version.</summary>
    public CachedProject Keep(Project project)
    {
        var entry = new CachedProject(project);
        _entries.Set((project.OrgId, project.Id), entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = options.IdleExpiry });
        return entry;
    }

    public void Dispose() => _entries.Dispose();
}

/// <summary>One cached project version and its detail answer (built on first use, then shared: never mutate it).</summary>
public sealed class CachedProject(Project project)
{
    private readonly Lazy<Proto.ProjectDetail> _detail = new(project.ToDetail, LazyThreadSafetyMode.ExecutionAndPublication);

    public Project Project { get; } = project;

    public Proto.ProjectDetail Detail => _detail.Value;
}

/// <summary>Configuration section <c>ProjectReadCache</c>.</summary>
public sealed class ProjectReadCacheOptions
{
    public const string SectionName = "ProjectReadCache";

    /// <summary>How many projects one process keeps at most (about 20–60 KB each with a full matrix).</summary>
    public int MaxProjects { get; set; } = 5_000;

    /// <summary>How long a project nobody reads stays cached.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(10);
}
