using Crewline.BuildingBlocks.Errors;

namespace Crewline.BuildingBlocks.Concurrency;

/// <summary>
/// Someone else changed the rows a command was about to change (gRPC <c>Aborted</c>): the caller
/// re-reads them and decides again.
/// </summary>
public sealed class ConcurrentEditException(string what)
    : CrewlineException($"{what} was changed by someone else; read it again and retry.");
